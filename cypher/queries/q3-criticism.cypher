// Q3. Criticism: who criticised whom, and where?
// Every CRITICISED fact whose target is the given entity or something that belongs to it
// (its inspections, its board or other parts), and whose critic is $critic; either may be null (both
// null: all criticism). From / to (ISO dates, each may be null) keep a criticism when the time it may
// fall in overlaps the range, as Q4: the date of the statement it was read from, else its article's.
// Oldest first, a page at a time: $skip rows left out, at most $limit returned.
// A focused question starts from its target or its critic (one index look-up) and reads only what
// points at it.
// Example:    :params {target: 'nsft', critic: null, from: null, to: null, skip: 0, limit: 100}
OPTIONAL MATCH (focus:Entity {id: $target})
OPTIONAL MATCH (by:Entity {id: $critic})
CALL {
  WITH focus, by
  // (the conditions on variables, not on the parameters alone, so that they are checked before every criticism is read)
  WITH focus, by, $target AS targetId, $critic AS criticId WHERE targetId IS NULL AND criticId IS NULL
  MATCH (critic)-[criticism:CRITICISED]->(target)
  RETURN critic, criticism, target
  UNION
  WITH focus, by
  WITH focus, by, $target AS targetId WHERE targetId IS NULL
  MATCH (by)-[criticism:CRITICISED]->(target)
  RETURN by AS critic, criticism, target
  UNION
  WITH focus, by
  MATCH (critic)-[criticism:CRITICISED]->(focus)
  RETURN critic, criticism, focus AS target
  UNION
  WITH focus, by
  MATCH (target)-[:INSPECTED|PART_OF|MEMBER_OF]->(focus)
  // its parts first, then who criticised each (else the planner may read every criticism on a small graph)
  WITH DISTINCT target
  MATCH (critic)-[criticism:CRITICISED]->(target)
  RETURN critic, criticism, target
}
WITH critic, criticism, target WHERE $critic IS NULL OR critic.id = $critic
// dates asked for: each criticism's own time, from its statement or else its article; none asked for: nothing read
CALL {
  WITH criticism
  WITH criticism WHERE $from IS NOT NULL OR $to IS NOT NULL
  MATCH (article:Article {id: criticism.article})
  OPTIONAL MATCH (statement:Statement {id: criticism.statement})
  WITH coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
       coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
  WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
    AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
  RETURN true AS inRange
  UNION
  WITH criticism
  WITH criticism WHERE $from IS NULL AND $to IS NULL
  RETURN true AS inRange
}
// ordered by the article's date as the fact carries it (articleSortDate); the page's articles and statements read last
WITH critic, criticism, target, coalesce(critic.name, critic.description) AS criticName
ORDER BY criticism.articleSortDate, criticName, critic.id, target.id, criticism.evidence
SKIP $skip LIMIT $limit
MATCH (article:Article {id: criticism.article})
OPTIONAL MATCH (statement:Statement {id: criticism.statement})
WITH critic, criticism, target, criticName, article, statement,
     coalesce(article.date, article.dateEarliest, article.dateLatest) AS articleDate
RETURN critic.id AS critic, criticName, labels(critic) AS criticKind,
       target.id AS target, coalesce(target.name, target.id) AS targetName, labels(target) AS targetKind, criticism.summary AS summary,
       statement.text AS statement, articleDate,
       article {article: article.id, .title, .publisher,
                articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                .datePrecision, evidence: criticism.evidence} AS source
ORDER BY criticism.articleSortDate, criticName, critic, target, criticism.evidence;
