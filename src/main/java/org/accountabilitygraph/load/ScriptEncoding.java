package org.accountabilitygraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;

import org.accountabilitygraph.facts.StrictUtf8;
import org.accountabilitygraph.startup.StartFailure;

/**
 * neo4j-migrations reads scripts with a lenient decoder: a byte sequence that is not UTF-8 (a file
 * saved as Latin-1, a truncated copy) would be loaded as U+FFFD into the graph, silently. So every
 * script is decoded strictly first, and the first bad sequence is reported with its line and byte.
 */
final class ScriptEncoding {

	private ScriptEncoding() {
	}

	/** @param scripts the schema folder's files ({@link ScriptScanner#resources}); the {@code .cypher} ones are checked */
	static void check(List<URL> scripts) {
		for (var url : scripts) {
			var file = ScriptScanner.fileName(url);
			if (file.endsWith(".cypher")) {
				try (var in = url.openStream()) {
					check(file, in.readAllBytes());
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read the script " + url, ex);
				}
			}
		}
	}

	static void check(String file, byte[] bytes) {
		try {
			StrictUtf8.decode(bytes);
		}
		catch (StrictUtf8.MalformedException ex) {
			var bad = ex.where();
			throw new StartFailure("Script " + file + " is not valid UTF-8: line " + bad.line() + ", byte "
					+ bad.byteInLine() + " of the line (byte offset " + bad.offset() + " in the file) starts the invalid sequence "
					+ bad.bytes() + ". Nothing was loaded.",
					"Save " + file + " as UTF-8 (it was probably saved as Latin-1 or Windows-1252) and start again.", ex);
		}
	}
}
