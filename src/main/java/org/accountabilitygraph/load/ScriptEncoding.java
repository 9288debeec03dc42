package org.accountabilitygraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		var input = ByteBuffer.wrap(bytes);
		var output = java.nio.CharBuffer.allocate(bytes.length + 1);
		var result = decoder.decode(input, output, true);
		if (!result.isError()) {
			return;
		}
		int offset = input.position(); // the decoder stops at the first bad sequence
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		throw new StartFailure("Script " + file + " is not valid UTF-8: line " + line + ", byte " + (offset - lineStart + 1)
				+ " of the line (byte offset " + offset + " in the file) starts the invalid sequence "
				+ hex(bytes, offset, result.length()) + ". Nothing was loaded.",
				"Save " + file + " as UTF-8 (it was probably saved as Latin-1 or Windows-1252) and start again.",
				new CharacterCodingException());
	}

	private static String hex(byte[] bytes, int offset, int length) {
		var text = new StringBuilder();
		for (int i = offset; i < Math.min(bytes.length, offset + Math.max(length, 1)); i++) {
			text.append(String.format("%s0x%02X", text.isEmpty() ? "" : " ", bytes[i]));
		}
		return text.toString();
	}
}
