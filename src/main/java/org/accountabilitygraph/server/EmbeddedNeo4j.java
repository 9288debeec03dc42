package org.accountabilitygraph.server;

import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.server.configuration.ServerSettings;

/** Builds an in-process Neo4j with Bolt, and optionally HTTP (with the Neo4j Browser). */
public final class EmbeddedNeo4j {

	private EmbeddedNeo4j() {
	}

	/**
	 * @param httpPort the HTTP port, or 0 for no HTTP connector
	 */
	public static DatabaseManagementService start(Path dataDirectory, String listenAddress, int boltPort,
			int httpPort) {
		return start(dataDirectory, listenAddress, boltPort, httpPort, null);
	}

	/**
	 * @param httpPort the HTTP port, or 0 for no HTTP connector
	 * @param browserPostConnectCommand a Browser command (without the colon) the Neo4j Browser runs once
	 *        connected, such as {@code play http://localhost:8080/guides/named-queries.html}; null for none
	 */
	public static DatabaseManagementService start(Path dataDirectory, String listenAddress, int boltPort,
			int httpPort, String browserPostConnectCommand) {
		var bolt = new SocketAddress(listenAddress, boltPort);
		var builder = new DatabaseManagementServiceBuilder(dataDirectory.toAbsolutePath())
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, bolt)
			// Discovery (GET / on the HTTP port) hands the Browser the advertised Bolt address.
			.setConfig(BoltConnector.advertised_address, bolt)
			.setConfig(HttpConnector.enabled, httpPort > 0);
		if (httpPort > 0) {
			var http = new SocketAddress(listenAddress, httpPort);
			builder.setConfig(HttpConnector.listen_address, http).setConfig(HttpConnector.advertised_address, http);
		}
		if (browserPostConnectCommand != null) {
			builder.setConfig(ServerSettings.browser_post_connect_cmd, browserPostConnectCommand);
		}
		return FastShutdown.configure(builder).build();
	}
}
