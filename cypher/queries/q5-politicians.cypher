// Q5. Politicians: which MPs and ministers appear, for which constituency and party, in what role?
// MPs, and anyone holding a ministerial office (Office.ministerial), with every constituency,
// party and office the articles give them, each with its source.
// By name, a page at a time: $skip rows left out, at most $limit returned.
// Example:    :params {skip: 0, limit: 100}
MATCH (politician:Person)
WHERE politician:MP OR EXISTS { (politician)-[:HOLDS_OFFICE]->(:Office {ministerial: true}) }
WITH politician ORDER BY politician.name, politician.id
SKIP $skip LIMIT $limit
CALL {
  WITH politician
  MATCH (politician)-[represents:REPRESENTS]->(seat)
  MATCH (article:Article {id: represents.article})
  RETURN collect(DISTINCT {id: seat.id, name: seat.name,
                           source: article {article: article.id, .title, .publisher, articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')), .datePrecision, evidence: represents.evidence}}) AS constituencies
}
CALL {
  WITH politician
  MATCH (politician)-[member:MEMBER_OF]->(party:PoliticalParty)
  MATCH (article:Article {id: member.article})
  RETURN collect(DISTINCT {id: party.id, name: party.name,
                           source: article {article: article.id, .title, .publisher, articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')), .datePrecision, evidence: member.evidence}}) AS parties
}
CALL {
  WITH politician
  MATCH (politician)-[holds:HOLDS_OFFICE]->(office:Office)
  MATCH (article:Article {id: holds.article})
  RETURN collect(DISTINCT {id: office.id, name: office.name, status: holds.status, asOf: holds.asOf,
                           source: article {article: article.id, .title, .publisher, articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')), .datePrecision, evidence: holds.evidence}}) AS offices
}
RETURN politician.id AS politician, politician.name AS name, politician:MP AS mp, constituencies, parties, offices;
