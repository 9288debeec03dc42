// The articles, oldest first, a page at a time ($skip rows left out, at most $limit returned), or only
// $article; with how many nodes each reports and how many facts (relationships other than
// REPORTED_IN) it supports (`factCount`, which the loader sets from the article's fact file).
// Example:    :params {article: null, skip: 0, limit: 100}
CALL {
  // the page, and those before it, read in order from the index of the articles' sortKey (date, then id)
  WITH $article AS only WHERE only IS NULL
  MATCH (article:Article) USING INDEX article:Article(sortKey)
  WHERE article.sortKey > ''
  WITH article ORDER BY article.sortKey LIMIT $skip + $limit
  RETURN article
  UNION
  MATCH (article:Article {id: $article})
  RETURN article
}
// (sortKey: the first of date, dateEarliest and dateLatest, '~' when none, then the id; see cypher/MODEL.md)
WITH article ORDER BY article.sortKey
SKIP $skip LIMIT $limit
RETURN article.id AS id, article.title AS title, article.publisher AS publisher,
       article.date AS date, article.datePrecision AS datePrecision, article.dateEarliest AS dateEarliest,
       article.dateLatest AS dateLatest, article.dateReasoning AS dateReasoning, article.sourceFile AS sourceFile,
       COUNT { (article)<-[:REPORTED_IN]-() } AS nodes, article.factCount AS facts;
