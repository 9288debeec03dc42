// Q6. Calls for action: who called for what, of whom, about what?
// Filters (each may be null): caller (id), concerning (id of the organisation or person concerned
// or addressed).
// Example:    :params {caller: null, concerning: 'nsft'}
MATCH (caller)-[called:CALLED_FOR]->(call:CallForAction)
WHERE $caller IS NULL OR caller.id = $caller
OPTIONAL MATCH (call)-[:ADDRESSED_TO]->(addressee)
OPTIONAL MATCH (call)-[:CONCERNS]->(subject)
WITH caller, called, call, collect(DISTINCT addressee.id) AS addressedTo, collect(DISTINCT subject.id) AS concerns
WHERE $concerning IS NULL OR $concerning IN addressedTo OR $concerning IN concerns
MATCH (article:Article {id: called.article})
RETURN caller.id AS caller, coalesce(caller.name, caller.description) AS callerName, labels(caller) AS callerKind, call.id AS call,
       call.action AS action, addressedTo, concerns,
       coalesce(call.date, article.date, call.dateEarliest, article.dateEarliest, article.dateLatest) AS date,
       article.id AS article, called.evidence AS evidence
ORDER BY date, callerName;
