// Every fact an article supports: each relationship it is the source of (REPORTED_IN left out),
// with both ends and the supporting sentence.
// Example:    :param article => 'article-d486f7aa'
MATCH (from)-[fact]->(to)
WHERE fact.article = $article AND type(fact) <> 'REPORTED_IN'
RETURN type(fact) AS fact, from.id AS from, coalesce(from.name, from.title, from.text, from.id) AS fromName, labels(from) AS fromKind,
       to.id AS to, coalesce(to.name, to.title, to.text, to.action, to.id) AS toName, labels(to) AS toKind,
       fact.evidence AS evidence, fact.ambiguity AS ambiguity
ORDER BY fact, from, to;
