// Q5. Politicians: which MPs and ministers appear, for which constituency and party, in what role?
// MPs, and anyone holding a ministerial office (Office.ministerial), with every constituency,
// party and office the articles give them, each with its source.
// Parameters: none.
MATCH (politician:Person)
WHERE politician:MP OR EXISTS { (politician)-[:HOLDS_OFFICE]->(:Office {ministerial: true}) }
OPTIONAL MATCH (politician)-[represents:REPRESENTS]->(seat)
WITH politician, collect(DISTINCT {id: seat.id, name: seat.name, article: represents.article,
                                    evidence: represents.evidence}) AS seats
OPTIONAL MATCH (politician)-[member:MEMBER_OF]->(party:PoliticalParty)
WITH politician, seats, collect(DISTINCT {id: party.id, name: party.name, article: member.article,
                                           evidence: member.evidence}) AS parties
OPTIONAL MATCH (politician)-[holds:HOLDS_OFFICE]->(office:Office)
WITH politician, seats, parties,
     collect(DISTINCT {id: office.id, name: office.name, status: holds.status, asOf: holds.asOf,
                       article: holds.article, evidence: holds.evidence}) AS offices
RETURN politician.id AS politician, politician.name AS name, politician:MP AS mp,
       [s IN seats WHERE s.id IS NOT NULL] AS constituencies,
       [p IN parties WHERE p.id IS NOT NULL] AS parties,
       [o IN offices WHERE o.id IS NOT NULL] AS offices
ORDER BY name;
