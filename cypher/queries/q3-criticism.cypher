// Q3. Criticism: who criticised whom, and where?
// Every CRITICISED fact whose target is the given entity or something that belongs to it
// (its inspections, its board or other parts); with $target null, all criticism.
// Parameters: target (id, or null for everyone).
// Example:    :param target => 'nsft'
MATCH (critic)-[criticism:CRITICISED]->(target)
WHERE $target IS NULL OR target.id = $target
   OR EXISTS { (target)-[:INSPECTED|PART_OF|MEMBER_OF]->({id: $target}) }
MATCH (article:Article {id: criticism.article})
OPTIONAL MATCH (statement:Statement {id: criticism.statement})
RETURN critic.id AS critic, coalesce(critic.name, critic.description) AS criticName, labels(critic) AS criticKind,
       target.id AS target, coalesce(target.name, target.id) AS targetName, labels(target) AS targetKind, criticism.summary AS summary,
       statement.text AS statement, article.id AS article,
       coalesce(article.date, article.dateEarliest, article.dateLatest) AS articleDate, criticism.evidence AS evidence
ORDER BY articleDate, criticName;
