// Claims against outcomes: what was said about an organisation, and promised, beside what its inspections,
// decisions and events then showed, in one chronology.
// One row per item, `side` 'said' or 'shown'. Said: the statements of its leaders (a person an article
// names as leading it, in that article), its own, those of speakers who spoke on its behalf, and others'
// about it, its parts, its inspections or its decisions (`why`: 'leader', 'itself', 'on behalf', 'about');
// each with its speakers, a leader's role, and `commitment` true with the words that make the promise
// (`commitments`) where the data marks one (see MODEL.md). Statements with no speaker are left out, as in
// Q4. Shown: its inspections with their overall rating, the decisions about it (special measures) and the
// events it took part in or that were about it.
// Filters (each may be null): from / to (ISO dates); an item is kept when the time it may fall in overlaps
// the range, as in Q4 and Q7 (a statement without a date of its own takes its article's; an event,
// inspection or decision without one is bounded by the articles that report it). `when` is the date or an
// interval with open ends ('../2018-12-16').
// Oldest first (`sortDate`; what was shown before what was said on the same date; undated items last), a
// page at a time: $skip rows left out, at most $limit returned. Each row cites its `source` (a statement:
// the sentence that gives its first speaker, as in Q4; anything else: its first report) and its first
// reports, oldest first (as many as the sources parameter says), with how many there are (`sourceCount`).
// Example:    :params {org: 'nsft', from: null, to: null, skip: 0, limit: 100, sources: 20}
MATCH (organisation:Organisation {id: $org})
// start from the organisation, whatever the planner guesses on a small graph
USING INDEX organisation:Organisation(id)
CALL {
  WITH organisation
  // a leader's statements in the articles that name them its leader
  MATCH (leader:Person)-[leads:LEADS]->(organisation)
  WITH leader, collect(DISTINCT leads.article) AS articles
  MATCH (leader)-[said:SAID]->(item:Statement)
  WHERE said.article IN articles
  RETURN 'said' AS side, 'leader' AS why, item
  UNION
  WITH organisation
  MATCH (organisation)-[:SAID]->(item:Statement)
  RETURN 'said' AS side, 'itself' AS why, item
  UNION
  WITH organisation
  MATCH (item:Statement)-[:ON_BEHALF_OF]->(organisation)
  RETURN 'said' AS side, 'on behalf' AS why, item
  UNION
  WITH organisation
  MATCH (item:Statement)-[:ABOUT]->(organisation)
  RETURN 'said' AS side, 'about' AS why, item
  UNION
  WITH organisation
  // about its board, its inspections, a decision about it
  MATCH (item:Statement)-[:ABOUT]->(part)-[:PART_OF|INSPECTED|CONCERNS]->(organisation)
  RETURN 'said' AS side, 'about' AS why, item
  UNION
  WITH organisation
  MATCH (item:Inspection)-[:INSPECTED]->(organisation)
  RETURN 'shown' AS side, 'inspection' AS why, item
  UNION
  WITH organisation
  MATCH (item:Decision)-[:CONCERNS]->(organisation)
  RETURN 'shown' AS side, 'decision' AS why, item
  UNION
  WITH organisation
  MATCH (organisation)-[:ATTENDED|ORGANISED|CHAIRED|WROTE|SIGNED|DIED_IN]->(item:Event)
  RETURN 'shown' AS side, 'event' AS why, item
  UNION
  WITH organisation
  MATCH (item:Event)-[:SENT_TO|INVOLVED|ESTABLISHED|ABOUT|TOOK_PLACE_AT]->(organisation)
  RETURN 'shown' AS side, 'event' AS why, item
}
WITH organisation, side, item, collect(why) AS whys
// a statement needs a speaker (Q4 lists only those)
WHERE side = 'shown' OR EXISTS { (:Entity)-[:SAID]->(item) }
CALL {
  WITH item
  MATCH (item)-[:REPORTED_IN]->(article:Article)
  RETURN max(coalesce(article.date, article.dateEarliest)) AS reportedFrom,
         min(coalesce(article.date, article.dateLatest)) AS reportedBy
}
WITH organisation, side, item, whys,
     CASE WHEN side = 'said' THEN coalesce(item.date, item.dateEarliest, reportedFrom)
          WHEN item:Inspection THEN coalesce(item.startDate, item.date, item.dateEarliest,
                                             CASE WHEN item.status = 'planned' THEN reportedFrom END)
          ELSE coalesce(item.date, item.dateEarliest, CASE WHEN item.status = 'planned' THEN reportedFrom END) END AS earliest,
     CASE WHEN side = 'said' THEN coalesce(item.date, item.dateLatest, reportedBy)
          WHEN item:Inspection THEN coalesce(item.endDate, item.date, item.dateLatest,
                                             CASE WHEN item.status <> 'planned' THEN reportedBy END)
          ELSE coalesce(item.date, item.dateLatest, CASE WHEN coalesce(item.status, '') <> 'planned' THEN reportedBy END) END AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
