// Q1. Leadership: who has led an organisation, in which role, and when?
// One row per person and role, ordered in time, each with the articles that attest it.
// A role's time is its start date where the article gives one, otherwise the date of the
// earliest article that attests it (articles carry inferred dates; see :Article.dateReasoning).
// Parameters: organisation (id).
// Example:    :param organisation => 'nsft'
MATCH (person:Person)-[role:LEADS]->(organisation:Organisation {id: $organisation})
MATCH (article:Article {id: role.article})
WITH person, role, article,
     coalesce(role.startDate, article.date, article.dateEarliest, article.dateLatest) AS sortDate
ORDER BY sortDate
WITH person, role.role AS role, min(sortDate) AS since,
     collect({article: article.id, articleDate: coalesce(article.date, article.dateEarliest, article.dateLatest),
              datePrecision: article.datePrecision, status: role.status, startDate: role.startDate,
              endDate: role.endDate, evidence: role.evidence}) AS sources
RETURN person.id AS person, person.name AS name, role, since, sources
ORDER BY since, name;
