// Q9 (second form). Everyone within $depth steps of an entity, through sourced facts (not through
// the articles themselves), with the distance to each: the length of the shortest chain.
// The search is breadth first and goes no deeper than $depth (1 to 4), so it costs what the
// neighbourhood holds, not every path through it. A bound cannot be a parameter, hence one branch
// per depth, of which only the one asked for runs.
// Example:    :params {id: 'cqc', depth: 2}
MATCH (centre:Entity {id: $id})
CALL {
  WITH centre
  WITH centre WHERE $depth = 1
  MATCH path = ANY SHORTEST (centre)-[step WHERE type(step) <> 'REPORTED_IN']-{1,1}(other)
  RETURN other, length(path) AS distance
  UNION
  WITH centre
  WITH centre WHERE $depth = 2
  MATCH path = ANY SHORTEST (centre)-[step WHERE type(step) <> 'REPORTED_IN']-{1,2}(other)
  RETURN other, length(path) AS distance
  UNION
  WITH centre
  WITH centre WHERE $depth = 3
  MATCH path = ANY SHORTEST (centre)-[step WHERE type(step) <> 'REPORTED_IN']-{1,3}(other)
  RETURN other, length(path) AS distance
  UNION
  WITH centre
  WITH centre WHERE $depth = 4
  MATCH path = ANY SHORTEST (centre)-[step WHERE type(step) <> 'REPORTED_IN']-{1,4}(other)
  RETURN other, length(path) AS distance
}
WITH centre, other, distance
WHERE other <> centre AND (other:Person OR other:Organisation OR other:Group)
WITH other, min(distance) AS distance
RETURN other.id AS id, coalesce(other.name, other.description) AS name, labels(other) AS labels, distance
ORDER BY distance, name, id;
