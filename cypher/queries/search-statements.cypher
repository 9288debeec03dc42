// Full-text search over what was said (index statement_text), best match first, with the speaker and the
// article it is reported in (title, date, and the sentence the statement was read from).
// $query is the Lucene query (SearchText writes it: every word exact, as a prefix or with a typo).
// Example:    :params {query: 'unsafe', limit: 20}
CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $limit}) YIELD node, score
MATCH (speaker)-[said:SAID]->(node)
OPTIONAL MATCH (article:Article {id: said.article})
RETURN node.id AS statement, node.kind AS kind, node.text AS text, speaker.id AS speaker,
       coalesce(speaker.name, speaker.description) AS speakerName, labels(speaker) AS speakerKind, said.article AS article,
       article {article: said.article, .title, .publisher,
                articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                .datePrecision, evidence: said.evidence} AS source,
       score
ORDER BY score DESC, statement;
