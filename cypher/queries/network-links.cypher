// The other facts among the nodes of a network (who criticised, led, inspected, called on whom ...),
// so the who-said-what picture also shows how its actors are related. Statements' own links and
// REPORTED_IN are left out. With $article, only that article's facts.
// Example:    :params {ids: ['nsft', 'cqc', 'cqc-inspection-nsft-2019', 'ted-baker'], article: null}
UNWIND $ids AS id
// The type expression leaves the statements' links and the reports out before they are read: a busy
// trust has hundreds of thousands of them.
MATCH (from:Entity {id: id})-[fact:!SAID&!ABOUT&!ON_BEHALF_OF&!REPORTED_IN]->(to)
WHERE to.id IN $ids
  AND ($article IS NULL OR fact.article = $article)
RETURN from.id AS source, to.id AS target, type(fact) AS type, properties(fact) AS properties
ORDER BY type, source, target, properties.article, properties.evidence;
