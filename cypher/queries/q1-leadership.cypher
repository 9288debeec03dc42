// Q1. Leadership: who has led an organisation, in which role, and when?
// One row per person and role, ordered in time, each with the articles that attest it.
// A role's time (`when`) is its start date where the article gives one, otherwise the date of the
// earliest article that attests it (articles carry inferred dates; see :Article.dateReasoning).
// A date known only by a bound is written as an open interval: '../2015-12-31', '2019-11-06/..'.
// Parameters: organisation (id).
// Example:    :param organisation => 'nsft'
MATCH (person:Person)-[role:LEADS]->(organisation:Organisation {id: $organisation})
MATCH (article:Article {id: role.article})
WITH person, role, article,
     coalesce(role.startDate, article.date, article.dateEarliest, article.dateLatest) AS sortDate,
     coalesce(role.startDate, article.date,
              coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')) AS when
ORDER BY sortDate, article.id
WITH person, role.role AS role, min(sortDate) AS sortDate, head(collect(when)) AS when,
     collect(article {article: article.id, .title, .publisher,
                      articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                      .datePrecision, evidence: role.evidence, status: role.status, startDate: role.startDate,
                      endDate: role.endDate}) AS sources
RETURN person.id AS person, person.name AS name, role, when, sources
ORDER BY sortDate, name;
