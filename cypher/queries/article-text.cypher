// An article as it is read: its properties, the nodes it reports and the facts it supports.
// Every node the article reports comes with the sentence that mentions it (the REPORTED_IN evidence), and
// every fact (each relationship whose `article` it is) with both ends' ids and its properties, evidence
// included. The Java API adds the article's text and where each evidence is in it. The mentions are read from
// the article node, the facts from the `fact_article` index (cypher/load/0-fact-index.cypher): its work is bounded
// by what the article says, however many other articles the nodes at the facts' ends are in.
// Example:    :param article => 'article-d486f7aa'
MATCH (article:Article {id: $article})
CALL {
  WITH article
  OPTIONAL MATCH (node)-[mention:REPORTED_IN]->(article)
  WITH node, mention ORDER BY node.id
  RETURN collect(CASE WHEN node IS NULL THEN NULL ELSE
           {id: node.id, labels: labels(node), properties: properties(node), evidence: mention.evidence,
            name: coalesce(node.name, node.description, node.action, node.text, node.title, node.id)} END) AS mentions
}
CALL {
  WITH article
  CALL db.index.fulltext.queryRelationships('fact_article', '"' + article.id + '"') YIELD relationship AS fact
  WITH fact WHERE fact.article = article.id
  WITH type(fact) AS type, startNode(fact).id AS from, endNode(fact).id AS to, properties(fact) AS properties
  ORDER BY type, from, to, properties.evidence, properties.domain, properties.role, properties.rating,
           properties.status, properties.summary, properties.note
  RETURN collect({type: type, from: from, to: to, properties: properties}) AS facts
}
RETURN properties(article) AS article, mentions, facts;
