// Q2. Inspections: what has the regulator found about an organisation, and when?
// One row per inspection (ratings by domain, must-do actions) and per decision about the
// organisation (special measures placed, removed, placed back, kept), ordered in time. `when` is the
// date, the period (start/end) or, when only bounds are known, an interval with open ends ('2019-11-06/..').
// Oldest first, a page at a time: $skip rows left out, at most $limit returned.
// Example:    :params {organisation: 'nsft', skip: 0, limit: 100}
CALL {
  MATCH (inspection:Inspection)-[:INSPECTED]->(organisation:Organisation {id: $organisation})
  OPTIONAL MATCH (regulator)-[:CONDUCTED]->(inspection)
  OPTIONAL MATCH (inspection)-[rated:RATED]->(organisation)
  OPTIONAL MATCH (ratedIn:Article {id: rated.article})
  WITH inspection, organisation, collect(DISTINCT regulator.id) AS regulators,
       collect(DISTINCT {domain: rated.domain, rating: rated.rating, note: rated.note,
                         source: ratedIn {article: ratedIn.id, .title, .publisher,
                                          articleDate: coalesce(ratedIn.date, coalesce(ratedIn.dateEarliest, '..') + '/' + coalesce(ratedIn.dateLatest, '..')),
                                          .datePrecision, evidence: rated.evidence}}) AS ratings
  OPTIONAL MATCH (inspection)-[required:REQUIRED]->(action:MustDoAction)
  OPTIONAL MATCH (action)-[:CONCERNS]->(service)
  OPTIONAL MATCH (requiredIn:Article {id: required.article})
  WITH inspection, regulators, ratings, action, required, requiredIn, collect(service.name) AS services
  ORDER BY action.ordinal
  WITH inspection, regulators, ratings,
       collect(CASE WHEN action IS NULL THEN NULL
               ELSE {text: action.text, services: services,
                     source: requiredIn {article: requiredIn.id, .title, .publisher,
                                         articleDate: coalesce(requiredIn.date, coalesce(requiredIn.dateEarliest, '..') + '/' + coalesce(requiredIn.dateLatest, '..')),
                                         .datePrecision, evidence: required.evidence}} END) AS mustDo
  MATCH (inspection)-[source:REPORTED_IN]->(article:Article)
  RETURN 'inspection' AS kind, inspection.id AS id, inspection.name AS name,
         coalesce(inspection.startDate, inspection.date, inspection.dateEarliest) AS date,
         inspection.endDate AS endDate,
         CASE WHEN inspection.startDate IS NOT NULL AND inspection.endDate IS NOT NULL
                THEN inspection.startDate + '/' + inspection.endDate
              WHEN inspection.date IS NOT NULL OR inspection.startDate IS NOT NULL
                THEN coalesce(inspection.date, inspection.startDate)
              WHEN inspection.dateEarliest IS NOT NULL OR inspection.dateLatest IS NOT NULL
                THEN coalesce(inspection.dateEarliest, '..') + '/' + coalesce(inspection.dateLatest, '..') END AS when,
         inspection.status AS status, regulators,
         [r IN ratings WHERE r.domain IS NOT NULL] AS ratings, mustDo, NULL AS outcome,
         collect(article {article: article.id, .title, .publisher,
                          articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                          .datePrecision, evidence: source.evidence}) AS sources
  UNION
  MATCH (decision:Decision)-[:CONCERNS]->(organisation:Organisation {id: $organisation})
  OPTIONAL MATCH (decision)-[:FOLLOWED]->(inspection:Inspection)
  OPTIONAL MATCH (decider)-[:DECIDED|RECOMMENDED]->(decision)
  MATCH (decision)-[source:REPORTED_IN]->(article:Article)
  RETURN 'decision' AS kind, decision.id AS id, decision.kind + ': ' + decision.outcome AS name,
         coalesce(decision.date, decision.dateEarliest) AS date, NULL AS endDate,
         CASE WHEN decision.date IS NOT NULL THEN decision.date
              WHEN decision.dateEarliest IS NOT NULL OR decision.dateLatest IS NOT NULL
                THEN coalesce(decision.dateEarliest, '..') + '/' + coalesce(decision.dateLatest, '..') END AS when,
         NULL AS status,
         collect(DISTINCT decider.id) AS regulators, [] AS ratings, [] AS mustDo, decision.outcome AS outcome,
         collect(DISTINCT article {article: article.id, .title, .publisher,
                                   articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                                   .datePrecision, evidence: source.evidence}) AS sources
}
RETURN kind, id, name, date, endDate, when, status, outcome, regulators AS actors, ratings, mustDo, sources
ORDER BY date, kind DESC, id
SKIP $skip LIMIT $limit;
