// Q9 (second form). Everyone within $depth steps of an entity, through sourced facts (not through
// the articles themselves), with the distance to each.
// Example:    :params {id: 'cqc', depth: 2}
MATCH (centre {id: $id})
MATCH path = (centre)-[*1..5]-(other)
WHERE length(path) <= $depth AND other <> centre
  AND all(step IN relationships(path) WHERE type(step) <> 'REPORTED_IN')
  AND (other:Person OR other:Organisation OR other:Group)
WITH other, min(length(path)) AS distance
RETURN other.id AS id, coalesce(other.name, other.description) AS name, labels(other) AS labels, distance
ORDER BY distance, name;
