// The node, every fact it takes part in and every article that reports it (REPORTED_IN).
// The graph of q8-provenance.cypher's answer, with the same parameters.
MATCH (node:Entity {id: $id})-[fact]-(other)
WHERE $other IS NULL OR other.id = $other
RETURN node, fact, other;
