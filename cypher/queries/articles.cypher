// Every article, oldest first, with how many nodes it reports and how many facts (relationships
// other than REPORTED_IN) it supports.
// Parameters: none.
OPTIONAL MATCH ()-[fact]->()
WHERE fact.article IS NOT NULL AND type(fact) <> 'REPORTED_IN'
WITH fact.article AS id, count(fact) AS facts
WITH collect([id, facts]) AS factCounts
MATCH (article:Article)
RETURN article.id AS id, article.title AS title, article.publisher AS publisher,
       article.date AS date, article.datePrecision AS datePrecision, article.dateEarliest AS dateEarliest,
       article.dateLatest AS dateLatest, article.dateReasoning AS dateReasoning, article.sourceFile AS sourceFile,
       COUNT { (article)<-[:REPORTED_IN]-() } AS nodes,
       coalesce(head([c IN factCounts WHERE c[0] = article.id | c[1]]), 0) AS facts
ORDER BY coalesce(article.date, article.dateEarliest, article.dateLatest), id;
