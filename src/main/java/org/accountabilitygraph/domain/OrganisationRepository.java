package org.accountabilitygraph.domain;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface OrganisationRepository extends Neo4jRepository<Organisation, String> {

	List<Organisation> findByNameIgnoreCase(String name);
}
