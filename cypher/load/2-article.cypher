// Loading an article's facts, step 2 of 4: the article itself (title, source file, inferred date).
MERGE (a:Entity {id: $article.id})
SET a = $article, a:Article;
