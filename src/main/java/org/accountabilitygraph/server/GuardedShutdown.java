package org.accountabilitygraph.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.DatabaseEventListener;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Neo4j, whose shutdown cannot hang the process. On a full disk Neo4j's shutdown
 * retries flushing its page cache forever ("flush without fail"): the JVM then spun at 100% CPU
 * and never exited. Shutdown runs on a thread of its own; if it has not ended in time, the store is
 * left as it is (Neo4j recovers it from its transaction log at the next start) and the process ends.
 */
final class GuardedShutdown implements DatabaseManagementService {

	private static final Logger log = LoggerFactory.getLogger(GuardedShutdown.class);

	/** A normal shutdown takes 1–3 s once {@link FastShutdown} applies. */
	private static final long TIMEOUT_SECONDS = 20;

	/** On a full disk the shutdown is known never to end: give up sooner. */
	private static final long FULL_DISK_TIMEOUT_SECONDS = 5;

	private final DatabaseManagementService neo4j;
	private final Path store;

	GuardedShutdown(DatabaseManagementService neo4j, Path store) {
		this.neo4j = neo4j;
		this.store = store;
	}

	@Override
	public void shutdown() {
		var done = new CountDownLatch(1);
		var thread = new Thread(() -> {
			try {
				neo4j.shutdown();
			}
			finally {
				done.countDown();
			}
		}, "neo4j-shutdown");
		thread.setDaemon(true);
		thread.start();
		long started = System.nanoTime();
		boolean noSpace = false;
		try {
			while (!done.await(500, TimeUnit.MILLISECONDS)) {
				long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
				noSpace = DiskFull.hasNoSpace(store);
				if (seconds >= TIMEOUT_SECONDS || noSpace && seconds >= FULL_DISK_TIMEOUT_SECONDS) {
					break;
				}
			}
			if (done.getCount() == 0) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.error("The embedded Neo4j did not stop within {} s ({}); ending the process. Neo4j recovers the store at the "
				+ "next start.", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
				noSpace ? "the disk holding " + store + " is full" : "is the disk holding " + store + " full?");
		// Stuck threads of Neo4j's would keep the JVM alive; halt, as exit would wait for them (and for us).
		Runtime.getRuntime().halt(noSpace ? 2 : 1);
	}

	@Override
	public GraphDatabaseService database(String name) {
		return neo4j.database(name);
	}

	@Override
	public void createDatabase(String name, org.neo4j.graphdb.config.Configuration configuration) {
		neo4j.createDatabase(name, configuration);
	}

	@Override
	public void dropDatabase(String name) {
		neo4j.dropDatabase(name);
	}

	@Override
	public void startDatabase(String name) {
		neo4j.startDatabase(name);
	}

	@Override
	public void shutdownDatabase(String name) {
		neo4j.shutdownDatabase(name);
	}

	@Override
	public List<String> listDatabases() {
		return neo4j.listDatabases();
	}

	@Override
	public void registerDatabaseEventListener(DatabaseEventListener listener) {
		neo4j.registerDatabaseEventListener(listener);
	}

	@Override
	public void unregisterDatabaseEventListener(DatabaseEventListener listener) {
		neo4j.unregisterDatabaseEventListener(listener);
	}

	@Override
	public void registerTransactionEventListener(String databaseName, TransactionEventListener<?> listener) {
		neo4j.registerTransactionEventListener(databaseName, listener);
	}

	@Override
	public void unregisterTransactionEventListener(String databaseName, TransactionEventListener<?> listener) {
		neo4j.unregisterTransactionEventListener(databaseName, listener);
	}
}
