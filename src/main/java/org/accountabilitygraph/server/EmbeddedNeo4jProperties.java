package org.accountabilitygraph.server;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded Neo4j listens and keeps its store ({@code graph.embedded.*}).
 *
 * @param listenAddress  the interface Bolt and HTTP bind to; loopback by default, as the embedded
 *                       database has authentication disabled
 * @param boltPort       the Bolt port (drivers, the Browser's connection)
 * @param httpPort       the HTTP port (the Neo4j Browser at {@code /browser/}, the query API)
 * @param dataDirectory  the store; deleting it only costs a reload from {@code cypher/}
 */
@ConfigurationProperties("graph.embedded")
public record EmbeddedNeo4jProperties(
		@DefaultValue("localhost") String listenAddress,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("7474") int httpPort,
		@DefaultValue("neo4j-data") Path dataDirectory) {

	public String boltUri() {
		return "bolt://" + listenAddress + ":" + boltPort;
	}

	public String browserUrl() {
		return "http://" + listenAddress + ":" + httpPort + "/browser/?preselectAuthMethod=NO_AUTH";
	}
}
