// The events, where they took place and who took part (attended, organised, chaired, wrote, signed,
// died in; sent to, involved, established).
// The graph of q7-events.cypher's answer, with the same parameters and the same reading of dates.
MATCH (event:Event)-[:REPORTED_IN]->(article:Article)
WHERE $kind IS NULL OR event.kind = $kind
WITH event, max(coalesce(article.date, article.dateEarliest)) AS reportedFrom,
     min(coalesce(article.date, article.dateLatest)) AS reportedBy
WITH event,
     coalesce(event.date, event.dateEarliest, CASE WHEN event.status = 'planned' THEN reportedFrom END) AS earliest,
     coalesce(event.date, event.dateLatest, CASE WHEN event.status <> 'planned' THEN reportedBy END) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
OPTIONAL MATCH part = (event)-[:TOOK_PLACE_AT|SENT_TO|INVOLVED|ESTABLISHED]->()
WITH event, collect(part) AS parts
OPTIONAL MATCH took = ()-[:ATTENDED|ORGANISED|CHAIRED|WROTE|SIGNED|DIED_IN]->(event)
RETURN event, parts, collect(took) AS participants;
