// Q5. Politicians: which MPs and ministers appear, for which constituency and party, in what role?
// MPs, and anyone holding a ministerial office (Office.ministerial), with every constituency,
// party and office the articles give them, each with its source.
// By name, a page at a time: $skip rows left out, at most $limit returned; of each politician's seats, parties
// and offices, the first $attestations attestations the store finds (a national graph has thousands per MP).
// Example:    :params {skip: 0, limit: 100, attestations: 50}
CALL {
  // from the MPs and the ministerial offices, not from every person
  MATCH (politician:MP)
  RETURN politician
  UNION
  MATCH (:Office {ministerial: true})<-[:HOLDS_OFFICE]-(politician:Person)
  RETURN politician
}
WITH politician ORDER BY politician.name, politician.id
SKIP $skip LIMIT $limit
CALL {
  WITH politician
  MATCH (politician)-[represents:REPRESENTS]->(seat)
  WITH seat, represents LIMIT $attestations
  MATCH (article:Article {id: represents.article})
  RETURN collect(DISTINCT {id: seat.id, name: seat.name,
                           source: article {article: article.id, .title, .publisher, articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')), .datePrecision, evidence: represents.evidence}}) AS constituencies
}
CALL {
  WITH politician
  MATCH (politician)-[member:MEMBER_OF]->(party:PoliticalParty)
  WITH party, member LIMIT $attestations
  MATCH (article:Article {id: member.article})
  RETURN collect(DISTINCT {id: party.id, name: party.name,
                           source: article {article: article.id, .title, .publisher, articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')), .datePrecision, evidence: member.evidence}}) AS parties
}
CALL {
  WITH politician
  MATCH (politician)-[holds:HOLDS_OFFICE]->(office:Office)
  WITH office, holds LIMIT $attestations
  MATCH (article:Article {id: holds.article})
  RETURN collect(DISTINCT {id: office.id, name: office.name, status: holds.status, asOf: holds.asOf,
                           source: article {article: article.id, .title, .publisher, articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')), .datePrecision, evidence: holds.evidence}}) AS offices
}
RETURN politician.id AS politician, politician.name AS name, politician:MP AS mp, constituencies, parties, offices;
