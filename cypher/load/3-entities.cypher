// Loading facts, step 3 of 4: every entity each article mentions, with the properties derived from all the
// files that mention it and exactly the labels they give, linked to the article by the sentence that
// mentions it.
UNWIND $articles AS load
MATCH (a:Entity {id: load.article.id})
UNWIND load.entities AS e
MERGE (n:Entity {id: e.id})
SET n = e.properties, n:$(e.labels)
WITH a, n, e
REMOVE n:$([label IN labels(n) WHERE NOT label IN e.labels])
// (the article's sort date on the mention too, as on every fact: see FactSet.ARTICLE_SORT_DATE; and the entity's id
// with a sort key, by which the first articles that report a busy entity are read: see ListKeys)
CREATE (n)-[:REPORTED_IN {article: a.id, evidence: e.mentioned, articleSortDate: e.articleSortDate,
                          entity: e.id, sortKey: e.sortKey}]->(a);
