// The loader's own schema, made before any article is loaded (and not a migration of its own, so stores
// loaded by earlier versions keep a valid migration history): every node the fact files load is an
// :Entity with a unique id, so the loader (and any look-up by id alone) finds it through one index,
// whatever its other labels.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
