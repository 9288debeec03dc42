package org.accountabilitygraph.load;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * neo4j-migrations marks a load in progress with a {@code __Neo4jMigrationsLock} node and removes it
 * when done, or from a JVM shutdown hook. A process killed (kill -9), or stopped while its
 * connection was already closed, leaves the node behind, and every later load then fails. In the
 * embedded store nobody else can hold it, since Neo4j locks the store folder for this one process;
 * on an external database another loader may, so there the user decides ({@link StaleLockException}).
 */
final class MigrationsLock {

	private static final Logger log = LoggerFactory.getLogger(MigrationsLock.class);

	private MigrationsLock() {
	}

	/** Before a load: removes a stale lock from a store this JVM owns, refuses to go on otherwise. */
	static void clearStale(Driver driver, boolean storeOwnedByThisProcess) {
		long locks = driver.executableQuery("MATCH (lock:__Neo4jMigrationsLock) RETURN count(lock) AS n").execute()
			.records().get(0).get("n").asLong();
		if (locks == 0) {
			return;
		}
		if (!storeOwnedByThisProcess) {
			throw new StaleLockException();
		}
		driver.executableQuery(StaleLockException.REMOVE_LOCK).execute();
		log.warn("Removed a stale neo4j-migrations lock left by a run that stopped while loading; loading goes on "
				+ "where it stopped (the script it was in was rolled back).");
	}
}
