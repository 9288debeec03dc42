package org.accountabilitygraph.facts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly. Lenient readers (neo4j-migrations', Java's defaults) turn a byte sequence that
 * is not UTF-8 (a file saved as Latin-1, a truncated copy) into U+FFFD, and the graph would then hold it
 * silently; here it is an error that says where the bad sequence starts.
 */
public final class StrictUtf8 {

	private StrictUtf8() {
	}

	/**
	 * Where a file stops being UTF-8.
	 *
	 * @param line       1-based line of the bad sequence
	 * @param byteInLine 1-based byte of the line where it starts
	 * @param offset     0-based byte offset in the file
	 * @param bytes      the bad sequence, as {@code 0xEB ...}
	 */
	public record Malformed(int line, int byteInLine, int offset, String bytes) {
	}

	/** The text, or {@link MalformedException} naming the first bad sequence. */
	public static String decode(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		var input = ByteBuffer.wrap(bytes);
		var output = CharBuffer.allocate(bytes.length + 1);
		var result = decoder.decode(input, output, true);
		if (!result.isError()) {
			decoder.flush(output);
			return output.flip().toString();
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
		var hex = new StringBuilder();
		for (int i = offset; i < Math.min(bytes.length, offset + Math.max(result.length(), 1)); i++) {
			hex.append(String.format("%s0x%02X", hex.isEmpty() ? "" : " ", bytes[i]));
		}
		throw new MalformedException(new Malformed(line, offset - lineStart + 1, offset, hex.toString()));
	}

	/** Thrown by {@link #decode} with where the bytes stop being UTF-8. */
	public static final class MalformedException extends RuntimeException {

		private final Malformed where;

		MalformedException(Malformed where) {
			super("not UTF-8 from line " + where.line() + ", byte " + where.byteInLine());
			this.where = where;
		}

		public Malformed where() {
			return where;
		}
	}
}
