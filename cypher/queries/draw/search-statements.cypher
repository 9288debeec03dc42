// The statements that match, best first, each with its speaker (SAID).
// The graph of search-statements.cypher's answer, with the same parameters.
CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $limit}) YIELD node
MATCH path = (speaker)-[:SAID]->(node)
RETURN path;
