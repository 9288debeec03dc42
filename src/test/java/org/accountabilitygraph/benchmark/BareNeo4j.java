package org.accountabilitygraph.benchmark;

import java.nio.file.Path;

import org.accountabilitygraph.server.EmbeddedNeo4j;

/**
 * The benchmark's reference: the same embedded Neo4j as the application (same version and settings,
 * Bolt and HTTP with the Browser), and nothing else. Arguments: store, Bolt port, HTTP port.
 */
public final class BareNeo4j {

	private BareNeo4j() {
	}

	public static void main(String[] args) throws InterruptedException {
		var http = new EmbeddedNeo4j.Http(Integer.parseInt(args[2]), null, "http://localhost:" + args[2], java.util.List.of());
		var dbms = EmbeddedNeo4j.start(Path.of(args[0]), "localhost", Integer.parseInt(args[1]), http, true);
		Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
		Thread.currentThread().join();
	}
}
