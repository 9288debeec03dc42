// Loading an article's facts, step 3 of 4: every entity it mentions, with the properties derived from all
// the files that mention it and exactly the labels they give, linked to the article by the sentence that
// mentions it.
UNWIND $entities AS e
MATCH (a:Entity {id: $article.id})
MERGE (n:Entity {id: e.id})
SET n = e.properties, n:$(e.labels)
WITH a, n, e
REMOVE n:$([label IN labels(n) WHERE NOT label IN e.labels])
CREATE (n)-[:REPORTED_IN {article: $article.id, evidence: e.mentioned}]->(a);
