// Between two entities: what each of them said about the same subjects. The subjects that statements
// of both $a and $b are about, and every statement of either about them, with its speaker, date and
// source; a subject only one of them spoke about is left out. At most $limit subjects, those with the
// most statements first; within a subject the statements of $a, then those of $b, each oldest first.
// Optional from / to (ISO dates, inclusive) as in Q4: a statement is kept when the time it may fall in
// overlaps the range. The query starts from the two entities and reads only their statements.
// Example:    :params {a: 'antek-lejk', b: 'chloe-smith', from: null, to: null, limit: 50}
MATCH (a:Entity {id: $a})
MATCH (b:Entity {id: $b})
CALL {
  WITH a, b
  UNWIND [[a, 'a'], [b, 'b']] AS pair
  WITH pair[0] AS speaker, pair[1] AS side
  MATCH (speaker)-[said:SAID]->(statement:Statement)-[:ABOUT]->(subject)
  MATCH (statement)-[:REPORTED_IN]->(article:Article)
  WITH speaker, side, said, statement, subject, article,
       coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
       coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
  WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
    AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
  RETURN speaker, side, said, statement, subject, article, earliest, latest
}
WITH subject, collect({speaker: speaker, side: side, said: said, statement: statement, article: article,
                       earliest: earliest, latest: latest}) AS said
WHERE any(s IN said WHERE s.side = 'a') AND any(s IN said WHERE s.side = 'b')
WITH subject, said ORDER BY size(said) DESC, coalesce(subject.name, subject.id)
LIMIT $limit
WITH collect(subject) AS subjects, collect(said) AS saids
UNWIND range(0, size(subjects) - 1) AS rank
WITH rank, subjects[rank] AS subject, saids[rank] AS said
UNWIND said AS one
WITH rank, subject, one.speaker AS speaker, one.side AS side, one.said AS said, one.statement AS statement,
     one.article AS article, one.earliest AS earliest, one.latest AS latest
ORDER BY rank, side, coalesce(earliest, latest), article.id, statement.id
RETURN subject.id AS subject, coalesce(subject.name, subject.id) AS subjectName, labels(subject) AS subjectKind,
       side, statement.id AS statement, speaker.id AS speaker,
       coalesce(speaker.name, speaker.description) AS speakerName, labels(speaker) AS speakerKind,
       coalesce(speaker.anonymous, false) AS anonymous,
       COLLECT { MATCH (statement)-[:ON_BEHALF_OF]->(organisation) RETURN DISTINCT organisation.id } AS onBehalfOf,
       statement.kind AS kind, statement.text AS text,
       COLLECT { MATCH (statement)-[:ABOUT]->(other) WITH other ORDER BY other.id
                 RETURN {id: other.id, name: coalesce(other.name, other.id), labels: labels(other)} } AS about,
       COLLECT { MATCH (statement)-[:MADE_IN]->(occasion) RETURN DISTINCT occasion.id } AS madeIn,
       CASE WHEN earliest = latest THEN earliest
            ELSE coalesce(earliest, '..') + '/' + coalesce(latest, '..') END AS when,
       coalesce(statement.datePrecision, article.datePrecision) AS datePrecision,
       article {article: article.id, .title, .publisher,
                articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                .datePrecision, evidence: said.evidence} AS source;
