// The who-said-what network, one row per statement: its speaker, whom the speaker spoke for and
// what it is about. With $entities (a list of ids) only statements that one of them made, spoke
// for or is the subject of, read from those entities; null for all. Dates filter as in q4 (overlap,
// partial dates cover their period); with $article, only that article's statements. The oldest
// $limit statements (the Java API asks for one more, to know whether the picture is whole). The Java
// API repeats this from the new entities to go deeper.
// Example:    :params {entities: ['nsft'], from: null, to: null, article: null, limit: 500}
CALL {
  WITH $entities AS entities WHERE entities IS NULL
  MATCH (statement:Statement)
  RETURN statement
  UNION
  UNWIND coalesce($entities, []) AS id
  MATCH (entity:Entity {id: id}) USING INDEX SEEK entity:Entity(id)
  MATCH (entity)-[:SAID]->(statement:Statement)
  RETURN statement
  UNION
  UNWIND coalesce($entities, []) AS id
  MATCH (entity:Entity {id: id}) USING INDEX SEEK entity:Entity(id)
  MATCH (statement:Statement)-[:ABOUT|ON_BEHALF_OF]->(entity)
  RETURN statement
}
MATCH (speaker)-[said:SAID]->(statement)-[:REPORTED_IN]->(article:Article)
WHERE $article IS NULL OR article.id = $article
WITH speaker, said, statement, article,
     coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
     coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
WITH speaker, said, statement, article, earliest, latest
ORDER BY coalesce(earliest, latest), statement.id, speaker.id
LIMIT $limit
CALL {
  WITH statement
  MATCH (statement)-[:ABOUT]->(subject)
  WITH DISTINCT subject ORDER BY subject.id
  RETURN collect({id: subject.id, name: coalesce(subject.name, subject.title, subject.description, subject.id),
                  labels: labels(subject)}) AS about
}
CALL {
  WITH statement
  MATCH (statement)-[:ON_BEHALF_OF]->(organisation)
  WITH DISTINCT organisation ORDER BY organisation.id
  RETURN collect({id: organisation.id, name: coalesce(organisation.name, organisation.description),
                  labels: labels(organisation)}) AS onBehalfOf
}
RETURN statement.id AS statement, statement.text AS text, statement.kind AS kind,
       CASE WHEN earliest = latest THEN earliest
            ELSE coalesce(earliest, '..') + '/' + coalesce(latest, '..') END AS when,
       {id: speaker.id, name: coalesce(speaker.name, speaker.description), labels: labels(speaker)} AS speaker,
       onBehalfOf, about,
       article {article: article.id, .title, .publisher,
                articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                .datePrecision, evidence: said.evidence} AS source;
