// Loading facts, step 2 of 4: each article itself (title, source file, inferred date).
UNWIND $articles AS load
MERGE (a:Entity {id: load.article.id})
SET a = load.article, a:Article;
