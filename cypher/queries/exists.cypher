// Whether any node has this id (the API's check before answering about it), with its name and labels.
// Example:    :param id => 'nsft'
MATCH (node:Entity {id: $id})
RETURN node.id AS id, coalesce(node.name, node.title, node.description, node.id) AS name, labels(node) AS labels
LIMIT 1;
