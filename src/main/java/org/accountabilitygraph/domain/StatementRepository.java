package org.accountabilitygraph.domain;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface StatementRepository extends Neo4jRepository<Statement, String> {

	List<Statement> findByKind(String kind);
}
