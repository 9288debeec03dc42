package org.accountabilitygraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Files written together, and put back together: each write replaces its file whole (written beside it,
 * flushed to disk, then renamed over it), so a reader such as the next start's load sees the old file or
 * the new one, never half of one; {@link #restore()} puts back what every written file held before, or
 * removes it if it is new.
 */
final class FileChanges {

	/** Each file written, with what it held before (empty: it did not exist). In the order written. */
	private final Map<Path, Optional<byte[]>> originals = new LinkedHashMap<>();

	/** Replaces (or creates) {@code file} with {@code text} as UTF-8. */
	void write(Path file, String text) throws IOException {
		if (!originals.containsKey(file)) {
			originals.put(file, Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty());
		}
		replace(file, text.getBytes(StandardCharsets.UTF_8));
	}

	/** The files written, in order. */
	List<Path> written() {
		return List.copyOf(originals.keySet());
	}

	/**
	 * Puts every written file back as it was, the last written first.
	 * @throws IOException when one could not be put back (the others are still tried); its message names them
	 */
	void restore() throws IOException {
		var failed = new ArrayList<String>();
		var files = new ArrayList<>(originals.keySet());
		for (int i = files.size() - 1; i >= 0; i--) {
			var file = files.get(i);
			try {
				var original = originals.get(file);
				if (original.isPresent()) {
					replace(file, original.get());
				}
				else {
					Files.deleteIfExists(file);
				}
			}
			catch (IOException ex) {
				failed.add(file + " (" + ex.getMessage() + ")");
			}
		}
		originals.clear();
		if (!failed.isEmpty()) {
			throw new IOException("could not put back " + String.join(", ", failed));
		}
	}

	/** Writes beside the file, forces it to disk, then renames it over the file. */
	private static void replace(Path file, byte[] bytes) throws IOException {
		// A dot name: the loader reads R*.yaml only, so a temporary file left by a crash is never loaded.
		var temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try {
			try (var channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				var buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}
}
