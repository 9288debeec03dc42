package org.accountabilitygraph.load;

/** The application is shutting down (Ctrl+C, SIGTERM) while loading; the script in progress was rolled back. */
public final class LoadStoppedException extends RuntimeException {

	LoadStoppedException(Throwable cause) {
		super("Stopped while loading cypher/: the script in progress was rolled back, the ones before it stay "
				+ "applied, and the next start goes on from there.", cause);
	}
}
