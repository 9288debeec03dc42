package org.accountabilitygraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.accountabilitygraph.facts.StrictUtf8;
import org.accountabilitygraph.startup.StartFailure;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * neo4j-migrations reads scripts with a lenient decoder: a byte sequence that is not UTF-8 (a file
 * saved as Latin-1, a truncated copy) would be loaded as U+FFFD into the graph, silently. So every
 * script is decoded strictly first, and the first bad sequence is reported with its line and byte.
 */
final class ScriptEncoding {

	private ScriptEncoding() {
	}

	/** @param location {@code classpath:…} or {@code file:/…}, as given to neo4j-migrations */
	static void check(String location) {
		try {
			var resolver = new PathMatchingResourcePatternResolver();
			for (Resource script : resolver.getResources(location.replaceFirst("/*$", "") + "/**/*.cypher")) {
				try (var in = script.getInputStream()) {
					check(script.getFilename(), in.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the scripts in " + location, ex);
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
