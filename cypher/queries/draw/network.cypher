// The who-said-what network: speakers, their statements, whom they spoke for and what the statements are about.
// The graph of network.cypher's answer, with the same parameters and filters.
MATCH (speaker)-[said:SAID]->(statement:Statement)-[:REPORTED_IN]->(article:Article)
WHERE ($article IS NULL OR article.id = $article)
  AND ($entities IS NULL OR speaker.id IN $entities
       OR EXISTS { (statement)-[:ABOUT|ON_BEHALF_OF]->(other) WHERE other.id IN $entities })
WITH speaker, said, statement,
     coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
     coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
OPTIONAL MATCH link = (statement)-[:ABOUT|ON_BEHALF_OF]->()
RETURN speaker, said, statement, collect(link) AS links;
