// The other facts among the nodes of a network (who criticised, led, inspected, called on whom ...),
// so the who-said-what picture also shows how its actors are related. Statements' own links and
// REPORTED_IN are left out. With $article, only that article's facts.
// Example:    :params {ids: ['nsft', 'cqc', 'cqc-inspection-nsft-2019', 'ted-baker'], article: null}
UNWIND $ids AS id
MATCH (from:Entity {id: id})-[fact]->(to)
WHERE to.id IN $ids AND NOT type(fact) IN ['SAID', 'ABOUT', 'ON_BEHALF_OF', 'REPORTED_IN']
  AND ($article IS NULL OR fact.article = $article)
RETURN from.id AS source, to.id AS target, type(fact) AS type, properties(fact) AS properties
ORDER BY type, source, target, properties.article, properties.evidence;
