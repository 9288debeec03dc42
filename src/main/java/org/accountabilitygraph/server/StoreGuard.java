package org.accountabilitygraph.server;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.accountabilitygraph.startup.StartFailure;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.status.StatusLogger;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the embedded store before Neo4j opens it and turns what Neo4j cannot cope with into a few
 * lines naming the folder and what to do. The store is disposable (the next start rebuilds it from
 * {@code cypher/}), so the remedy is always at hand: free space, make it writable, or move it aside.
 */
final class StoreGuard {

	private static final Logger log = LoggerFactory.getLogger(StoreGuard.class);

	/** Neo4j 5 writes a version byte and a 16-byte UUID. */
	private static final int SERVER_ID_LENGTH = 17;

	private static final long MINIMUM_FREE_SPACE = 16L * 1024 * 1024;

	private StoreGuard() {
	}

	/** Opens the store through {@code start}, after checking it, or fails with an explanation. */
	static DatabaseManagementService open(Path dataDirectory, Supplier<DatabaseManagementService> start) {
		var store = dataDirectory.toAbsolutePath();
		ensureWritable(store);
		ensureSpace(store);
		repairServerId(store);
		DatabaseManagementService service;
		try {
			service = start.get();
		}
		catch (RuntimeException ex) {
			throw explain(store, ex);
		}
		quietLog4jStatus();
		var database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		if (!database.isAvailable()) {
			service.shutdown();
			throw broken(store, "its database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + "' did not start"
					+ lastCause(store.resolve("logs/debug.log")) + " (details in " + store.resolve("logs/debug.log") + ")",
					null);
		}
		return new GuardedShutdown(service, store);
	}

	/**
	 * Neo4j writes its own log (debug.log) into the store; on a full disk log4j reports every failed
	 * write to the console with a 40-line stack trace, hundreds of lines that bury the explanation.
	 * This turns off only log4j's reports about itself (Spring's own logging is Logback).
	 */
	private static void quietLog4jStatus() {
		var status = StatusLogger.getLogger();
		status.getFallbackListener().setLevel(Level.OFF);
		status.getListeners().forEach(status::removeListener); // the ones Neo4j's log configuration added
	}

	/**
	 * As root, permissions do not stop writes, but a read-only mount does; without this check Neo4j
	 * reports it as a 1,300-line stack trace.
	 */
	private static void ensureWritable(Path store) {
		try {
			Files.createDirectories(store);
			Files.delete(Files.createTempFile(store, ".write-check", ""));
		}
		catch (IOException ex) {
			throw notWritable(store, ex);
		}
	}

	/**
	 * A full store takes about 5 MB; below this, loading would fill the disk half-way, where Neo4j
	 * fails noisily (see {@link GuardedShutdown}). Refusing at once is quicker and clearer.
	 */
	private static void ensureSpace(Path store) {
		try {
			if (Files.getFileStore(store).getUsableSpace() < MINIMUM_FREE_SPACE) {
				throw DiskFull.failure(store, null);
			}
		}
		catch (IOException ex) {
			// cannot tell: let Neo4j try
		}
	}

	/**
	 * {@code server_id} is this standalone server's generated identity, nothing else depends on it. A
	 * crash while Neo4j created it leaves it empty, and Neo4j then fails every start with a bare
	 * EOFException; without it, Neo4j simply generates a new one.
	 */
	private static void repairServerId(Path store) {
		var serverId = store.resolve("data/server_id");
		try {
			if (Files.isRegularFile(serverId) && Files.size(serverId) != SERVER_ID_LENGTH) {
				long size = Files.size(serverId);
				Files.delete(serverId);
				log.warn("Deleted {} ({} bytes, not a valid server id, probably left by a crash); Neo4j generates a "
						+ "new one.", serverId, size);
			}
		}
		catch (IOException ex) {
			throw broken(store, "cannot repair " + serverId + ": " + ex.getMessage(), ex);
		}
	}

	private static StartFailure explain(Path store, RuntimeException ex) {
		if (ex instanceof PortInUseException) {
			throw ex;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (DiskFull.is(cause)) {
				return DiskFull.failure(store, ex);
			}
			if (cause instanceof FileSystemException fs && fs.getReason() != null
					&& fs.getReason().contains("Read-only file system")) {
				return notWritable(store, fs);
			}
		}
		return broken(store, rootMessage(ex), ex);
	}

	private static StartFailure notWritable(Path store, IOException ex) {
		var reason = ex instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : ex.toString();
		return new StartFailure("The embedded Neo4j cannot write to its store " + store + ": " + reason + ".",
				"Make " + store + " writable (for a read-only mount: remount it read-write), or choose another "
						+ "folder with --graph.embedded.data-directory=<folder>; a new store is loaded from cypher/.",
				ex);
	}

	static StartFailure broken(Path store, String problem, Throwable cause) {
		return new StartFailure("The embedded Neo4j could not open its store " + store + ": " + problem,
				"Move the store aside (mv " + store + " " + store + ".broken) and start again: the store is rebuilt "
						+ "from cypher/. Or choose another folder with --graph.embedded.data-directory=<folder>.",
				cause);
	}

	/**
	 * A database that fails to start leaves the DBMS running and says why only in its debug.log: the
	 * last "Caused by" there is the closest to the file it could not read.
	 */
	private static String lastCause(Path debugLog) {
		try (var lines = Files.lines(debugLog)) {
			return lines.filter(line -> line.startsWith("Caused by: "))
				.reduce((first, second) -> second)
				.map(line -> ": " + line.substring("Caused by: ".length()))
				.orElse("");
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return "";
		}
	}

	/** The innermost message, which names the file Neo4j choked on; one line, not the stack. */
	private static String rootMessage(Throwable ex) {
		var root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		var message = root.getMessage() == null ? root.getClass().getSimpleName()
				: root.getClass().getSimpleName() + ": " + root.getMessage();
		message = message.lines().findFirst().orElse(message);
		return message.length() > 300 ? message.substring(0, 300) + "…" : message;
	}
}
