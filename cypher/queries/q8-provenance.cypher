// Q8. Provenance: where does a fact come from?
// For a node: every article that reports it, and every relationship (fact) it takes part in,
// each with its article and supporting sentence. Give $other to keep only the facts between
// the two nodes. The reports first (oldest article first), then the facts by type, article, other
// end and evidence; a page at a time: $skip rows left out, at most $limit returned.
// A busy node is reported in thousands of articles: its reports are read a page at a time from the
// index of its mentions' keys (cypher/MODEL.md, "Keys for lists"), and its other facts only when the
// page reaches past its reports.
// Example:    :params {id: 'norman-lamb', other: null, skip: 0, limit: 100}
MATCH (node:Entity {id: $id})
CALL (node) {
  // its reports, as far as the page reaches, in order from the index
  WITH node, $other AS otherId WHERE otherId IS NULL
  MATCH (node)-[fact:REPORTED_IN]->(other)
    USING INDEX fact:REPORTED_IN(entity, sortKey)
  WHERE fact.entity = $id AND fact.sortKey > ''
  WITH fact, other ORDER BY fact.entity, fact.sortKey LIMIT $skip + $limit
  RETURN fact, other, 0 AS part, [fact.sortKey, other.id, fact.evidence] AS tie
  UNION ALL
  // its other facts (and, for an article, the mentions it holds), when the page reaches past its reports; with
  // another node given, every fact between the two
  WITH node, $other AS otherId
  WHERE otherId IS NOT NULL OR COUNT { (node)-[:REPORTED_IN]->() } < $skip + $limit
  MATCH (node)-[fact]-(other)
  WHERE (otherId IS NULL OR other.id = otherId)
    AND (otherId IS NOT NULL OR NOT (type(fact) = 'REPORTED_IN' AND startNode(fact) = node))
  WITH fact, other,
       CASE type(fact) WHEN 'REPORTED_IN' THEN 0 ELSE 1 END AS part,
       CASE type(fact) WHEN 'REPORTED_IN' THEN [fact.sortKey, other.id, fact.evidence]
            ELSE [type(fact), fact.article, other.id, fact.evidence] END AS tie
  ORDER BY part, tie
  LIMIT $skip + $limit
  RETURN fact, other, part, tie
}
WITH node, fact, other, part, tie
ORDER BY part, tie
SKIP $skip LIMIT $limit
MATCH (source:Article {id: fact.article})
RETURN node.id AS id, type(fact) AS fact, CASE WHEN startNode(fact) = node THEN 'out' ELSE 'in' END AS direction,
       other.id AS other, coalesce(other.name, other.title, other.text, other.id) AS otherName, labels(other) AS otherKind,
       source.sourceFile AS sourceFile, fact.ambiguity AS ambiguity,
       source {article: source.id, .title, .publisher,
               articleDate: coalesce(source.date, coalesce(source.dateEarliest, '..') + '/' + coalesce(source.dateLatest, '..')),
               .datePrecision, evidence: fact.evidence} AS source;
