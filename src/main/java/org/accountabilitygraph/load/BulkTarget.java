package org.accountabilitygraph.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Where {@link BulkLoader} writes: a store opened in this JVM (no connector, no serialisation of the parameters:
 * the fastest way to fill a new store), or any Neo4j a driver reaches.
 */
public interface BulkTarget extends AutoCloseable {

	/** Nodes and relationships a write created. */
	record Written(long nodes, long relationships) {
		Written plus(Written other) {
			return new Written(nodes + other.nodes, relationships + other.relationships);
		}
	}

	/** Runs one statement in a transaction of its own (schema statements need one each). */
	void run(String statement);

	/** Runs {@code statements} in order, with the same parameters, in one transaction. */
	Written write(List<String> statements, Map<String, Object> parameters);

	/** How many nodes the database holds. */
	long nodeCount();

	@Override
	void close();

	/**
	 * The store in {@code directory} (a Neo4j home, as the application's {@code graph.embedded.data-directory}),
	 * made when missing, opened in this JVM without connectors.
	 * @param pageCache bytes of page cache
	 */
	static BulkTarget embedded(Path directory, long pageCache) {
		var service = new DatabaseManagementServiceBuilder(directory.toAbsolutePath())
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(BoltConnector.enabled, false)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
			// A new store can be loaded again from its files: keep no transaction logs beyond what recovery needs
			// (they would be larger than the store itself, 4.4 GB beside 3.3 GB for 200,000 articles).
			.setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
			.build();
		return new Embedded(service, service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
	}

	/** Any Neo4j the driver reaches; the driver stays open (its owner closes it). */
	static BulkTarget of(Driver driver) {
		return new Remote(driver);
	}

	/** A store opened in this JVM. */
	record Embedded(DatabaseManagementService service, GraphDatabaseService database) implements BulkTarget {

		@Override
		public void run(String statement) {
			database.executeTransactionally(statement);
		}

		@Override
		public Written write(List<String> statements, Map<String, Object> parameters) {
			long nodes = 0;
			long relationships = 0;
			try (var tx = database.beginTx()) {
				for (var statement : statements) {
					try (var result = tx.execute(statement, parameters)) {
						result.accept(row -> true);
						var statistics = result.getQueryStatistics();
						nodes += statistics.getNodesCreated();
						relationships += statistics.getRelationshipsCreated();
					}
				}
				tx.commit();
			}
			return new Written(nodes, relationships);
		}

		@Override
		public long nodeCount() {
			return database.executeTransactionally("MATCH (n) RETURN count(n) AS n", Map.of(),
					result -> (Long) result.next().get("n"));
		}

		@Override
		public void close() {
			service.shutdown();
		}
	}

	/** Through the driver: the same statements, over Bolt. */
	record Remote(Driver driver) implements BulkTarget {

		@Override
		public void run(String statement) {
			driver.executableQuery(statement).execute();
		}

		@Override
		public Written write(List<String> statements, Map<String, Object> parameters) {
			try (var session = driver.session()) {
				return session.executeWrite(tx -> {
					var written = new Written(0, 0);
					for (var statement : statements) {
						var counters = tx.run(statement, parameters).consume().counters();
						written = written.plus(new Written(counters.nodesCreated(), counters.relationshipsCreated()));
					}
					return written;
				});
			}
		}

		@Override
		public long nodeCount() {
			return driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
		}

		@Override
		public void close() {
		}
	}
}
