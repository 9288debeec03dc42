// The articles' ids, titles, publishers and dates (an interval such as ../2015-12-31 when only
// bounds are known): what an answer needs to cite its sources.
// Parameters: none.
MATCH (article:Article)
RETURN article.id AS id, article.title AS title, article.publisher AS publisher,
       coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')) AS date,
       article.datePrecision AS datePrecision;
