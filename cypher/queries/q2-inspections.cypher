// Q2. Inspections: what has the regulator found about an organisation, and when?
// One row per inspection (ratings by domain, must-do actions) and per decision about the
// organisation (special measures placed, removed, placed back, kept), ordered in time. `when` is the
// date, the period (start/end) or, when only bounds are known, an interval with open ends ('2019-11-06/..').
// Oldest first, a page at a time: $skip rows left out, at most $limit returned. The page is chosen from the
// inspections' and decisions' own dates first; only its rows' ratings, actions and sources are then read, each
// on its own (a fact attested by many articles would otherwise multiply the others).
// Example:    :params {organisation: 'nsft', skip: 0, limit: 100, sources: 20}
MATCH (organisation:Organisation {id: $organisation})
CALL {
  WITH organisation
  MATCH (inspection:Inspection)-[:INSPECTED]->(organisation)
  WITH DISTINCT inspection
  RETURN 'inspection' AS kind, inspection AS item,
         coalesce(inspection.startDate, inspection.date, inspection.dateEarliest) AS date
  UNION
  WITH organisation
  MATCH (decision:Decision)-[:CONCERNS]->(organisation)
  WITH DISTINCT decision
  RETURN 'decision' AS kind, decision AS item, coalesce(decision.date, decision.dateEarliest) AS date
}
WITH organisation, kind, item, date
ORDER BY date, kind DESC, item.id
SKIP $skip LIMIT $limit
RETURN kind, item.id AS id,
       CASE kind WHEN 'inspection' THEN item.name ELSE item.kind + ': ' + item.outcome END AS name,
       date,
       CASE kind WHEN 'inspection' THEN item.endDate END AS endDate,
       CASE WHEN item.startDate IS NOT NULL AND item.endDate IS NOT NULL THEN item.startDate + '/' + item.endDate
            WHEN item.date IS NOT NULL OR item.startDate IS NOT NULL THEN coalesce(item.date, item.startDate)
            WHEN item.dateEarliest IS NOT NULL OR item.dateLatest IS NOT NULL
              THEN coalesce(item.dateEarliest, '..') + '/' + coalesce(item.dateLatest, '..') END AS when,
       CASE kind WHEN 'inspection' THEN item.status END AS status,
       CASE kind WHEN 'decision' THEN item.outcome END AS outcome,
       // who inspected; for a decision, who decided or recommended it
       COLLECT { MATCH (actor)-[:CONDUCTED|DECIDED|RECOMMENDED]->(item) RETURN DISTINCT actor.id } AS actors,
       // a rating or an action attested by many articles is one entry, with one of them (the first the store
       // finds) and how many there are
       COLLECT { MATCH (item)-[rated:RATED]->(organisation)
                 WITH rated.domain AS domain, rated.rating AS rating, rated.note AS note, collect(rated) AS attested
                 WITH domain, rating, note, attested[0] AS rated, size(attested) AS attestations
                 ORDER BY domain, rating, note
                 MATCH (article:Article {id: rated.article})
                 RETURN {domain: domain, rating: rating, note: note, attestations: attestations,
                         source: article {article: article.id, .title, .publisher,
                                          articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                                          .datePrecision, evidence: rated.evidence}} } AS ratings,
       COLLECT { MATCH (item)-[required:REQUIRED]->(action:MustDoAction)
                 WITH action, collect(required) AS attested
                 WITH action, attested[0] AS required, size(attested) AS attestations
                 ORDER BY action.ordinal, action.id
                 MATCH (article:Article {id: required.article})
                 RETURN {text: action.text, services: COLLECT { MATCH (action)-[:CONCERNS]->(service) RETURN service.name },
                         attestations: attestations, source: article {article: article.id, .title, .publisher,
                                          articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                                          .datePrecision, evidence: required.evidence}} } AS mustDo,
       // the first reports the store finds (as many as the sources parameter says), and how many there are
       COLLECT { MATCH (item)-[source:REPORTED_IN]->(article:Article)
                 WITH source, article LIMIT $sources
                 RETURN article {article: article.id, .title, .publisher,
                                          articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                                          .datePrecision, evidence: source.evidence} } AS sources,
       COUNT { (item)-[:REPORTED_IN]->() } AS sourceCount;
