// The organisation and everyone who has led it (LEADS, one per role and article).
// The graph of q1-leadership.cypher's answer, with the same parameters.
MATCH path = (:Person)-[:LEADS]->(:Organisation {id: $organisation})
RETURN path;
