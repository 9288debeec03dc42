package org.accountabilitygraph.domain;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface InspectionRepository extends Neo4jRepository<Inspection, String> {

	List<Inspection> findByStatus(String status);
}
