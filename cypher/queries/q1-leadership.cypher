// Q1. Leadership: who has led an organisation, in which role, and when?
// One row per person and role, ordered in time, each with the articles that attest it.
// A role's time (`when`) is its start date where the article gives one, otherwise the date of the
// earliest article that attests it (articles carry inferred dates; see :Article.dateReasoning).
// A date known only by a bound is written as an open interval: '../2015-12-31', '2019-11-06/..'.
// Example:    :params {organisation: 'nsft', sources: 20}
MATCH (person:Person)-[role:LEADS]->(organisation:Organisation {id: $organisation})
// start from the organisation, whatever the planner guesses on a small graph
USING INDEX SEEK organisation:Organisation(id)
// every attestation ordered by the date its fact carries (its article's: articleSortDate), no article read yet
WITH person, role, coalesce(role.startDate, role.articleSortDate) AS sortDate
ORDER BY sortDate, role.article
WITH person, role.role AS roleName, min(sortDate) AS sortDate, head(collect(role)) AS earliest,
     // the status the latest source gives; the first sources (as many as the sources parameter says), and how many
     last(collect(role.status)) AS status, count(*) AS attestations, collect(role)[..$sources] AS firsts
// then the articles of the earliest attestation and of the sources shown, and no others
CALL {
  WITH firsts
  UNWIND firsts AS first
  MATCH (article:Article {id: first.article})
  RETURN collect({role: first, article: article}) AS sources
}
MATCH (earliestArticle:Article {id: earliest.article})
RETURN person.id AS person, person.name AS name, roleName AS role,
       coalesce(earliest.startDate, earliestArticle.date,
                coalesce(earliestArticle.dateEarliest, '..') + '/' + coalesce(earliestArticle.dateLatest, '..')) AS when,
       status, attestations,
       [first IN sources | {article: first.article.id, title: first.article.title, publisher: first.article.publisher,
                            articleDate: coalesce(first.article.date,
                                                  coalesce(first.article.dateEarliest, '..') + '/' + coalesce(first.article.dateLatest, '..')),
                            datePrecision: first.article.datePrecision, evidence: first.role.evidence,
                            status: first.role.status, startDate: first.role.startDate, endDate: first.role.endDate}] AS sources
ORDER BY sortDate, name;
