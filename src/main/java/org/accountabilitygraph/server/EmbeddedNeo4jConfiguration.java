package org.accountabilitygraph.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;

import org.accountabilitygraph.browser.NamedQueriesGuide;
import org.accountabilitygraph.security.LocalAccess;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default run: Neo4j in this JVM, with Bolt and HTTP (and so the Neo4j Browser) on the usual
 * ports, authentication on with a password generated for the store ({@link StorePassword}). Only active
 * when no external database is configured ({@link EmbeddedNeo4jCondition}). Declaring our own
 * {@link Driver} makes Spring Boot's Neo4j auto-configuration back off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, LocalAccess access,
			@Value("${server.port:8080}") int serverPort) {
		ensureFree("Bolt", properties.listenAddress(), properties.boltPort(), "graph.embedded.bolt-port");
		ensureFree("HTTP", properties.listenAddress(), properties.httpPort(), "graph.embedded.http-port");
		log.info("Starting embedded Neo4j in {}", properties.dataDirectory().toAbsolutePath());
		return StoreGuard.open(properties.dataDirectory(), () -> EmbeddedNeo4j.start(properties.dataDirectory(),
				properties.listenAddress(), properties.boltPort(), browser(properties, access, serverPort), true));
	}

	@Bean
	StorePassword storePassword(DatabaseManagementService embeddedNeo4j, EmbeddedNeo4jProperties properties) {
		return StorePassword.read(properties.dataDirectory())
			.orElseGet(() -> StorePassword.create(properties.dataDirectory(), embeddedNeo4j));
	}

	@Bean(destroyMethod = "close")
	Driver driver(DatabaseManagementService embeddedNeo4j, EmbeddedNeo4jProperties properties, StorePassword password) {
		var driver = GraphDatabase.driver(properties.boltUri(), AuthTokens.basic(password.user(), password.password()));
		try {
			driver.verifyConnectivity();
		}
		catch (AuthenticationException ex) {
			// The file was edited or restored from elsewhere: the file is what the owner sees, so it wins.
			log.info("The database password did not match {}; setting it from that file.", password.file());
			password.applyTo(embeddedNeo4j);
			driver.verifyConnectivity();
		}
		return driver;
	}

	/**
	 * The Browser may talk to the Bolt port and to this application (which serves its guide), under the
	 * names this machine answers to, and nowhere else.
	 */
	private static EmbeddedNeo4j.Http browser(EmbeddedNeo4jProperties properties, LocalAccess access,
			int serverPort) {
		if (properties.httpPort() <= 0) {
			return null;
		}
		var sources = new ArrayList<String>();
		for (var host : access.hosts()) {
			var name = host.contains(":") ? "[" + host + "]" : host;
			sources.add("ws://" + name + ":" + properties.boltPort());
			if (serverPort > 0) {
				sources.add("http://" + name + ":" + serverPort);
			}
		}
		// Once connected, the Browser opens the guide to the named queries that this application serves.
		var guide = serverPort > 0 ? "play http://localhost:" + serverPort + NamedQueriesGuide.PATH : null;
		return new EmbeddedNeo4j.Http(properties.httpPort(), guide, properties.httpOrigin(), sources);
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
