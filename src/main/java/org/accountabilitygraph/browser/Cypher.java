package org.accountabilitygraph.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Cypher text told apart into code and what is not code (string literals, quoted names, comments), so
 * that a parameter is only ever replaced where Cypher would read it as one.
 */
final class Cypher {

	private Cypher() {
	}

	/** A stretch of the text: code, or a literal, quoted name or comment. */
	private record Part(String text, boolean code) {
	}

	/** The code stretches of the text. */
	static List<String> code(String cypher) {
		return parts(cypher).stream().filter(Part::code).map(Part::text).toList();
	}

	/** The text with each code stretch changed by {@code change}, the rest as it was. */
	static String replaceInCode(String cypher, UnaryOperator<String> change) {
		var result = new StringBuilder();
		for (var part : parts(cypher)) {
			result.append(part.code() ? change.apply(part.text()) : part.text());
		}
		return result.toString();
	}

	private static List<Part> parts(String cypher) {
		var parts = new ArrayList<Part>();
		int start = 0;
		int i = 0;
		while (i < cypher.length()) {
			char c = cypher.charAt(i);
			int end = -1;
			if (c == '\'' || c == '"' || c == '`') {
				end = closing(cypher, i, c);
			}
			else if (cypher.startsWith("//", i)) {
				int newline = cypher.indexOf('\n', i);
				end = newline < 0 ? cypher.length() : newline;
			}
			else if (cypher.startsWith("/*", i)) {
				int close = cypher.indexOf("*/", i + 2);
				end = close < 0 ? cypher.length() : close + 2;
			}
			if (end < 0) {
				i++;
				continue;
			}
			if (i > start) {
				parts.add(new Part(cypher.substring(start, i), true));
			}
			parts.add(new Part(cypher.substring(i, end), false));
			start = end;
			i = end;
		}
		if (start < cypher.length()) {
			parts.add(new Part(cypher.substring(start), true));
		}
		return parts;
	}

	/** Just after the quote that closes the one at {@code open} (a backslash escapes in strings; `` doubles in names). */
	private static int closing(String cypher, int open, char quote) {
		int i = open + 1;
		while (i < cypher.length()) {
			char c = cypher.charAt(i);
			if (c == '\\' && quote != '`') {
				i += 2;
				continue;
			}
			if (c == quote) {
				if (quote == '`' && i + 1 < cypher.length() && cypher.charAt(i + 1) == '`') {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return cypher.length();
	}
}
