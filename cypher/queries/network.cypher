// The who-said-what network, one row per statement: its speaker, whom the speaker spoke for and
// what it is about. With $entities (a list of ids) only statements that one of them made, spoke
// for or is the subject of; null for all. Dates filter as in q4 (overlap, partial dates cover
// their period); with $article, only that article's statements. The Java API repeats this from
// the new entities to go deeper.
// Example:    :params {entities: ['nsft'], from: null, to: null, article: null}
MATCH (speaker)-[said:SAID]->(statement:Statement)-[:REPORTED_IN]->(article:Article)
WHERE $article IS NULL OR article.id = $article
OPTIONAL MATCH (statement)-[about:ABOUT]->(subject)
WITH speaker, said, statement, article,
     collect(DISTINCT {id: subject.id, name: coalesce(subject.name, subject.title, subject.description, subject.id),
                       labels: labels(subject)}) AS subjects
OPTIONAL MATCH (statement)-[:ON_BEHALF_OF]->(organisation)
WITH speaker, said, statement, article, [s IN subjects WHERE s.id IS NOT NULL] AS subjects,
     collect(DISTINCT {id: organisation.id, name: coalesce(organisation.name, organisation.description),
                       labels: labels(organisation)}) AS onBehalfOf
WHERE $entities IS NULL OR speaker.id IN $entities
   OR any(s IN subjects WHERE s.id IN $entities) OR any(o IN onBehalfOf WHERE o.id IN $entities)
WITH speaker, said, statement, article, subjects, onBehalfOf,
     coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
     coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
RETURN statement.id AS statement, statement.text AS text, statement.kind AS kind,
       CASE WHEN earliest = latest THEN earliest
            ELSE coalesce(earliest, '..') + '/' + coalesce(latest, '..') END AS when,
       {id: speaker.id, name: coalesce(speaker.name, speaker.description), labels: labels(speaker)} AS speaker,
       [o IN onBehalfOf WHERE o.id IS NOT NULL] AS onBehalfOf, subjects AS about,
       article.id AS article, said.evidence AS evidence
ORDER BY coalesce(earliest, latest), statement;
