// Every node with its labels and properties: the whole graph, for exports.
// Parameters: none.
MATCH (node)
WHERE node.id IS NOT NULL
RETURN node.id AS id, labels(node) AS labels, properties(node) AS properties
ORDER BY id;
