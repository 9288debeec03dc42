// Q9. Connections: how are two actors connected?
// The shortest chain of sourced facts between two entities, leaving out REPORTED_IN (which would
// link everything through the articles). Each step carries its article and evidence.
// Example:    :params {from: 'norman-lamb', to: 'zoe-billingham'}
MATCH (start:Entity {id: $from}), (end:Entity {id: $to})
MATCH path = shortestPath((start)-[*..10]-(end))
WHERE all(step IN relationships(path) WHERE type(step) <> 'REPORTED_IN')
RETURN [n IN nodes(path) | {id: n.id, name: coalesce(n.name, n.title, n.text, n.id), labels: labels(n)}] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
          source: COLLECT { MATCH (article:Article {id: r.article})
                            RETURN article {article: article.id, .title, .publisher, articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')), .datePrecision, evidence: r.evidence} }[0]}] AS steps,
       length(path) AS length;
