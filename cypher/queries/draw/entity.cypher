// The entity, its roles (led, held office, member of, worked for, represented) and the articles that report it.
// The graph of entity.cypher's answer, with the same parameters.
MATCH (entity:Entity {id: $id})
OPTIONAL MATCH role = (entity)-[:LEADS|HOLDS_OFFICE|MEMBER_OF|WORKS_FOR|REPRESENTS]-()
WITH entity, collect(role) AS roles
OPTIONAL MATCH source = (entity)-[:REPORTED_IN]->(:Article)
RETURN entity, roles, collect(source) AS sources;
