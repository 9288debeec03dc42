package org.accountabilitygraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The run command's application, with its defaults but for free ports and a new store: the embedded
 * Neo4j with the data loaded, Bolt and the Browser over HTTP. Subclasses share one application (Spring
 * caches the context), so the scripts are loaded once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
abstract class EmbeddedApplication {

	static final int BOLT_PORT = freePort();
	static final int HTTP_PORT = freePort();
	static final int APP_PORT = freePort();
	static final Path STORE = newStore();

	@DynamicPropertySource
	static void embeddedNeo4j(DynamicPropertyRegistry registry) {
		registry.add("graph.embedded.bolt-port", () -> BOLT_PORT);
		registry.add("graph.embedded.http-port", () -> HTTP_PORT);
		registry.add("graph.embedded.data-directory", STORE::toString);
		registry.add("server.port", () -> APP_PORT);
	}

	/** The password the application generated for its store, read the way a user would: from the file. */
	static StorePassword password() {
		return StorePassword.read(STORE).orElseThrow(() -> new AssertionError("no password file in " + STORE));
	}

	/** A driver logged in as the store's owner. */
	static Driver owner() {
		var password = password();
		return GraphDatabase.driver("bolt://localhost:" + BOLT_PORT, AuthTokens.basic(password.user(), password.password()));
	}

	static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A new store under {@code target/}: it is open as long as Spring keeps the application, until the JVM ends, so
	 * no test can delete it; the next run deletes the last run's, and {@code ./mvnw clean} any.
	 */
	private static Path newStore() {
		var stores = Path.of("target", "embedded-application-stores");
		try {
			FileSystemUtils.deleteRecursively(stores);
			Files.createDirectories(stores);
			return Files.createTempDirectory(stores.toAbsolutePath(), "store");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
