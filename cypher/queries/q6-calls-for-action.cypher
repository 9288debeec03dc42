// Q6. Calls for action: who called for what, of whom, about what?
// Filters (each may be null): caller (id), concerning (id of the organisation or person concerned
// or addressed), from / to (ISO dates: a call is kept when the time it may fall in overlaps the range, as
// Q4; without a date of its own it takes its article's). Oldest first, a page at a time: $skip rows left
// out, at most $limit returned. Ordered by the sort date (as Q4), the article, the call and the caller.
// With a caller or a subject, the query starts from that entity's calls in the index of their keys (see
// cypher/MODEL.md, "Keys for lists"), in order: a page reads about a page of them, however many there are.
// Example:    :params {caller: null, concerning: 'nsft', from: null, to: null, skip: 0, limit: 100}
CALL {
  // (the condition on variables, not on the parameters alone, so that it is checked before every call is read)
  WITH $caller AS callerId, $concerning AS concerningId WHERE callerId IS NULL AND concerningId IS NULL
  MATCH (caller)-[called:CALLED_FOR]->(call:CallForAction)
  RETURN caller, called, call, called.sortKey AS sortKey
  UNION
  // a caller's calls whose sort date is in the range (every one when none is given), the page's first; ordered by
  // both keys of the index, the first a constant here, so that the index gives the order and the reading stops
  WITH $caller AS callerId WHERE callerId IS NOT NULL
  MATCH (caller)-[called:CALLED_FOR]->(call:CallForAction)
    USING INDEX called:CALLED_FOR(caller, sortKey)
  WHERE called.caller = callerId AND called.sortKey >= coalesce($from, '') AND called.sortKey < coalesce($to + '~', '~~')
    AND ($concerning IS NULL OR EXISTS { (call)-[:ADDRESSED_TO|CONCERNS]->(:Entity {id: $concerning}) })
  WITH caller, called, call ORDER BY called.caller, called.sortKey LIMIT $skip + $limit
  RETURN caller, called, call, called.sortKey AS sortKey
  UNION
  // with a range, its calls whose time is not one day, whose period may overlap the range from outside it
  WITH $caller AS callerId WHERE callerId IS NOT NULL AND ($from IS NOT NULL OR $to IS NOT NULL)
  MATCH (caller)-[called:CALLED_FOR]->(call:CallForAction)
    USING INDEX called:CALLED_FOR(caller, spansDates)
  WHERE called.caller = callerId AND called.spansDates = true
    AND ($concerning IS NULL OR EXISTS { (call)-[:ADDRESSED_TO|CONCERNS]->(:Entity {id: $concerning}) })
  RETURN caller, called, call, called.sortKey AS sortKey
  UNION
  // the same for whom calls concern: those addressed to it, in order, then each one's callers ...
  WITH $caller AS callerId, $concerning AS concerningId WHERE callerId IS NULL AND concerningId IS NOT NULL
  MATCH (call:CallForAction)-[addressed:ADDRESSED_TO]->()
    USING INDEX addressed:ADDRESSED_TO(concerning, sortKey)
  WHERE addressed.concerning = concerningId
    AND addressed.sortKey >= coalesce($from, '') AND addressed.sortKey < coalesce($to + '~', '~~')
  MATCH (caller)-[called:CALLED_FOR]->(call)
  WITH caller, called, call, addressed ORDER BY addressed.concerning, addressed.sortKey, caller.id LIMIT $skip + $limit
  RETURN caller, called, call, addressed.sortKey AS sortKey
  UNION
  // ... and those that concern it
  WITH $caller AS callerId, $concerning AS concerningId WHERE callerId IS NULL AND concerningId IS NOT NULL
  MATCH (call:CallForAction)-[concerns:CONCERNS]->()
    USING INDEX concerns:CONCERNS(concerning, sortKey)
  WHERE concerns.concerning = concerningId
    AND concerns.sortKey >= coalesce($from, '') AND concerns.sortKey < coalesce($to + '~', '~~')
  MATCH (caller)-[called:CALLED_FOR]->(call)
  WITH caller, called, call, concerns ORDER BY concerns.concerning, concerns.sortKey, caller.id LIMIT $skip + $limit
  RETURN caller, called, call, concerns.sortKey AS sortKey
  UNION
  WITH $caller AS callerId, $concerning AS concerningId
  WHERE callerId IS NULL AND concerningId IS NOT NULL AND ($from IS NOT NULL OR $to IS NOT NULL)
  MATCH (call:CallForAction)-[addressed:ADDRESSED_TO]->()
    USING INDEX addressed:ADDRESSED_TO(concerning, spansDates)
  WHERE addressed.concerning = concerningId AND addressed.spansDates = true
  MATCH (caller)-[called:CALLED_FOR]->(call)
  RETURN caller, called, call, addressed.sortKey AS sortKey
  UNION
  WITH $caller AS callerId, $concerning AS concerningId
  WHERE callerId IS NULL AND concerningId IS NOT NULL AND ($from IS NOT NULL OR $to IS NOT NULL)
  MATCH (call:CallForAction)-[concerns:CONCERNS]->()
    USING INDEX concerns:CONCERNS(concerning, spansDates)
  WHERE concerns.concerning = concerningId AND concerns.spansDates = true
  MATCH (caller)-[called:CALLED_FOR]->(call)
  RETURN caller, called, call, concerns.sortKey AS sortKey
}
MATCH (article:Article {id: called.article})
WITH caller, called, call, article, sortKey,
     coalesce(call.date, call.dateEarliest, article.date, article.dateEarliest) AS earliest,
     coalesce(call.date, call.dateLatest, article.date, article.dateLatest) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
// oldest first by the sortKey the loader wrote (the sort date, the article's id and the call's), then the caller
WITH caller, called, call, article, coalesce(caller.name, caller.description) AS callerName, sortKey,
     coalesce(call.date, article.date, call.dateEarliest, article.dateEarliest, article.dateLatest) AS date
ORDER BY sortKey, caller.id
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
