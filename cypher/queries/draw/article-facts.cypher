// Every fact the article supports, between the nodes it links.
// The graph of article-facts.cypher's answer, with the same parameters.
MATCH path = (from)-[fact]->(to)
WHERE fact.article = $article AND type(fact) <> 'REPORTED_IN'
RETURN path;