WITH organisation, side, item, whys, earliest, latest, coalesce(earliest, latest) AS sortDate
ORDER BY sortDate, side DESC, item.id
SKIP $skip LIMIT $limit
WITH organisation, side, item, whys, earliest, latest, sortDate,
     // who said it, and the role in which a leader spoke (as the statement's own article gives it)
     COLLECT { MATCH (speaker)-[said:SAID]->(item)
               MATCH (article:Article {id: said.article})
               WITH speaker, said, article ORDER BY speaker.id
               RETURN {id: speaker.id, name: coalesce(speaker.name, speaker.description), labels: labels(speaker),
                       role: head(COLLECT { MATCH (speaker)-[leads:LEADS]->(organisation)
                                            WHERE leads.article = said.article RETURN leads.role }),
                       source: article {article: article.id, .title, .publisher,
                                        articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                                        .datePrecision, evidence: said.evidence}} } AS speakers,
     COLLECT { MATCH (item)-[reported:REPORTED_IN]->(article:Article)
               WITH reported, article ORDER BY coalesce(article.date, article.dateEarliest, article.dateLatest), article.id
               LIMIT $sources
               RETURN article {article: article.id, .title, .publisher,
                               articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                               .datePrecision, evidence: reported.evidence} } AS sources
WITH organisation, side, item, whys, earliest, latest, sortDate, speakers, sources,
     CASE WHEN side = 'said' THEN speakers[0].source ELSE sources[0] END AS source
RETURN side, item.id AS id,
       CASE WHEN item:Statement THEN 'statement' WHEN item:Inspection THEN 'inspection'
            WHEN item:Decision THEN 'decision' ELSE 'event' END AS kind,
       // the closest tie wins: its leader, itself, on its behalf, about it
       head([why IN ['leader', 'itself', 'on behalf', 'about', 'inspection', 'decision', 'event'] WHERE why IN whys]) AS why,
       CASE WHEN earliest = latest THEN earliest WHEN earliest IS NULL AND latest IS NULL THEN NULL
            ELSE coalesce(earliest, '..') + '/' + coalesce(latest, '..') END AS when,
       item.datePrecision AS datePrecision, sortDate,
       item.text AS text, item.kind AS itemKind, item.name AS name, item.status AS status, item.outcome AS outcome,
       item.commitments IS NOT NULL AS commitment, coalesce(item.commitments, []) AS commitments,
       [speaker IN speakers | speaker {.id, .name, .labels, .role}] AS speakers,
       COLLECT { MATCH (item)-[:ON_BEHALF_OF]->(body) RETURN DISTINCT body.id } AS onBehalfOf,
       head(COLLECT { MATCH (item)-[rated:RATED {domain: 'overall'}]->(organisation) RETURN DISTINCT rated.rating }) AS rating,
       source,
       // the fact the source cites, as the article view names it (its `&at=`)
       CASE WHEN side = 'said' THEN 'SAID:' + speakers[0].id + ':' + item.id
            ELSE 'REPORTED_IN:' + item.id + ':' + source.article END AS fact,
       sources, COUNT { (item)-[:REPORTED_IN]->() } AS sourceCount;
