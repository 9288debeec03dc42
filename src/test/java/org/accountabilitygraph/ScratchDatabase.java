package org.accountabilitygraph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.harness.Neo4j;

/**
 * One in-process Neo4j per test JVM for tests that write and must start from an empty database, lent
 * to one test at a time and emptied before each: every node and relationship deleted, every
 * constraint and index dropped, so it is again exactly what a new database is (checked: no nodes, no
 * relationships, no constraints, and only the indexes a new database has). Starting a new database
 * for each such test took about 10 s; emptying this one takes a fraction of a second. Neo4j Community
 * has one user database, so it is emptied rather than dropped and created again.
 */
public final class ScratchDatabase implements AutoCloseable {

	private static final Semaphore LENT = new Semaphore(1);

	private static Neo4j neo4j;
	private static Driver driver;
	/** The indexes of the database as new (the node and relationship label and type look-ups). */
	private static List<Map<String, Object>> newIndexes;

	private boolean returned;

	private ScratchDatabase() {
	}

	/** The scratch database, empty, for this test alone until {@link #close()}; waits while another test has it. */
	public static ScratchDatabase borrow() {
		LENT.acquireUninterruptibly();
		try {
			start();
			var scratch = new ScratchDatabase();
			scratch.empty();
			return scratch;
		}
		catch (RuntimeException | Error ex) {
			LENT.release();
			throw ex;
		}
	}

	private static synchronized void start() {
		if (neo4j == null) {
			var started = LoadedGraph.newDatabase();
			driver = GraphDatabase.driver(started.boltURI(), AuthTokens.none());
			newIndexes = indexes(driver);
			neo4j = started;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				driver.close();
				neo4j.close();
			}, "scratch-database-close"));
		}
	}

	/** A driver for the scratch database; it stays open when the test ends (do not close it). */
	public Driver driver() {
		return driver;
	}

	public String boltUri() {
		return neo4j.boltURI().toString();
	}

	/** Empties the database again, as new, within the same test (for a second, fresh load). */
	public void empty() {
		if (returned) {
			throw new IllegalStateException("the scratch database was returned");
		}
		driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		for (var name : names("SHOW CONSTRAINTS YIELD name RETURN name")) {
			driver.executableQuery("DROP CONSTRAINT `" + name.replace("`", "``") + "`").execute();
		}
		for (var name : names("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) {
			driver.executableQuery("DROP INDEX `" + name.replace("`", "``") + "`").execute();
		}
		long nodes = count("MATCH (n) RETURN count(n) AS n");
		long relationships = count("MATCH ()-[r]->() RETURN count(r) AS n");
		long constraints = count("SHOW CONSTRAINTS YIELD name RETURN count(name) AS n");
		var indexes = indexes(driver);
		if (nodes != 0 || relationships != 0 || constraints != 0 || !indexes.equals(newIndexes)) {
			throw new IllegalStateException("The scratch database could not be emptied to a new one's state: " + nodes
					+ " nodes, " + relationships + " relationships, " + constraints + " constraints, indexes " + indexes
					+ " instead of " + newIndexes);
		}
	}

	private static List<Map<String, Object>> indexes(Driver driver) {
		return driver.executableQuery("""
				SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state
				RETURN name, type, entityType, labelsOrTypes, properties, state ORDER BY name""")
			.execute().records().stream().map(Record::asMap).toList();
	}

	private static List<String> names(String query) {
		return driver.executableQuery(query).execute().records().stream().map(r -> r.get("name").asString()).toList();
	}

	private static long count(String query) {
		return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
	}

	/** Gives the database back for the next test. */
	@Override
	public void close() {
		if (!returned) {
			returned = true;
			LENT.release();
		}
	}
}
