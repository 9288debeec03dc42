// The other facts among the network's nodes (who criticised, led, inspected, called on whom ...).
// The graph of network-links.cypher's answer, with the same parameters.
UNWIND $ids AS id
MATCH path = (from:Entity {id: id})-[fact]->(to)
WHERE to.id IN $ids AND NOT type(fact) IN ['SAID', 'ABOUT', 'ON_BEHALF_OF', 'REPORTED_IN']
  AND ($article IS NULL OR fact.article = $article)
RETURN path;
