// Q7. Events: what happened, where and when, and who took part?
// Filters (each may be null): from / to (ISO dates; an event is kept when the time it may fall
// in overlaps the range; `when` is the date or an interval with open ends), kind ('protest', 'meeting',
// 'letter', 'death', 'founding', ...), participant (the id of someone who took part: attended, organised,
// chaired, wrote, signed, died in, or was sent, involved in or established by it; the query then starts
// from them). Oldest first, a page at a time: $skip rows left out, at most $limit returned.
// A partial date covers its whole period: `x + '~'` sorts after every date that starts with x
// ('~' comes after digits and '-'), so `to: '2018'` keeps all of 2018.
// Example:    :params {from: '2018-11-01', to: '2018-12-31', kind: null, participant: null, skip: 0, limit: 100}
OPTIONAL MATCH (focus:Entity {id: $participant})
CALL {
  WITH focus
  // (the condition on a variable, not on the parameter alone, so that it is checked before every event is read)
  WITH focus, $participant AS everyone WHERE everyone IS NULL
  MATCH (event:Event)
  RETURN event
  UNION
  WITH focus
  MATCH (focus)-[:ATTENDED|ORGANISED|CHAIRED|WROTE|SIGNED|DIED_IN]->(event:Event)
  RETURN event
  UNION
  WITH focus
  MATCH (event:Event)-[:SENT_TO|INVOLVED|ESTABLISHED]->(focus)
  RETURN event
}
WITH event WHERE $kind IS NULL OR event.kind = $kind
MATCH (event)-[reported:REPORTED_IN]->(article:Article)
WITH event, collect(DISTINCT article.id) AS articles,
     collect(DISTINCT article {article: article.id, .title, .publisher,
                               articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                               .datePrecision, evidence: reported.evidence}) AS sources,
     max(coalesce(article.date, article.dateEarliest)) AS reportedFrom,
     min(coalesce(article.date, article.dateLatest)) AS reportedBy
// Without a date of its own, an event that happened is no later than the first article that
// reports it, and a planned one no earlier than the last.
WITH event, articles, sources,
     coalesce(event.date, event.dateEarliest, CASE WHEN event.status = 'planned' THEN reportedFrom END) AS earliest,
     coalesce(event.date, event.dateLatest, CASE WHEN event.status <> 'planned' THEN reportedBy END) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
WITH event, articles, sources, earliest, latest, coalesce(earliest, latest) AS sortDate
ORDER BY sortDate, event.name, event.id
SKIP $skip LIMIT $limit
CALL {
  WITH event
  MATCH (event)-[:TOOK_PLACE_AT]->(place)
  RETURN collect(DISTINCT coalesce(place.name, place.id)) AS places
}
CALL {
  WITH event
  MATCH (participant)-[part:ATTENDED|ORGANISED|CHAIRED|WROTE|SIGNED|DIED_IN]->(event)
  RETURN collect(DISTINCT {id: participant.id, name: coalesce(participant.name, participant.description),
                           role: toLower(type(part))}) AS participants
}
CALL {
  WITH event
  MATCH (event)-[other:SENT_TO|INVOLVED|ESTABLISHED]->(party)
  RETURN collect(DISTINCT {id: party.id, name: coalesce(party.name, party.description),
                           role: coalesce(other.role, toLower(type(other)))}) AS others
}
RETURN event.id AS event, event.kind AS kind, event.name AS name, event.description AS description,
       CASE WHEN earliest = latest THEN earliest WHEN earliest IS NULL AND latest IS NULL THEN NULL
            ELSE coalesce(earliest, '..') + '/' + coalesce(latest, '..') END AS when,
       event.datePrecision AS datePrecision, event.dateText AS dateText,
       event.status AS status, places, participants + others AS participants, articles, sources, sortDate;
