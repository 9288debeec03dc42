// Q4. Who said what? Every quotation and piece of reported speech that has a speaker (statements whose
// speaker the article does not give are left out; see MODEL.md), with its speaker, whom the
// speaker spoke for, what it is about, the article and the date.
// Filters (each may be null): speaker (id), about (id of something the statement is ABOUT),
// from / to (ISO dates, inclusive). Dates are often partial ('2018') or only bounded, so a
// statement is kept when the time it may fall in overlaps the range. `when` is the date, or an
// interval with open ends ('../2015-12-31') when only bounds are known.
// A partial date covers its whole period: `x + '~'` sorts after every date that starts with x
// ('~' comes after digits and '-'), so `to: '2018'` keeps all of 2018.
// Example:    :params {speaker: 'norman-lamb', about: null, from: null, to: null}
MATCH (speaker)-[said:SAID]->(statement:Statement)-[:REPORTED_IN]->(article:Article)
WHERE $speaker IS NULL OR speaker.id = $speaker
OPTIONAL MATCH (statement)-[:ABOUT]->(subject)
WITH speaker, said, statement, article, collect(DISTINCT {id: subject.id, name: coalesce(subject.name, subject.id), labels: labels(subject)}) AS about
WHERE $about IS NULL OR any(subject IN about WHERE subject.id = $about)
WITH speaker, said, statement, article, about,
     coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
     coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
OPTIONAL MATCH (statement)-[:ON_BEHALF_OF]->(organisation)
OPTIONAL MATCH (statement)-[:MADE_IN]->(occasion)
RETURN statement.id AS statement, speaker.id AS speaker, coalesce(speaker.name, speaker.description) AS speakerName,
       labels(speaker) AS speakerKind, coalesce(speaker.anonymous, false) AS anonymous, collect(DISTINCT organisation.id) AS onBehalfOf,
       statement.kind AS kind, statement.text AS text, [s IN about WHERE s.id IS NOT NULL] AS about,
       collect(DISTINCT occasion.id) AS madeIn,
       CASE WHEN earliest = latest THEN earliest
            ELSE coalesce(earliest, '..') + '/' + coalesce(latest, '..') END AS when,
       coalesce(statement.datePrecision, article.datePrecision) AS datePrecision,
       article.id AS article, said.evidence AS evidence, coalesce(earliest, latest) AS sortDate
ORDER BY sortDate, article, statement;
