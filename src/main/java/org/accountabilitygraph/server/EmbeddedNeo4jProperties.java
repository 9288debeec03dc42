package org.accountabilitygraph.server;

import java.nio.file.Path;

import org.accountabilitygraph.security.LocalAccess;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the embedded Neo4j listens and keeps its store ({@code graph.embedded.*}).
 *
 * @param listenAddress  the interface Bolt and HTTP bind to; {@code graph.listen-address}, loopback by default
 * @param boltPort       the Bolt port (drivers, the Browser's connection)
 * @param httpPort       the HTTP port (the Neo4j Browser at {@code /browser/}, the query API)
 * @param dataDirectory  the store, with its password file; deleting it only costs a reload from {@code cypher/}
 * @param pageCache      memory Neo4j keeps the store's pages in; a store bigger than it is read from disk on most
 *                       questions (the curated graph needs a few MB; a national one gigabytes)
 */
@ConfigurationProperties("graph.embedded")
public record EmbeddedNeo4jProperties(
		@DefaultValue("localhost") String listenAddress,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("7474") int httpPort,
		@DefaultValue("neo4j-data") Path dataDirectory,
		@DefaultValue("256MB") DataSize pageCache) {

	/** The name clients use: the listen address, or this machine's name when it listens everywhere. */
	public String host() {
		return LocalAccess.isWildcard(listenAddress) ? "localhost" : listenAddress;
	}

	public String boltUri() {
		return "bolt://" + host() + ":" + boltPort;
	}

	String httpOrigin() {
		return "http://" + host() + ":" + httpPort;
	}

	/** The Browser, with its connection form filled in but for the password. */
	public String browserUrl() {
		return httpOrigin() + "/browser/?dbms=neo4j://" + StorePassword.USER + "@" + host() + ":" + boltPort;
	}
}
