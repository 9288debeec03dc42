package org.accountabilitygraph.domain;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface EventRepository extends Neo4jRepository<Event, String> {

	List<Event> findByKind(String kind);
}
