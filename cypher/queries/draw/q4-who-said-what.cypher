// The speakers, what they said (SAID), whom they spoke for (ON_BEHALF_OF) and what it is about (ABOUT).
// The graph of q4-who-said-what.cypher's answer, with the same parameters and filters.
MATCH (speaker)-[said:SAID]->(statement:Statement)-[:REPORTED_IN]->(article:Article)
WHERE ($speaker IS NULL OR speaker.id = $speaker)
  AND ($about IS NULL OR EXISTS { (statement)-[:ABOUT]->({id: $about}) })
WITH speaker, said, statement,
     coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
     coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
OPTIONAL MATCH about = (statement)-[:ABOUT|ON_BEHALF_OF]->()
RETURN speaker, said, statement, collect(about) AS about;
