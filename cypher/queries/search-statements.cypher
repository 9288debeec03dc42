// Full-text search over what was said (index statement_text), best match first, with the speaker and the
// article it is reported in (title, date, and the sentence the statement was read from), a page at a time.
// $query is the Lucene query (SearchText writes it: every word exact, as a prefix or with a typo).
// Filters (each may be null): speaker (id), from / to (ISO dates, inclusive, as Q4: a statement is kept
// when the time it may fall in overlaps the range; without a date of its own it takes its article's).
// The index's best $hits matches are read (the cap), then filtered: $skip rows left out, at most $limit
// returned, so pages reach no further than the best $hits.
// Example:    :params {query: 'unsafe', hits: 1000, speaker: null, from: null, to: null, skip: 0, limit: 20}
CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $hits}) YIELD node, score
MATCH (speaker)-[said:SAID]->(node)
WHERE $speaker IS NULL OR speaker.id = $speaker
OPTIONAL MATCH (article:Article {id: said.article})
WITH node, score, speaker, said, article,
     coalesce(node.date, node.dateEarliest, article.date, article.dateEarliest) AS earliest,
     coalesce(node.date, node.dateLatest, article.date, article.dateLatest) AS latest
WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
RETURN node.id AS statement, node.kind AS kind, node.text AS text, speaker.id AS speaker,
       coalesce(speaker.name, speaker.description) AS speakerName, labels(speaker) AS speakerKind, said.article AS article,
       article {article: said.article, .title, .publisher,
                articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                .datePrecision, evidence: said.evidence} AS source,
       score
ORDER BY score DESC, statement, speaker
SKIP $skip LIMIT $limit;
