// Stores loaded by earlier versions of the application (from Cypher scripts) have no :Entity label; the
// loader finds nodes through it, so such a store gets it once, on every node with an id. A store that
// has it already costs one look at its articles.
MATCH (article:Article) WHERE NOT article:Entity
WITH count(article) AS unlabelled WHERE unlabelled > 0
MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Entity AND none(label IN labels(n) WHERE label STARTS WITH '__')
SET n:Entity;
