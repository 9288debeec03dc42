// The other facts among the nodes of a network (who criticised, led, inspected, called on whom ...),
// so the who-said-what picture also shows how its actors are related. Statements' own links and
// REPORTED_IN are left out. With $article, only that article's facts.
// One row per pair and relation: how many relationships of that type link the two (`attestations`: one per
// article that states it, or more, as an inspection's rating per domain), and the first $perLink of them (oldest
// article first), each with its properties. A trust's leader is "led" in thousands of articles on a national
// graph; the drawing needs a few of them and the count.
// Example:    :params {ids: ['nsft', 'cqc', 'cqc-inspection-nsft-2019', 'ted-baker'], article: null, perLink: 20}
UNWIND $ids AS id
// The relations are listed (every one of cypher/MODEL.md but SAID, ABOUT, ON_BEHALF_OF and REPORTED_IN), so that
// a busy node's statements and reports are not read at all: a trust has hundreds of thousands of them.
MATCH (from:Entity {id: id})-[fact:LEADS|HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|REPRESENTS|PART_OF|MADE_IN|CRITICISED|CALLED_FOR|ADDRESSED_TO|CONCERNS|CONDUCTED|INSPECTED|RATED|REQUIRED|FOLLOWED|DECIDED|RECOMMENDED|ORGANISED|ATTENDED|CHAIRED|WROTE|SIGNED|SENT_TO|DIED_IN|ESTABLISHED|TOOK_PLACE_AT|INVOLVED|PUBLISHED|REPORTED_ON]->(to)
// (from each id, whatever the planner guesses on a small graph: it has scanned every entity there)
USING INDEX SEEK from:Entity(id)
WHERE to.id IN $ids
  AND ($article IS NULL OR fact.article = $article)
WITH from.id AS source, to.id AS target, type(fact) AS type, fact
ORDER BY fact.articleSortDate, fact.article
WITH source, target, type, collect(fact) AS facts
RETURN source, target, type, size(facts) AS attestations, [fact IN facts[..$perLink] | properties(fact)] AS attested
ORDER BY type, source, target;
