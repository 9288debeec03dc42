// Every relationship between nodes with ids, with its type and properties: the whole graph, for exports.
// Parameters: none.
MATCH (from)-[fact]->(to)
WHERE from.id IS NOT NULL AND to.id IS NOT NULL
RETURN elementId(fact) AS key, from.id AS source, to.id AS target, type(fact) AS type, properties(fact) AS properties
ORDER BY type, source, target, key;
