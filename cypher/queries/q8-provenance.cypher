// Q8. Provenance: where does a fact come from?
// For a node: every article that reports it, and every relationship (fact) it takes part in,
// each with its article and supporting sentence. Give $other to keep only the facts between
// the two nodes. The reports first, then the facts by type; a page at a time: $skip rows left out,
// at most $limit returned.
// Example:    :params {id: 'norman-lamb', other: null, skip: 0, limit: 100}
MATCH (node:Entity {id: $id})
CALL {
  WITH node
  MATCH (node)-[fact]-(other)
  WHERE $other IS NULL OR other.id = $other
  RETURN type(fact) AS fact, startNode(fact) = node AS outgoing, other, fact.article AS article,
         fact.evidence AS evidence, fact.ambiguity AS ambiguity
}
WITH node, fact, outgoing, other, article, evidence, ambiguity
ORDER BY fact = 'REPORTED_IN' DESC, fact, article, other.id, evidence
SKIP $skip LIMIT $limit
MATCH (source:Article {id: article})
RETURN node.id AS id, fact, CASE WHEN outgoing THEN 'out' ELSE 'in' END AS direction,
       other.id AS other, coalesce(other.name, other.title, other.text, other.id) AS otherName, labels(other) AS otherKind,
       source.sourceFile AS sourceFile, ambiguity,
       source {article: source.id, .title, .publisher,
               articleDate: coalesce(source.date, coalesce(source.dateEarliest, '..') + '/' + coalesce(source.dateLatest, '..')),
               .datePrecision, evidence: evidence} AS source;
