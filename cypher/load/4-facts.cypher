// Loading facts, step 4 of 4: every relationship each article states, with its evidence and article.
UNWIND $articles AS load
UNWIND load.facts AS f
MATCH (from:Entity {id: f.from}), (to:Entity {id: f.to})
CREATE (from)-[r:$(f.type)]->(to)
SET r = f.properties;
