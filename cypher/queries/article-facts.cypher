// Every fact an article supports: each relationship it is the source of (REPORTED_IN left out),
// with both ends and the supporting sentence. Read from the `fact_article` index (cypher/load/0-fact-index.cypher),
// so its work is bounded by what the article says, however many other articles the nodes at the facts' ends are in.
// Example:    :param article => 'article-d486f7aa'
MATCH (article:Article {id: $article})
CALL db.index.fulltext.queryRelationships('fact_article', '"' + article.id + '"') YIELD relationship AS fact
WITH article, fact WHERE fact.article = article.id
WITH fact, startNode(fact) AS from, endNode(fact) AS to
RETURN type(fact) AS fact, from.id AS from, coalesce(from.name, from.title, from.text, from.id) AS fromName, labels(from) AS fromKind,
       to.id AS to, coalesce(to.name, to.title, to.text, to.action, to.id) AS toName, labels(to) AS toKind,
       fact.evidence AS evidence, fact.ambiguity AS ambiguity
ORDER BY fact, from, to, evidence;
