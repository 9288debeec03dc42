// The MPs and ministers, with their constituencies (REPRESENTS), parties (MEMBER_OF) and offices (HOLDS_OFFICE).
// The graph of q5-politicians.cypher's answer.
MATCH (politician:Person)
WHERE politician:MP OR EXISTS { (politician)-[:HOLDS_OFFICE]->(:Office {ministerial: true}) }
OPTIONAL MATCH role = (politician)-[:REPRESENTS|MEMBER_OF|HOLDS_OFFICE]->(other)
WHERE other:Constituency OR other:Place OR other:PoliticalParty OR other:Office
RETURN politician, collect(role) AS roles;
