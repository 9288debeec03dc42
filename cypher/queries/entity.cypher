// One entity: its labels and properties, its roles over time (led, held office, member of,
// worked for, represented), and every article that reports it, with the sentence.
// Example:    :param id => 'norman-lamb'
MATCH (entity:Entity {id: $id})
OPTIONAL MATCH (entity)-[role:LEADS|HOLDS_OFFICE|MEMBER_OF|WORKS_FOR|REPRESENTS]-(other)
WITH entity, role, other
ORDER BY coalesce(role.startDate, role.asOf)
WITH entity, collect(CASE WHEN role IS NULL THEN NULL ELSE
       {relation: type(role), direction: CASE WHEN startNode(role) = entity THEN 'out' ELSE 'in' END,
        other: other.id, otherName: coalesce(other.name, other.description, other.id), otherKind: labels(other), role: role.role,
        status: role.status, asOf: role.asOf, startDate: role.startDate, endDate: role.endDate,
        article: role.article, evidence: role.evidence} END) AS roles
OPTIONAL MATCH (entity)-[reported:REPORTED_IN]->(article:Article)
WITH entity, roles, reported, article
ORDER BY coalesce(article.date, article.dateEarliest, article.dateLatest)
RETURN entity.id AS id, labels(entity) AS labels, properties(entity) AS properties, roles,
       collect(CASE WHEN reported IS NULL THEN NULL ELSE {article: article.id, evidence: reported.evidence} END) AS sources;
