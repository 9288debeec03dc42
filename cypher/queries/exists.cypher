// Whether any node has this id (the API's check before answering about it).
// Example:    :param id => 'nsft'
MATCH (node:Entity {id: $id})
RETURN node.id AS id
LIMIT 1;
