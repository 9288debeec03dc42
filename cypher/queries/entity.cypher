// One entity: its labels and properties, the first $roles of its roles over time (led, held office, member
// of, worked for, represented; one per article that attests it, oldest first), how many articles report it
// and the first $sources of them (oldest first), each with the sentence.
// Example:    :params {id: 'norman-lamb', roles: 200, sources: 50}
MATCH (entity:Entity {id: $id})
CALL {
  WITH entity
  MATCH (entity)-[role:LEADS|HOLDS_OFFICE|MEMBER_OF|WORKS_FOR|REPRESENTS]-(other)
  OPTIONAL MATCH (article:Article {id: role.article})
  WITH entity, role, other, article
  ORDER BY coalesce(role.startDate, role.asOf), type(role), other.id, article.id
  LIMIT $roles
  RETURN collect({relation: type(role), direction: CASE WHEN startNode(role) = entity THEN 'out' ELSE 'in' END,
        other: other.id, otherName: coalesce(other.name, other.description, other.id), otherKind: labels(other), role: role.role,
        status: role.status, asOf: role.asOf, startDate: role.startDate, endDate: role.endDate,
        source: article {article: article.id, .title, .publisher,
                         articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                         .datePrecision, evidence: role.evidence}}) AS roles
}
CALL {
  WITH entity
  MATCH (entity)-[reported:REPORTED_IN]->(article:Article)
  WITH reported, article
  ORDER BY coalesce(article.date, article.dateEarliest, article.dateLatest), article.id
  LIMIT $sources
  RETURN collect(article {article: article.id, .title, .publisher,
                          articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                          .datePrecision, evidence: reported.evidence}) AS sources
}
RETURN entity.id AS id, labels(entity) AS labels, properties(entity) AS properties, roles, sources,
       COUNT { (entity)-[:LEADS|HOLDS_OFFICE|MEMBER_OF|WORKS_FOR|REPRESENTS]-() } AS roleCount,
       COUNT { (entity)-[:REPORTED_IN]->() } AS reports;
