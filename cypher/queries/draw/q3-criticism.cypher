// The critics, what they criticised (CRITICISED) and the statement that carries each criticism.
// The graph of q3-criticism.cypher's answer, with the same parameters: with $target, the criticism
// of it and of what belongs to it (its inspections, its board or other parts), drawn with that link.
MATCH criticised = (critic)-[criticism:CRITICISED]->(target)
WHERE $target IS NULL OR target.id = $target
   OR EXISTS { (target)-[:INSPECTED|PART_OF|MEMBER_OF]->({id: $target}) }
OPTIONAL MATCH belongs = (target)-[:INSPECTED|PART_OF|MEMBER_OF]->({id: $target})
OPTIONAL MATCH said = (critic)-[:SAID]->(:Statement {id: criticism.statement})
RETURN criticised, belongs, said;
