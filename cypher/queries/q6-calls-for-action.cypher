// Q6. Calls for action: who called for what, of whom, about what?
// Filters (each may be null): caller (id), concerning (id of the organisation or person concerned
// or addressed), from / to (ISO dates: a call is kept when the time it may fall in overlaps the range, as
// Q4; without a date of its own it takes its article's). Oldest first, a page at a time: $skip rows left
// out, at most $limit returned. With a caller or a subject, the query starts from that entity.
// Example:    :params {caller: null, concerning: 'nsft', from: null, to: null, skip: 0, limit: 100}
OPTIONAL MATCH (focus:Entity {id: coalesce($caller, $concerning)})
CALL {
  WITH focus
  // (the condition on variables, not on the parameters alone, so that it is checked before every call is read)
  WITH focus, $caller AS callerId, $concerning AS concerningId WHERE callerId IS NULL AND concerningId IS NULL
  MATCH (caller)-[called:CALLED_FOR]->(call:CallForAction)
  RETURN caller, called, call
  UNION
  WITH focus
  WITH focus WHERE $caller IS NOT NULL
  MATCH (focus)-[called:CALLED_FOR]->(call:CallForAction)
  WHERE $concerning IS NULL OR EXISTS { (call)-[:ADDRESSED_TO|CONCERNS]->(:Entity {id: $concerning}) }
  RETURN focus AS caller, called, call
  UNION
  WITH focus
  WITH focus WHERE $caller IS NULL AND $concerning IS NOT NULL
  MATCH (call:CallForAction)-[:ADDRESSED_TO|CONCERNS]->(focus)
  MATCH (caller)-[called:CALLED_FOR]->(call)
  RETURN caller, called, call
}
MATCH (article:Article {id: called.article})
WITH caller, called, call, article,
     coalesce(call.date, call.dateEarliest, article.date, article.dateEarliest) AS earliest,
     coalesce(call.date, call.dateLatest, article.date, article.dateLatest) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
WITH caller, called, call, article, coalesce(caller.name, caller.description) AS callerName,
     coalesce(call.date, article.date, call.dateEarliest, article.dateEarliest, article.dateLatest) AS date
ORDER BY date, callerName, call.id, caller.id
SKIP $skip LIMIT $limit
CALL {
  WITH call
  MATCH (call)-[:ADDRESSED_TO]->(addressee)
  RETURN collect(DISTINCT addressee.id) AS addressedTo
}
CALL {
  WITH call
  MATCH (call)-[:CONCERNS]->(subject)
  RETURN collect(DISTINCT subject.id) AS concerns
}
RETURN caller.id AS caller, callerName, labels(caller) AS callerKind, call.id AS call,
       call.action AS action, addressedTo, concerns, date,
       article {article: article.id, .title, .publisher,
                articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                .datePrecision, evidence: called.evidence} AS source;
