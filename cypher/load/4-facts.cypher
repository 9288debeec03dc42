// Loading an article's facts, step 4 of 4: every relationship it states, with its evidence and article.
UNWIND $facts AS f
MATCH (from:Entity {id: f.from}), (to:Entity {id: f.to})
CREATE (from)-[r:$(f.type)]->(to)
SET r = f.properties;
