// Q8. Provenance: where does a fact come from?
// For a node: every article that reports it, and every relationship (fact) it takes part in,
// each with its article and supporting sentence. Give $other to keep only the facts between
// the two nodes.
// Example:    :params {id: 'norman-lamb', other: null}
MATCH (node:Entity {id: $id})
CALL {
  WITH node
  MATCH (node)-[fact]-(other)
  WHERE $other IS NULL OR other.id = $other
  RETURN type(fact) AS fact, startNode(fact) = node AS outgoing, other, fact.article AS article,
         fact.evidence AS evidence, fact.ambiguity AS ambiguity
}
MATCH (source:Article {id: article})
RETURN node.id AS id, fact, CASE WHEN outgoing THEN 'out' ELSE 'in' END AS direction,
       other.id AS other, coalesce(other.name, other.title, other.text, other.id) AS otherName, labels(other) AS otherKind,
       article, source.sourceFile AS sourceFile, evidence, ambiguity
ORDER BY fact = 'REPORTED_IN' DESC, fact, article, other;
