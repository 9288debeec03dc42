// Every fact an article supports: each relationship it is the source of (REPORTED_IN left out),
// with both ends and the supporting sentence. Read from the nodes the article reports (and the article
// itself), so its work is bounded by what the article says.
// Example:    :param article => 'article-d486f7aa'
MATCH (article:Article {id: $article})
OPTIONAL MATCH (node)-[:REPORTED_IN]->(article)
WITH article, collect(node) + [article] AS nodes
UNWIND nodes AS from
MATCH (from)-[fact:!REPORTED_IN]->(to)
WHERE fact.article = article.id
RETURN type(fact) AS fact, from.id AS from, coalesce(from.name, from.title, from.text, from.id) AS fromName, labels(from) AS fromKind,
       to.id AS to, coalesce(to.name, to.title, to.text, to.action, to.id) AS toName, labels(to) AS toKind,
       fact.evidence AS evidence, fact.ambiguity AS ambiguity
ORDER BY fact, from, to, evidence;
