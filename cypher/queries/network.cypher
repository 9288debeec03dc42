// The who-said-what network, one row per statement and speaker: the statement, whom the speaker spoke
// for and what it is about. With $entities (a list of ids) only statements that one of them made, spoke
// for or is the subject of, read from those entities; null for all. Dates filter as in q4 (overlap,
// partial dates cover their period); with $article, only that article's statements. The first $limit
// rows in q4's order (the sort key: date, article, statement; then the speaker), which the Java API asks
// for one more than it draws, to know whether the picture is whole. The Java API repeats this from the
// new entities to go deeper.
// Each entity's statements are read from the indexes of their keys (cypher/MODEL.md, "Keys for lists"), at
// most $limit from each, in order: a busy trust's network reads about a page of each, not all it is in.
// Example:    :params {entities: ['nsft'], from: null, to: null, article: null, limit: 500}
CALL {
  // everything (the Java API caps the rows it reads)
  WITH $entities AS entities, $article AS articleId WHERE entities IS NULL AND articleId IS NULL
  MATCH (statement:Statement)
  RETURN statement
  UNION
  // one article's statements: of the entities, when they are given
  WITH $article AS articleId WHERE articleId IS NOT NULL
  MATCH (article:Entity {id: articleId}) USING INDEX SEEK article:Entity(id)
  MATCH (article)<-[:REPORTED_IN]-(statement:Statement)
  WHERE $entities IS NULL OR EXISTS { (statement)-[:ABOUT|ON_BEHALF_OF]->(entity) WHERE entity.id IN $entities }
     OR EXISTS { (speaker)-[:SAID]->(statement) WHERE speaker.id IN $entities }
  RETURN statement
  UNION
  UNWIND CASE WHEN $article IS NULL THEN coalesce($entities, []) ELSE [] END AS id
  CALL {
    // what the entity said, the first in order whose sort date is in the range (every one when none is given)
    WITH id
    MATCH ()-[said:SAID]->(statement:Statement)
      USING INDEX said:SAID(speaker, sortKey)
    WHERE said.speaker = id AND said.sortKey >= coalesce($from, '') AND said.sortKey < coalesce($to + '~', '~~')
    WITH statement ORDER BY said.speaker, said.sortKey LIMIT $limit
    RETURN statement
    UNION
    // what was said about it (a statement without a speaker is not in the network)
    WITH id
    MATCH (statement:Statement)-[about:ABOUT]->()
      USING INDEX about:ABOUT(subject, sortKey)
    WHERE about.subject = id AND about.sortKey >= coalesce($from, '') AND about.sortKey < coalesce($to + '~', '~~')
      AND EXISTS { ()-[:SAID]->(statement) }
    WITH statement ORDER BY about.subject, about.sortKey LIMIT $limit
    RETURN statement
    UNION
    // what was said for it
    WITH id
    MATCH (statement:Statement)-[spoken:ON_BEHALF_OF]->()
      USING INDEX spoken:ON_BEHALF_OF(spokenFor, sortKey)
    WHERE spoken.spokenFor = id AND spoken.sortKey >= coalesce($from, '') AND spoken.sortKey < coalesce($to + '~', '~~')
      AND EXISTS { ()-[:SAID]->(statement) }
    WITH statement ORDER BY spoken.spokenFor, spoken.sortKey LIMIT $limit
    RETURN statement
    UNION
    // with a range, the three lists' statements whose time is not one day: they may overlap it from outside
    WITH id
    WITH id, $from AS from, $to AS to WHERE from IS NOT NULL OR to IS NOT NULL
    MATCH ()-[said:SAID]->(statement:Statement)
      USING INDEX said:SAID(speaker, spansDates)
    WHERE said.speaker = id AND said.spansDates = true
    RETURN statement
    UNION
    WITH id
    WITH id, $from AS from, $to AS to WHERE from IS NOT NULL OR to IS NOT NULL
    MATCH (statement:Statement)-[about:ABOUT]->()
      USING INDEX about:ABOUT(subject, spansDates)
    WHERE about.subject = id AND about.spansDates = true
    RETURN statement
    UNION
    WITH id
    WITH id, $from AS from, $to AS to WHERE from IS NOT NULL OR to IS NOT NULL
    MATCH (statement:Statement)-[spoken:ON_BEHALF_OF]->()
      USING INDEX spoken:ON_BEHALF_OF(spokenFor, spansDates)
    WHERE spoken.spokenFor = id AND spoken.spansDates = true
    RETURN statement
  }
  RETURN statement
}
MATCH (speaker)-[said:SAID]->(statement)-[:REPORTED_IN]->(article:Article)
WITH speaker, said, statement, article,
     coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
     coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
// (said.sortKey: the sort date, the article's id and the statement's, as the loader wrote them on the fact)
WITH speaker, said, statement, article, earliest, latest
ORDER BY said.sortKey, speaker.id
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
