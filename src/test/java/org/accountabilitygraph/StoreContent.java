package org.accountabilitygraph;

import java.nio.file.Path;

import org.accountabilitygraph.load.GraphContent;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * What a stopped application left in its store, read by opening the store in the test's JVM (no
 * connectors, so no login is involved, whatever the application's authentication).
 */
public record StoreContent(GraphContent content, long migrationLocks) {

	public static StoreContent of(Path store) {
		var service = new DatabaseManagementServiceBuilder(store.toAbsolutePath())
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(BoltConnector.enabled, false)
			.setConfig(HttpConnector.enabled, false)
			.build();
		try {
			var database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			long locks = database.executeTransactionally("MATCH (l:__Neo4jMigrationsLock) RETURN count(l) AS n",
					java.util.Map.of(), result -> (Long) result.next().get("n"));
			return new StoreContent(GraphContent.of(database), locks);
		}
		finally {
			service.shutdown();
		}
	}
}
