package org.accountabilitygraph.server;

import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Ctrl+C should stop the application in a few seconds, and Neo4j's defaults suit a shared server
 * instead: the Bolt server gives each of its two Netty thread groups a 5 s quiet period for late
 * tasks (10 s of every stop, measured), and shutdown waits up to 10 s for running transactions,
 * such as a script being loaded, to finish. Here the only clients are this JVM, a Browser tab and
 * the odd driver: an interrupted read is retried, an interrupted script is rolled back and loaded
 * again at the next start.
 */
final class FastShutdown {

	private FastShutdown() {
	}

	static DatabaseManagementServiceBuilder configure(DatabaseManagementServiceBuilder builder) {
		return builder.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1));
	}
}
