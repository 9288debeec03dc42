package org.accountabilitygraph.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.accountabilitygraph.startup.StartFailure;

/** The disk under the embedded store is full: what it looks like, and what to tell the user. */
final class DiskFull {

	private DiskFull() {
	}

	/** Linux and macOS say ENOSPC this way; Neo4j wraps it but keeps the IOException as a cause. */
	static boolean is(Throwable cause) {
		return cause instanceof IOException && cause.getMessage() != null
				&& cause.getMessage().contains("No space left on device");
	}

	static boolean anyCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (is(cause)) {
				return true;
			}
		}
		return false;
	}

	/** Less than a megabyte left where the store is: Neo4j cannot go on writing. */
	static boolean hasNoSpace(Path store) {
		try {
			return Files.getFileStore(store).getUsableSpace() < 1024 * 1024;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static StartFailure failure(Path store, Throwable cause) {
		return new StartFailure("The disk holding the embedded store " + store + " is full (less than 16 MB free).",
				"Free some space on that disk, or choose another folder with --graph.embedded.data-directory=<folder>, "
						+ "and start again: what was loaded stays, the rest is loaded then.",
				cause);
	}
}
