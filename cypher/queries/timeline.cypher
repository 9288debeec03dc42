// An entity's history in time order: its roles (led, held office, member of, worked for, represented;
// one per article that attests it), what it said, what others said about it, the inspections of it and
// the decisions about it, and the events it took part in, each with its source. `when` is the date as
// precise as known, or an interval with open ends ('../2015-12-31'); undated items come last.
// Optional from / to (ISO dates, inclusive): an item is kept when the time it may fall in overlaps the
// range; an undated one is always kept, as nothing says it falls outside. Each kind of item is read from
// the entity outwards, oldest first, and at most $limit of each kind are kept; roles and statements a page at a
// time from the indexes of their keys (cypher/MODEL.md, "Keys for lists"), as entity.cypher and Q4 read them.
// A partial date covers its whole period: `x + '~'` sorts after every date that starts with x.
// Example:    :params {id: 'nsft', from: null, to: null, limit: 1000}
MATCH (entity:Entity {id: $id})
// each kind of item is a branch giving a row per item: the item, the kind's rank and the item's place in its kind's
// order (`tie`); rows, not lists, so that the whole history is never held in every row
CALL (entity) {
  // roles, as entity.cypher lists them (its first ones from each index of role keys, then the first of them all);
  // `when` their start, else the date they were true, else the article's
  CALL (entity) {
    MATCH (entity)-[role:LEADS]->(other) USING INDEX role:LEADS(holder, holderKey)
    WHERE role.holder = $id AND role.holderKey > ''
    WITH role, other ORDER BY role.holder, role.holderKey LIMIT $limit
    RETURN role, other, role.holderKey AS key
    UNION ALL
    MATCH (other)-[role:LEADS]->(entity) USING INDEX role:LEADS(heldIn, heldInKey)
    WHERE role.heldIn = $id AND role.heldInKey > ''
    WITH role, other ORDER BY role.heldIn, role.heldInKey LIMIT $limit
    RETURN role, other, role.heldInKey AS key
    UNION ALL
    MATCH (entity)-[role:HOLDS_OFFICE]->(other) USING INDEX role:HOLDS_OFFICE(holder, holderKey)
    WHERE role.holder = $id AND role.holderKey > ''
    WITH role, other ORDER BY role.holder, role.holderKey LIMIT $limit
    RETURN role, other, role.holderKey AS key
    UNION ALL
    MATCH (other)-[role:HOLDS_OFFICE]->(entity) USING INDEX role:HOLDS_OFFICE(heldIn, heldInKey)
    WHERE role.heldIn = $id AND role.heldInKey > ''
    WITH role, other ORDER BY role.heldIn, role.heldInKey LIMIT $limit
    RETURN role, other, role.heldInKey AS key
    UNION ALL
    MATCH (entity)-[role:MEMBER_OF]->(other) USING INDEX role:MEMBER_OF(holder, holderKey)
    WHERE role.holder = $id AND role.holderKey > ''
    WITH role, other ORDER BY role.holder, role.holderKey LIMIT $limit
    RETURN role, other, role.holderKey AS key
    UNION ALL
    MATCH (other)-[role:MEMBER_OF]->(entity) USING INDEX role:MEMBER_OF(heldIn, heldInKey)
    WHERE role.heldIn = $id AND role.heldInKey > ''
    WITH role, other ORDER BY role.heldIn, role.heldInKey LIMIT $limit
    RETURN role, other, role.heldInKey AS key
    UNION ALL
    MATCH (entity)-[role:WORKS_FOR]->(other) USING INDEX role:WORKS_FOR(holder, holderKey)
    WHERE role.holder = $id AND role.holderKey > ''
    WITH role, other ORDER BY role.holder, role.holderKey LIMIT $limit
    RETURN role, other, role.holderKey AS key
    UNION ALL
    MATCH (other)-[role:WORKS_FOR]->(entity) USING INDEX role:WORKS_FOR(heldIn, heldInKey)
    WHERE role.heldIn = $id AND role.heldInKey > ''
    WITH role, other ORDER BY role.heldIn, role.heldInKey LIMIT $limit
    RETURN role, other, role.heldInKey AS key
    UNION ALL
    MATCH (entity)-[role:REPRESENTS]->(other) USING INDEX role:REPRESENTS(holder, holderKey)
    WHERE role.holder = $id AND role.holderKey > ''
    WITH role, other ORDER BY role.holder, role.holderKey LIMIT $limit
    RETURN role, other, role.holderKey AS key
    UNION ALL
    MATCH (other)-[role:REPRESENTS]->(entity) USING INDEX role:REPRESENTS(heldIn, heldInKey)
    WHERE role.heldIn = $id AND role.heldInKey > ''
    WITH role, other ORDER BY role.heldIn, role.heldInKey LIMIT $limit
    RETURN role, other, role.heldInKey AS key
  }
  WITH entity, role, other, key
  ORDER BY key
  LIMIT $limit
  OPTIONAL MATCH (article:Article {id: role.article})
  RETURN {kind: 'role', relation: type(role),
                  direction: CASE WHEN startNode(role) = entity THEN 'out' ELSE 'in' END,
                  other: other {.id, name: coalesce(other.name, other.description, other.id), labels: labels(other)},
                  role: role.role, status: role.status,
                  when: coalesce(role.startDate, role.asOf, article.date,
                                 CASE WHEN article IS NOT NULL
                                      THEN coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..') END),
                  fact: type(role) + ':' + startNode(role).id + ':' + endNode(role).id,
                  source: article {article: article.id, .title, .publisher,
                                   articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                                   .datePrecision, evidence: role.evidence}} AS item, 0 AS kindRank, [key] AS tie
  UNION ALL
  // what it said (SAID), with Q4's dates and order: as Q4 reads a speaker's statements, from the index of their keys
  CALL (entity) {
    MATCH (entity)-[said:SAID]->(statement:Statement)
      USING INDEX said:SAID(speaker, sortKey)
    WHERE said.speaker = $id AND said.sortKey >= coalesce($from, '') AND said.sortKey < coalesce($to + '~', '~~')
    WITH said, statement ORDER BY said.speaker, said.sortKey LIMIT $limit
    RETURN said, statement
    UNION
    // with a range, its statements whose time is not one day, whose period may overlap the range from outside it
    WITH entity, $from AS fromDate, $to AS toDate WHERE fromDate IS NOT NULL OR toDate IS NOT NULL
    MATCH (entity)-[said:SAID]->(statement:Statement)
      USING INDEX said:SAID(speaker, spansDates)
    WHERE said.speaker = $id AND said.spansDates = true
    RETURN said, statement
  }
  MATCH (statement)-[:REPORTED_IN]->(article:Article)
  WITH entity AS speaker, said, statement, article,
       coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
       coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
  WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
    AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
  // (the sort key: the sort date, the article's id and the statement's)
  WITH speaker, said, statement, article, earliest, latest
  ORDER BY said.sortKey
  LIMIT $limit
  RETURN {kind: 'said', statement: statement {.id, .kind, .text},
                  speaker: speaker {.id, name: coalesce(speaker.name, speaker.description), labels: labels(speaker)},
                  about: COLLECT { MATCH (statement)-[:ABOUT]->(subject)
                                   RETURN coalesce(subject.name, subject.id) ORDER BY subject.id },
                  when: CASE WHEN earliest = latest THEN earliest
                             ELSE coalesce(earliest, '..') + '/' + coalesce(latest, '..') END,
                  fact: 'SAID:' + speaker.id + ':' + statement.id,
                  source: article {article: article.id, .title, .publisher,
                                   articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                                   .datePrecision, evidence: said.evidence}} AS item, 1 AS kindRank, [said.sortKey] AS tie
  UNION ALL
  // what others said about it (ABOUT), with Q4's dates and order: as Q4 reads a subject's statements
  CALL (entity) {
    MATCH (statement:Statement)-[about:ABOUT]->(entity)
      USING INDEX about:ABOUT(subject, sortKey)
    WHERE about.subject = $id AND about.sortKey >= coalesce($from, '') AND about.sortKey < coalesce($to + '~', '~~')
    MATCH (speaker)-[said:SAID]->(statement)
    WHERE speaker <> entity
    WITH speaker, said, statement, about ORDER BY about.subject, about.sortKey, speaker.id LIMIT $limit
    RETURN speaker, said, statement, about.sortKey AS sortKey
    UNION
    WITH entity, $from AS fromDate, $to AS toDate WHERE fromDate IS NOT NULL OR toDate IS NOT NULL
    MATCH (statement:Statement)-[about:ABOUT]->(entity)
      USING INDEX about:ABOUT(subject, spansDates)
    WHERE about.subject = $id AND about.spansDates = true
    MATCH (speaker)-[said:SAID]->(statement)
    WHERE speaker <> entity
    RETURN speaker, said, statement, about.sortKey AS sortKey
  }
  MATCH (statement)-[:REPORTED_IN]->(article:Article)
  WITH speaker, said, statement, article, sortKey,
       coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
       coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
  WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
    AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
  WITH speaker, said, statement, article, earliest, latest, sortKey
  ORDER BY sortKey, speaker.id
  LIMIT $limit
  RETURN {kind: 'said about', statement: statement {.id, .kind, .text},
                  speaker: speaker {.id, name: coalesce(speaker.name, speaker.description), labels: labels(speaker)},
                  when: CASE WHEN earliest = latest THEN earliest
                             ELSE coalesce(earliest, '..') + '/' + coalesce(latest, '..') END,
                  fact: 'SAID:' + speaker.id + ':' + statement.id,
                  source: article {article: article.id, .title, .publisher,
                                   articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                                   .datePrecision, evidence: said.evidence}} AS item, 2 AS kindRank, [sortKey, speaker.id] AS tie
  UNION ALL
  // the inspections of it and the decisions about it, with Q2's dates, each with its overall rating and first report
  CALL (entity) {
    MATCH (inspection:Inspection)-[:INSPECTED]->(entity)
    WITH DISTINCT inspection
    RETURN 'inspection' AS kind, inspection AS finding
    UNION
    MATCH (decision:Decision)-[:CONCERNS]->(entity)
    WITH DISTINCT decision
    RETURN 'decision' AS kind, decision AS finding
  }
  WITH entity, kind, finding,
       coalesce(finding.startDate, finding.date, finding.dateEarliest) AS date
  ORDER BY date, kind DESC, finding.id
  LIMIT $limit
  RETURN {kind: kind, id: finding.id,
                  name: CASE kind WHEN 'inspection' THEN finding.name ELSE finding.kind + ': ' + finding.outcome END,
                  decisionKind: CASE kind WHEN 'decision' THEN finding.kind END,
                  status: CASE kind WHEN 'inspection' THEN finding.status END,
                  outcome: CASE kind WHEN 'decision' THEN finding.outcome END,
                  rating: COLLECT { MATCH (finding)-[rated:RATED {domain: 'overall'}]->(entity)
                                    RETURN rated.rating ORDER BY rated.rating LIMIT 1 }[0],
                  when: CASE WHEN finding.startDate IS NOT NULL AND finding.endDate IS NOT NULL THEN finding.startDate + '/' + finding.endDate
                             WHEN finding.date IS NOT NULL OR finding.startDate IS NOT NULL THEN coalesce(finding.date, finding.startDate)
                             WHEN finding.dateEarliest IS NOT NULL OR finding.dateLatest IS NOT NULL
                               THEN coalesce(finding.dateEarliest, '..') + '/' + coalesce(finding.dateLatest, '..') END,
                  source: COLLECT { MATCH (finding)-[reported:REPORTED_IN]->(article:Article)
                                    RETURN article {article: article.id, .title, .publisher,
                                                    articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                                                    .datePrecision, evidence: reported.evidence} LIMIT 1 }[0]} AS item, 3 AS kindRank,
         [date, CASE kind WHEN 'inspection' THEN 0 ELSE 1 END, finding.id] AS tie
  UNION ALL
  // the events it took part in, with Q7's dates (an undated event no later than its first report, a planned
  // one no earlier than its last) and its part in each
  CALL (entity) {
    MATCH (entity)-[part:ATTENDED|ORGANISED|CHAIRED|WROTE|SIGNED|DIED_IN]->(event:Event)
    RETURN event, toLower(type(part)) AS part
    UNION
    MATCH (event:Event)-[other:SENT_TO|INVOLVED|ESTABLISHED]->(entity)
    RETURN event, coalesce(other.role, toLower(type(other))) AS part
  }
  WITH event, collect(part)[0] AS part
  MATCH (event)-[reported:REPORTED_IN]->(article:Article)
  WITH event, part, collect(article {article: article.id, .title, .publisher,
                                     articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                                     .datePrecision, evidence: reported.evidence})[0] AS source,
       max(coalesce(article.date, article.dateEarliest)) AS reportedFrom,
       min(coalesce(article.date, article.dateLatest)) AS reportedBy
  WITH event, part, source,
       coalesce(event.date, event.dateEarliest, CASE WHEN event.status = 'planned' THEN reportedFrom END) AS earliest,
       coalesce(event.date, event.dateLatest, CASE WHEN event.status <> 'planned' THEN reportedBy END) AS latest
  WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
    AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
  WITH event, part, source, earliest, latest
  ORDER BY coalesce(earliest, latest), event.name, event.id
  LIMIT $limit
  RETURN {kind: event.kind, id: event.id, name: event.name, part: part, status: event.status,
          when: CASE WHEN earliest = latest THEN earliest WHEN earliest IS NULL AND latest IS NULL THEN NULL
                     ELSE coalesce(earliest, '..') + '/' + coalesce(latest, '..') END,
          source: source} AS item, 4 AS kindRank, [coalesce(earliest, latest), event.name, event.id] AS tie
}
// one list in time order: by the start of each item's dates (its end when only that is known), undated
// last; items of one date in the order roles, what it said, what was said about it, findings, events, each
// kind in its own order
WITH item, kindRank, tie, CASE WHEN item.when IS NULL THEN NULL ELSE split(item.when, '/') END AS parts
WITH item, kindRank, tie,
     CASE WHEN parts IS NULL OR parts[0] = '..' THEN NULL ELSE parts[0] END AS earliest,
     CASE WHEN parts IS NULL THEN NULL WHEN size(parts) = 1 THEN parts[0]
          WHEN parts[1] = '..' THEN NULL ELSE parts[1] END AS latest
WHERE item.when IS NULL
   OR (($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
       AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from))
RETURN item
ORDER BY item.when IS NULL, coalesce(earliest, latest), kindRank, tie;
