// The two entities, what each said (SAID) about the subjects both spoke about, and those subjects
// (ABOUT). The graph of compare.cypher's answer, with the same parameters and range.
MATCH (a:Entity {id: $a})
MATCH (b:Entity {id: $b})
UNWIND [a, b] AS speaker
MATCH said = (speaker)-[:SAID]->(statement:Statement)-[:ABOUT]->(subject)
WHERE EXISTS { (a)-[:SAID]->(:Statement)-[:ABOUT]->(subject) }
  AND EXISTS { (b)-[:SAID]->(:Statement)-[:ABOUT]->(subject) }
MATCH (statement)-[:REPORTED_IN]->(article:Article)
WITH said, coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
     coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
RETURN said;
