// The people, organisations and groups within $depth steps, each by a shortest chain.
// The graph of q9-neighbourhood.cypher's answer, with the same parameters ($depth 1 to 4).
MATCH (centre:Entity {id: $id})
MATCH path = ANY SHORTEST (centre)-[step WHERE type(step) <> 'REPORTED_IN']-{1,4}(other)
WHERE length(path) <= $depth AND other <> centre AND (other:Person OR other:Organisation OR other:Group)
RETURN path;
