// One entity: its labels and properties, the first $roles of its roles over time (led, held office, member
// of, worked for, represented; one per article that attests it, oldest first), how many articles report it
// and the first $sources of them (oldest first), each with the sentence.
// Example:    :params {id: 'norman-lamb', roles: 200, sources: 50}
MATCH (entity:Entity {id: $id})
CALL {
  WITH entity
  MATCH (entity)-[role:LEADS|HOLDS_OFFICE|MEMBER_OF|WORKS_FOR|REPRESENTS]-(other)
  WITH entity, role, other
  ORDER BY coalesce(role.startDate, role.asOf), type(role), other.id, role.article
  LIMIT $roles
  // the articles of the roles shown only (a busy trust is led in tens of thousands of articles)
  OPTIONAL MATCH (article:Article {id: role.article})
  RETURN collect({relation: type(role), direction: CASE WHEN startNode(role) = entity THEN 'out' ELSE 'in' END,
        other: other.id, otherName: coalesce(other.name, other.description, other.id), otherKind: labels(other), role: role.role,
        status: role.status, asOf: role.asOf, startDate: role.startDate, endDate: role.endDate,
        source: article {article: article.id, .title, .publisher,
                         articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                         .datePrecision, evidence: role.evidence}}) AS roles
}
CALL {
  WITH entity
  MATCH (entity)-[reported:REPORTED_IN]->()
  // sorted by the article's date as the mention carries it (articleSortDate), then only the first articles read
  WITH reported
  ORDER BY reported.articleSortDate, reported.article
  LIMIT $sources
  MATCH (article:Article {id: reported.article})
  RETURN collect(article {article: article.id, .title, .publisher,
                          articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                          .datePrecision, evidence: reported.evidence}) AS sources
}
RETURN entity.id AS id, labels(entity) AS labels, properties(entity) AS properties, roles, sources,
       COUNT { (entity)-[:LEADS|HOLDS_OFFICE|MEMBER_OF|WORKS_FOR|REPRESENTS]-() } AS roleCount,
       COUNT { (entity)-[:REPORTED_IN]->() } AS reports;
