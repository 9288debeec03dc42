// Full-text search over the names and aliases of people, organisations, groups, offices and places
// (index entity_names), best match first: the exact name, then an exact alias (acronyms such as 'NSFT' and
// 'CQC' are aliases), then a name or alias with every word typed as a whole word ('Lamb': Norman Lamb), then
// as the start of a word ('norm lamb'), then the rest, which Lucene found with a typo ('Billinghm').
// Within each, Lucene's score, then the name. Case and punctuation do not count.
// $query is the Lucene query (SearchText writes it: every word exact, as a prefix or with a typo), $words
// the words typed, in lower case. Lucene's best 100 are ranked, so an exact name or alias that 100 other
// names outscore is missed; the curated graph has 66 names in all.
// Example:    :params {query: '(nsft^3 OR nsft* OR nsft~1)', words: ['nsft'], limit: 10}
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 100}) YIELD node, score
WITH node, score, coalesce(node.name, node.description) AS name
// each name as its words: the name first, then the aliases
WITH node, score, name,
     [text IN [name] + coalesce(node.aliases, []) |
       [word IN split(toLower(text), [' ', '-', '–', '—', '.', ',', '\'', '’', '‘', '"', '“', '”', '(', ')', '/', '&', ':', ';', '!', '?'])
        WHERE word <> '']] AS names
WITH node, score, name, CASE
       WHEN names[0] = $words THEN 0
       WHEN $words IN names[1..] THEN 1
       WHEN any(words IN names WHERE all(typed IN $words WHERE typed IN words)) THEN 2
       WHEN any(words IN names WHERE all(typed IN $words WHERE any(word IN words WHERE word STARTS WITH typed))) THEN 3
       ELSE 4 END AS rank
RETURN node.id AS id, name, labels(node) AS labels, node.aliases AS aliases,
       ['name', 'alias', 'words', 'prefix', 'typo'][rank] AS match, score
ORDER BY rank, score DESC, name
LIMIT $limit;
