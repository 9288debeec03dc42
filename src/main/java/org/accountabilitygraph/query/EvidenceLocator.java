package org.accountabilitygraph.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds evidence spans in an article's text as the fact files' checks compare them (quote marks left out, runs of
 * white space read as one space: {@code FactSet.normalise}), and answers where each occurrence is in the text as
 * written: character offsets (UTF-16 units, as Java and JavaScript strings count them), start inclusive, end
 * exclusive. A span found with other quote marks or line breaks than the file's still points at its words.
 */
final class EvidenceLocator {

	private static final String QUOTES = "\"'‘’“”";

	private final String normalised;

	/** For each character of {@link #normalised}, the offset in the text of the character it comes from. */
	private final int[] origin;

	EvidenceLocator(String text) {
		var out = new StringBuilder(text.length());
		var from = new int[text.length()];
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (QUOTES.indexOf(c) >= 0) {
				continue;
			}
			if (isSpace(c)) {
				space = true;
				continue;
			}
			if (space && out.length() > 0) {
				from[out.length()] = i - 1;
				out.append(' ');
			}
			space = false;
			from[out.length()] = i;
			out.append(c);
		}
		this.normalised = out.toString();
		this.origin = from;
	}

	/** Every occurrence of {@code span} in the text, in order, as {@code [start, end)} offsets; none for a blank span. */
	List<int[]> occurrences(String span) {
		var needle = normalise(span);
		var found = new ArrayList<int[]>();
		if (needle.isEmpty()) {
			return found;
		}
		for (int at = normalised.indexOf(needle); at >= 0; at = normalised.indexOf(needle, at + 1)) {
			found.add(new int[] { origin[at], origin[at + needle.length() - 1] + 1 });
		}
		return found;
	}

	/** As {@code FactSet.normalise}: without quote marks, white space runs as one space, trimmed. */
	static String normalise(String text) {
		return new EvidenceLocator(text).normalised;
	}

	/** {@code \s} of {@link java.util.regex.Pattern}: the ASCII white space the checks collapse. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}
}
