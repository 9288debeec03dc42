// Loading facts, step 1 of 4: take back what an earlier version of each article's file loaded, so that
// re-applying a corrected file leaves exactly its current content: every relationship the article sourced,
// then the entities that no article mentions any more.
// $articles is a list of articles, each {article, entities, facts}: one for the normal load (an article per
// transaction). A bulk load, into an empty database, has nothing to take back and starts at step 2.
// In the Browser: :params (the output of tools/compile-article), then run steps 1 to 4 in order.
// The facts are found through the `fact_article` index (0-fact-index.cypher), the mentions from the article,
// which is found through the :Entity index: the work is the article's size, however shared its entities are.
UNWIND $articles AS load
CALL (load) {
  CALL db.index.fulltext.queryRelationships('fact_article', '"' + load.article.id + '"') YIELD relationship AS fact
  WITH fact WHERE fact.article = load.article.id
  DELETE fact
}
CALL (load) {
  MATCH (article:Entity {id: load.article.id})<-[mention:REPORTED_IN {article: load.article.id}]-(n)
  WHERE article:Article
  DELETE mention
  WITH DISTINCT n WHERE NOT (n)-[:REPORTED_IN]->()
  DETACH DELETE n
};
