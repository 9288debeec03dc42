// Q1. Leadership: who has led an organisation, in which role, and when?
// One row per person and role, ordered in time, each with the articles that attest it.
// A role's time (`when`) is its start date where the article gives one, otherwise the date of the
// earliest article that attests it (articles carry inferred dates; see :Article.dateReasoning).
// A date known only by a bound is written as an open interval: '../2015-12-31', '2019-11-06/..'.
// Example:    :params {organisation: 'nsft', sources: 20}
MATCH (person:Person)-[role:LEADS]->(organisation:Organisation {id: $organisation})
// start from the organisation, whatever the planner guesses on a small graph
USING INDEX SEEK organisation:Organisation(id)
MATCH (article:Article {id: role.article})
WITH person, role, article,
     coalesce(role.startDate, article.date, article.dateEarliest, article.dateLatest) AS sortDate,
     coalesce(role.startDate, article.date,
              coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')) AS when
ORDER BY sortDate, article.id
WITH person, role.role AS role, min(sortDate) AS sortDate, head(collect(when)) AS when,
     // the status the latest source gives; the first sources (as many as the sources parameter says), and how many
     last(collect(role.status)) AS status, count(*) AS attestations,
     collect({role: role, article: article})[..$sources] AS firsts
RETURN person.id AS person, person.name AS name, role, when, status, attestations,
       [first IN firsts | {article: first.article.id, title: first.article.title, publisher: first.article.publisher,
                           articleDate: coalesce(first.article.date,
                                                 coalesce(first.article.dateEarliest, '..') + '/' + coalesce(first.article.dateLatest, '..')),
                           datePrecision: first.article.datePrecision, evidence: first.role.evidence,
                           status: first.role.status, startDate: first.role.startDate, endDate: first.role.endDate}] AS sources
ORDER BY sortDate, name;
