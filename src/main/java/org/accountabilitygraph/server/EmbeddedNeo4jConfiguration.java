package org.accountabilitygraph.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.accountabilitygraph.browser.NamedQueriesGuide;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default run: Neo4j in this JVM, with Bolt and HTTP (and so the Neo4j Browser) on the usual
 * ports. Only active when no external database is configured ({@link EmbeddedNeo4jCondition}).
 * Declaring our own {@link Driver} makes Spring Boot's Neo4j auto-configuration back off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties,
			@Value("${server.port:8080}") int serverPort) {
		ensureFree("Bolt", properties.listenAddress(), properties.boltPort(), "graph.embedded.bolt-port");
		ensureFree("HTTP", properties.listenAddress(), properties.httpPort(), "graph.embedded.http-port");
		log.info("Starting embedded Neo4j in {}", properties.dataDirectory().toAbsolutePath());
		// Once connected, the Browser opens the guide to the named queries that this application serves.
		var guide = serverPort > 0 ? "play http://localhost:" + serverPort + NamedQueriesGuide.PATH : null;
		return StoreGuard.open(properties.dataDirectory(), () -> EmbeddedNeo4j.start(properties.dataDirectory(),
				properties.listenAddress(), properties.boltPort(), properties.httpPort(), guide));
	}

	@Bean(destroyMethod = "close")
	Driver driver(DatabaseManagementService embeddedNeo4j, EmbeddedNeo4jProperties properties) {
		var driver = GraphDatabase.driver(properties.boltUri(), AuthTokens.none());
		driver.verifyConnectivity();
		return driver;
	}

	/** Fails before Neo4j starts, so a taken port gives one clear message and not a server stack trace. */
	private static void ensureFree(String connector, String host, int port, String property) {
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(host, port));
		}
		catch (IOException ex) {
			throw new PortInUseException(connector, port, property);
		}
	}
}
