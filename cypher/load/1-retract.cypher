// Loading an article's facts, step 1 of 4: take back what an earlier version of its file loaded, so
// that re-applying a corrected file leaves exactly its current content: every relationship the article
// sourced, then the entities that no article mentions any more.
// In the Browser: :params (the output of tools/compile-article), then run steps 1 to 4 in order.
MATCH (:Article {id: $article.id})<-[:REPORTED_IN {article: $article.id}]-(n)
WITH collect(n) AS mentioned
CALL (mentioned) {
  UNWIND mentioned AS n
  MATCH (n)-[r {article: $article.id}]-()
  WITH DISTINCT r
  DELETE r
}
UNWIND mentioned AS n
WITH n WHERE NOT (n)-[:REPORTED_IN]->()
DETACH DELETE n;
