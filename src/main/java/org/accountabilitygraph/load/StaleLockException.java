package org.accountabilitygraph.load;

import org.accountabilitygraph.startup.StartFailure;

/**
 * An external database holds neo4j-migrations' lock. Another loader may really be running there, so
 * it is never removed automatically: the user decides.
 */
public final class StaleLockException extends StartFailure {

	/** Deletes the lock; safe once no other loader runs against that database. */
	public static final String REMOVE_LOCK = "MATCH (lock:__Neo4jMigrationsLock) DELETE lock";

	StaleLockException() {
		super("Loading the graph did not start: the database holds a __Neo4jMigrationsLock node, so another copy of "
				+ "this application (or neo4j-migrations) is loading into it, or one was stopped while loading.",
				"If another loader is running, wait for it. Once you are sure none is, delete the lock in Cypher and "
						+ "start again:\n    " + REMOVE_LOCK,
				null);
	}
}
