// Q3. Criticism: who criticised whom, and where?
// Every CRITICISED fact whose target is the given entity or something that belongs to it
// (its inspections, its board or other parts); with $target null, all criticism. Oldest first, a page
// at a time: $skip rows left out, at most $limit returned.
// A focused question starts from its target (one index look-up) and reads only what points at it.
// Example:    :params {target: 'nsft', skip: 0, limit: 100}
OPTIONAL MATCH (focus:Entity {id: $target})
CALL {
  WITH focus
  // (the condition on a variable, not on the parameter alone, so that it is checked before every criticism is read)
  WITH focus, $target AS everyone WHERE everyone IS NULL
  MATCH (critic)-[criticism:CRITICISED]->(target)
  RETURN critic, criticism, target
  UNION
  WITH focus
  MATCH (critic)-[criticism:CRITICISED]->(focus)
  RETURN critic, criticism, focus AS target
  UNION
  WITH focus
  MATCH (target)-[:INSPECTED|PART_OF|MEMBER_OF]->(focus)
  // its parts first, then who criticised each (else the planner may read every criticism on a small graph)
  WITH DISTINCT target
  MATCH (critic)-[criticism:CRITICISED]->(target)
  RETURN critic, criticism, target
}
MATCH (article:Article {id: criticism.article})
WITH critic, criticism, target, article, coalesce(critic.name, critic.description) AS criticName,
     coalesce(article.date, article.dateEarliest, article.dateLatest) AS articleDate
ORDER BY articleDate, criticName, critic.id, target.id, criticism.evidence
SKIP $skip LIMIT $limit
OPTIONAL MATCH (statement:Statement {id: criticism.statement})
RETURN critic.id AS critic, criticName, labels(critic) AS criticKind,
       target.id AS target, coalesce(target.name, target.id) AS targetName, labels(target) AS targetKind, criticism.summary AS summary,
       statement.text AS statement, articleDate,
       article {article: article.id, .title, .publisher,
                articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                .datePrecision, evidence: criticism.evidence} AS source;
