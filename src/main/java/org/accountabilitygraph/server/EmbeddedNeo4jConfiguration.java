package org.accountabilitygraph.server;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The default run: Neo4j in this JVM ({@link EmbeddedNeo4jStart}), with Bolt and HTTP (and so the Neo4j
 * Browser) on the usual ports, authentication on with a password generated for the store
 * ({@link StorePassword}). Only active when no external database is configured
 * ({@link EmbeddedNeo4jCondition}). Declaring our own {@link Driver} makes Spring Boot's Neo4j
 * auto-configuration back off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	/** Made at once; it logs in when Neo4j has started ({@link StoreAuthentication}). */
	@Bean(destroyMethod = "close")
	Driver driver(EmbeddedNeo4jStart.Starting embeddedNeo4j, EmbeddedNeo4jProperties properties) {
		return GraphDatabase.driver(properties.boltUri(), new StoreAuthentication(embeddedNeo4j));
	}

	/** Reports a failed start of Neo4j as the application's failure, before anything else runs. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ApplicationRunner awaitEmbeddedNeo4j(EmbeddedNeo4jStart.Starting embeddedNeo4j) {
		return args -> embeddedNeo4j.await();
	}
}
