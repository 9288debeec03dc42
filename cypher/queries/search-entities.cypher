// Full-text search over the names and aliases of people, organisations, groups, offices and
// places (index entity_names), best match first. $query is Lucene syntax: 'Bellingham~' is fuzzy.
// Example:    :params {query: 'Bellingham~', limit: 10}
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, coalesce(node.name, node.description) AS name, labels(node) AS labels,
       node.aliases AS aliases, score
ORDER BY score DESC, name;
