// Q4. Who said what? Every quotation and piece of reported speech that has a speaker (statements whose
// speaker the article does not give are left out; see MODEL.md), with its speaker, whom the
// speaker spoke for, what it is about, the article and the date. Oldest first, a page at a time:
// $skip rows left out, at most $limit returned.
// Filters (each may be null): speaker (id), about (id of something the statement is ABOUT),
// from / to (ISO dates, inclusive). Dates are often partial ('2018') or only bounded, so a
// statement is kept when the time it may fall in overlaps the range. `when` is the date, or an
// interval with open ends ('../2015-12-31') when only bounds are known.
// A partial date covers its whole period: `x + '~'` sorts after every date that starts with x
// ('~' comes after digits and '-'), so `to: '2018'` keeps all of 2018.
// With a speaker or a subject, the query starts from that entity's statements in the index of their keys (see
// cypher/MODEL.md, "Keys for lists"), in order: a page reads about a page of them, however many there are.
// Example:    :params {speaker: 'norman-lamb', about: null, from: null, to: null, skip: 0, limit: 100}
CALL {
  // (the condition on variables, not on the parameters alone, so that it is checked before every statement is read)
  WITH $speaker AS speakerId, $about AS aboutId WHERE speakerId IS NULL AND aboutId IS NULL
  MATCH (speaker)-[said:SAID]->(statement:Statement)
  RETURN speaker, said, statement, said.sortKey AS sortKey
  UNION
  // a speaker's statements whose sort date is in the range (every one when none is given), the page's first
  WITH $speaker AS speakerId WHERE speakerId IS NOT NULL
  MATCH (speaker)-[said:SAID]->(statement:Statement)
    USING INDEX said:SAID(speaker, sortKey)
  WHERE said.speaker = speakerId AND said.sortKey >= coalesce($from, '') AND said.sortKey < coalesce($to + '~', '~~')
    AND ($about IS NULL OR EXISTS { (statement)-[:ABOUT]->(:Entity {id: $about}) })
  // (ordered by both keys of the index, the first a constant here: so the index gives the order and the reading stops)
  WITH speaker, said, statement ORDER BY said.speaker, said.sortKey LIMIT $skip + $limit
  RETURN speaker, said, statement, said.sortKey AS sortKey
  UNION
  // with a range, its statements whose time is not one day, whose period may overlap the range from outside it
  WITH $speaker AS speakerId WHERE speakerId IS NOT NULL AND ($from IS NOT NULL OR $to IS NOT NULL)
  MATCH (speaker)-[said:SAID]->(statement:Statement)
    USING INDEX said:SAID(speaker, spansDates)
  WHERE said.speaker = speakerId AND said.spansDates = true
    AND ($about IS NULL OR EXISTS { (statement)-[:ABOUT]->(:Entity {id: $about}) })
  RETURN speaker, said, statement, said.sortKey AS sortKey
  UNION
  // the same for a subject: its statements in order, then each one's speakers
  WITH $speaker AS speakerId, $about AS aboutId WHERE speakerId IS NULL AND aboutId IS NOT NULL
  MATCH (statement:Statement)-[about:ABOUT]->()
    USING INDEX about:ABOUT(subject, sortKey)
  WHERE about.subject = aboutId AND about.sortKey >= coalesce($from, '') AND about.sortKey < coalesce($to + '~', '~~')
  MATCH (speaker)-[said:SAID]->(statement)
  WITH speaker, said, statement, about ORDER BY about.subject, about.sortKey, speaker.id LIMIT $skip + $limit
  RETURN speaker, said, statement, about.sortKey AS sortKey
  UNION
  WITH $speaker AS speakerId, $about AS aboutId
  WHERE speakerId IS NULL AND aboutId IS NOT NULL AND ($from IS NOT NULL OR $to IS NOT NULL)
  MATCH (statement:Statement)-[about:ABOUT]->()
    USING INDEX about:ABOUT(subject, spansDates)
  WHERE about.subject = aboutId AND about.spansDates = true
  MATCH (speaker)-[said:SAID]->(statement)
  RETURN speaker, said, statement, about.sortKey AS sortKey
}
MATCH (statement)-[:REPORTED_IN]->(article:Article)
WITH speaker, said, statement, article, sortKey,
     coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
     coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
// (sortKey: the sort date, the article's id and the statement's, as the loader wrote them on the fact)
WITH speaker, said, statement, article, earliest, latest, coalesce(earliest, latest) AS sortDate, sortKey
ORDER BY sortKey, speaker.id
SKIP $skip LIMIT $limit
// an aggregation over no rows still gives one row: a statement about nothing keeps its row, with []
CALL {
  WITH statement
  MATCH (statement)-[:ABOUT]->(subject)
  WITH subject ORDER BY subject.id
  RETURN collect({id: subject.id, name: coalesce(subject.name, subject.id), labels: labels(subject)}) AS about
}
CALL {
  WITH statement
  MATCH (statement)-[:ON_BEHALF_OF]->(organisation)
  RETURN collect(DISTINCT organisation.id) AS onBehalfOf
}
CALL {
  WITH statement
  MATCH (statement)-[:MADE_IN]->(occasion)
  RETURN collect(DISTINCT occasion.id) AS madeIn
}
RETURN statement.id AS statement, speaker.id AS speaker, coalesce(speaker.name, speaker.description) AS speakerName,
       labels(speaker) AS speakerKind, coalesce(speaker.anonymous, false) AS anonymous, onBehalfOf,
       statement.kind AS kind, statement.text AS text, about, madeIn,
       CASE WHEN earliest = latest THEN earliest
            ELSE coalesce(earliest, '..') + '/' + coalesce(latest, '..') END AS when,
       coalesce(statement.datePrecision, article.datePrecision) AS datePrecision, sortDate,
       article {article: article.id, .title, .publisher,
                articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                .datePrecision, evidence: said.evidence} AS source;
