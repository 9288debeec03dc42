package org.accountabilitygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the knowledge graph: an embedded Neo4j (unless {@code spring.neo4j.uri} points at a server),
 * the curated {@code cypher/} scripts loaded into it, and the web application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AccountabilityGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(AccountabilityGraphApplication.class, args);
	}
}
