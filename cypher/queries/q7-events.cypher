// Q7. Events: what happened, where and when, and who took part?
// Filters (each may be null): from / to (ISO dates; an event is kept when the time it may fall
// in overlaps the range; `when` is the date or an interval with open ends), kind ('protest', 'meeting', 'letter', 'death', 'founding', ...).
// Example:    :params {from: '2018-11-01', to: '2018-12-31', kind: null}
MATCH (event:Event)-[:REPORTED_IN]->(article:Article)
WHERE $kind IS NULL OR event.kind = $kind
WITH event, collect(DISTINCT article.id) AS articles,
     coalesce(event.date, event.dateEarliest, min(coalesce(article.date, article.dateEarliest))) AS earliest,
     coalesce(event.date, event.dateLatest, min(coalesce(article.date, article.dateLatest))) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to)
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
OPTIONAL MATCH (event)-[:TOOK_PLACE_AT]->(place)
WITH event, articles, earliest, latest, collect(DISTINCT coalesce(place.name, place.id)) AS places
OPTIONAL MATCH (participant)-[part:ATTENDED|ORGANISED|CHAIRED|WROTE|SIGNED|DIED_IN]->(event)
WITH event, articles, earliest, latest, places,
     collect(DISTINCT {id: participant.id, name: coalesce(participant.name, participant.description),
                       role: toLower(type(part))}) AS participants
OPTIONAL MATCH (event)-[other:SENT_TO|INVOLVED|ESTABLISHED]->(party)
WITH event, articles, earliest, latest, places, participants,
     collect(DISTINCT {id: party.id, name: coalesce(party.name, party.description),
                       role: coalesce(other.role, toLower(type(other)))}) AS others
RETURN event.id AS event, event.kind AS kind, event.name AS name, event.description AS description,
       CASE WHEN earliest = latest THEN earliest
            ELSE coalesce(earliest, '..') + '/' + coalesce(latest, '..') END AS when,
       event.datePrecision AS datePrecision, event.dateText AS dateText,
       event.status AS status, places,
       [p IN participants + others WHERE p.id IS NOT NULL] AS participants, articles,
       coalesce(earliest, latest) AS sortDate
ORDER BY sortDate, name;
