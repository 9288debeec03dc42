// The shortest chain of sourced facts between the two.
// The graph of q9-connections.cypher's answer, with the same parameters.
MATCH (start:Entity {id: $from}), (end:Entity {id: $to})
MATCH path = shortestPath((start)-[*..10]-(end))
WHERE all(step IN relationships(path) WHERE type(step) <> 'REPORTED_IN')
RETURN path;
