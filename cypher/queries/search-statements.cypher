// Full-text search over what was said (index statement_text), best match first, with the speaker.
// Example:    :params {query: 'unsafe', limit: 20}
CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $limit}) YIELD node, score
MATCH (speaker)-[said:SAID]->(node)
RETURN node.id AS statement, node.text AS text, speaker.id AS speaker,
       coalesce(speaker.name, speaker.description) AS speakerName, labels(speaker) AS speakerKind, said.article AS article, score
ORDER BY score DESC, statement;
