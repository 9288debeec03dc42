// Q3. Criticism: who criticised whom, and where?
// Every CRITICISED fact whose target is the given entity or something that belongs to it
// (its inspections, its board or other parts), and whose critic is $critic; either may be null (both
// null: all criticism). From / to (ISO dates, each may be null) keep a criticism when the time it may
// fall in overlaps the range, as Q4: the date of the statement it was read from, else its article's.
// Oldest first by that time, then article, critic, target and the fact's place in its article; a page at a
// time: $skip rows left out, at most $limit returned.
// A focused question reads the criticisms of its target (and of each of its parts), or of its critic, from the
// index of their keys (see cypher/MODEL.md, "Keys for lists"), in order: a page reads about a page of each.
// Example:    :params {target: 'nsft', critic: null, from: null, to: null, skip: 0, limit: 100}
CALL {
  // (the condition on variables, not on the parameters alone, so that it is checked before every criticism is read)
  WITH $target AS targetId, $critic AS criticId WHERE targetId IS NULL AND criticId IS NULL
  MATCH (critic)-[criticism:CRITICISED]->(target)
  RETURN critic, criticism, target
  UNION
  // one critic's criticisms whose sort date is in the range (every one when none is given), the page's first;
  // ordered by both keys of the index, the first a constant here, so that the index gives the order and the reading stops
  WITH $target AS targetId, $critic AS criticId WHERE targetId IS NULL AND criticId IS NOT NULL
  MATCH (critic)-[criticism:CRITICISED]->(target)
    USING INDEX criticism:CRITICISED(critic, sortKey)
  WHERE criticism.critic = criticId
    AND criticism.sortKey >= coalesce($from, '') AND criticism.sortKey < coalesce($to + '~', '~~')
  WITH critic, criticism, target ORDER BY criticism.critic, criticism.sortKey LIMIT $skip + $limit
  RETURN critic, criticism, target
  UNION
  // with a range, its criticisms whose time is not one day, whose period may overlap the range from outside it
  WITH $target AS targetId, $critic AS criticId
  WHERE targetId IS NULL AND criticId IS NOT NULL AND ($from IS NOT NULL OR $to IS NOT NULL)
  MATCH (critic)-[criticism:CRITICISED]->(target)
    USING INDEX criticism:CRITICISED(critic, spansDates)
  WHERE criticism.critic = criticId AND criticism.spansDates = true
  RETURN critic, criticism, target
  UNION
  // the criticisms of the target and of each of its parts, the same two ways for each
  WITH $target AS targetId WHERE targetId IS NOT NULL
  OPTIONAL MATCH (part)-[:INSPECTED|PART_OF|MEMBER_OF]->(:Entity {id: targetId})
  WITH targetId, collect(DISTINCT part.id) AS parts
  UNWIND [targetId] + parts AS targetOrPart
  CALL (targetOrPart) {
    MATCH (critic)-[criticism:CRITICISED]->(target)
      USING INDEX criticism:CRITICISED(target, sortKey)
    WHERE criticism.target = targetOrPart
      AND criticism.sortKey >= coalesce($from, '') AND criticism.sortKey < coalesce($to + '~', '~~')
      AND ($critic IS NULL OR criticism.critic = $critic)
    WITH critic, criticism, target ORDER BY criticism.target, criticism.sortKey LIMIT $skip + $limit
    RETURN critic, criticism, target
    UNION
    WITH targetOrPart, $from AS fromDate, $to AS toDate WHERE fromDate IS NOT NULL OR toDate IS NOT NULL
    MATCH (critic)-[criticism:CRITICISED]->(target)
      USING INDEX criticism:CRITICISED(target, spansDates)
    WHERE criticism.target = targetOrPart AND criticism.spansDates = true
      AND ($critic IS NULL OR criticism.critic = $critic)
    RETURN critic, criticism, target
  }
  RETURN critic, criticism, target
}
// each criticism's own time: its statement's date or bounds, else its article's
MATCH (article:Article {id: criticism.article})
OPTIONAL MATCH (statement:Statement {id: criticism.statement})
WITH critic, criticism, target, article, statement,
     coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
     coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
// oldest first by the sortKey the loader wrote (the sort date, the article, critic, target and place)
WITH critic, criticism, target, article, statement, coalesce(critic.name, critic.description) AS criticName,
     coalesce(article.date, article.dateEarliest, article.dateLatest) AS articleDate
ORDER BY criticism.sortKey
SKIP $skip LIMIT $limit
RETURN critic.id AS critic, criticName, labels(critic) AS criticKind,
       target.id AS target, coalesce(target.name, target.id) AS targetName, labels(target) AS targetKind, criticism.summary AS summary,
       statement.text AS statement, articleDate,
       article {article: article.id, .title, .publisher,
                articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                .datePrecision, evidence: criticism.evidence} AS source
ORDER BY criticism.sortKey;
