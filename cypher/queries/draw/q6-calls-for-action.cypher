// Who called for what (CALLED_FOR), of whom (ADDRESSED_TO) and concerning whom (CONCERNS).
// The graph of q6-calls-for-action.cypher's answer, with the same parameters.
MATCH (caller)-[called:CALLED_FOR]->(call:CallForAction)
WHERE ($caller IS NULL OR caller.id = $caller)
  AND ($concerning IS NULL OR EXISTS { (call)-[:ADDRESSED_TO|CONCERNS]->({id: $concerning}) })
OPTIONAL MATCH asked = (call)-[:ADDRESSED_TO|CONCERNS]->()
RETURN caller, called, call, collect(asked) AS asked;
