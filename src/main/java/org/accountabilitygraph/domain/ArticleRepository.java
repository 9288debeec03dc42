package org.accountabilitygraph.domain;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface ArticleRepository extends Neo4jRepository<Article, String> {

	List<Article> findByPublisher(String publisher);
}
