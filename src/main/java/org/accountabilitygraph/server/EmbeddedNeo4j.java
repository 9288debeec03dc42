package org.accountabilitygraph.server;

import java.nio.file.Path;
import java.util.List;

import inet.ipaddr.IPAddressString;
import org.accountabilitygraph.security.LocalAccess;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Builds an in-process Neo4j with Bolt, and optionally HTTP (with the Neo4j Browser), closed to what a
 * hostile web page could do through it: Cypher cannot read local files or fetch URLs, the Browser gets
 * a content security policy that lets it talk only to this machine's own services, and no usage data
 * is sent anywhere.
 */
public final class EmbeddedNeo4j {

	private EmbeddedNeo4j() {
	}

	/**
	 * What the HTTP connector serves to the Neo4j Browser.
	 *
	 * @param port               the HTTP port
	 * @param postConnectCommand Browser commands (without their colons, separated by semicolons) the Browser
	 *                           runs once connected, such as {@code guide http://localhost:8080/guides/named-queries.html};
	 *                           null for none
	 * @param origin             the Browser's own origin ({@code http://localhost:7474}), the only one
	 *                           Neo4j's HTTP API answers cross-origin
	 * @param connectSources     where the Browser may connect besides its own origin (the Bolt WebSocket,
	 *                           the application serving the guide), for its content security policy
	 */
	/** Enough for the curated graph many times over, small enough to leave the machine its memory. */
	public static final long DEFAULT_PAGE_CACHE = 256L * 1024 * 1024;

	public record Http(int port, String postConnectCommand, String origin, List<String> connectSources) {
	}

	/**
	 * A database with Bolt only and authentication off: for short-lived tools on a random port.
	 */
	public static DatabaseManagementService start(Path dataDirectory, String listenAddress, int boltPort) {
		return start(dataDirectory, listenAddress, boltPort, null, false);
	}

	/**
	 * @param http           the HTTP connector and Browser, or null for none
	 * @param authentication whether clients must log in (users live in the store's system database)
	 */
	public static DatabaseManagementService start(Path dataDirectory, String listenAddress, int boltPort, Http http,
			boolean authentication) {
		return start(dataDirectory, listenAddress, boltPort, http, authentication, DEFAULT_PAGE_CACHE);
	}

	/** @param pageCache bytes of page cache: a store larger than the default is read from disk on most queries */
	public static DatabaseManagementService start(Path dataDirectory, String listenAddress, int boltPort, Http http,
			boolean authentication, long pageCache) {
		var bolt = new SocketAddress(listenAddress, boltPort);
		var builder = new DatabaseManagementServiceBuilder(dataDirectory.toAbsolutePath())
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(ServerSettings.allow_telemetry, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, authentication)
			// LOAD CSV may neither read this machine's files nor make it fetch any address.
			.setConfig(GraphDatabaseSettings.allow_file_urls, false)
			.setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
					List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
			.setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, bolt)
			// Discovery (GET / on the HTTP port) hands the Browser the advertised Bolt address.
			.setConfig(BoltConnector.advertised_address, advertised(listenAddress, boltPort))
			.setConfig(HttpConnector.enabled, http != null);
		if (http != null) {
			builder.setConfig(HttpConnector.listen_address, new SocketAddress(listenAddress, http.port()))
				.setConfig(HttpConnector.advertised_address, advertised(listenAddress, http.port()))
				.setConfig(ServerSettings.http_access_control_allow_origin, http.origin())
				.setConfig(ServerSettings.http_static_content_security_policy, contentSecurityPolicy(http));
			if (http.postConnectCommand() != null) {
				builder.setConfig(ServerSettings.browser_post_connect_cmd, http.postConnectCommand());
			}
		}
		return FastShutdown.configure(builder).build();
	}

	/**
	 * Neo4j's default policy lets the Browser load scripts, fonts and images from the internet and send
	 * data to analytics services; this one allows only this machine's own services, so it works offline
	 * and tells nobody what is being investigated.
	 */
	static String contentSecurityPolicy(Http http) {
		var own = String.join(" ", http.connectSources());
		return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
				+ "img-src 'self' data: " + own + "; connect-src 'self' " + own + "; worker-src 'self' blob:; "
				+ "base-uri 'none'; object-src 'none'; frame-ancestors 'none'";
	}

	/** A wildcard listen address cannot be advertised: clients are told this machine's name instead. */
	static SocketAddress advertised(String listenAddress, int port) {
		return new SocketAddress(LocalAccess.isWildcard(listenAddress) ? LocalAccess.machineName() : listenAddress,
				port);
	}
}
