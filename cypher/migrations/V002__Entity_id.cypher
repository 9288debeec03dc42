// Every node the fact files load is an :Entity with a unique id, so the loader (and any look-up by id
// alone) finds it through one index, whatever its other labels.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
