// Loading facts, step 1 of 4: take back what an earlier version of each article's file loaded, so that
// re-applying a corrected file leaves exactly its current content: every relationship the article sourced,
// then the entities that no article mentions any more.
// $articles is a list of articles, each {article, entities, facts}: one for the normal load (an article per
// transaction), many for a bulk load; the statements are the same, so Neo4j plans each once.
// In the Browser: :params (the output of tools/compile-article), then run steps 1 to 4 in order.
// The article is found through the :Entity index, which the loader makes before anything else.
UNWIND $articles AS load
CALL (load) {
  MATCH (article:Entity {id: load.article.id})<-[:REPORTED_IN {article: load.article.id}]-(n)
  WHERE article:Article
  WITH collect(n) AS mentioned
  CALL (mentioned, load) {
    UNWIND mentioned AS n
    MATCH (n)-[r {article: load.article.id}]-()
    WITH DISTINCT r
    DELETE r
  }
  UNWIND mentioned AS n
  WITH n WHERE NOT (n)-[:REPORTED_IN]->()
  DETACH DELETE n
};
