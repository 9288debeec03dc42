package org.accountabilitygraph.query;

import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a person types into a full-text (Lucene) query: every word must match, exactly, as a
 * prefix ("Norm") or with a typo ("Bellingham"). Only letters and digits are kept, so no input can
 * be read as query syntax.
 */
public final class SearchText {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private SearchText() {
	}

	/** The Lucene query for {@code text}; fails, naming {@code parameter}, when it has no words. */
	public static String toLuceneQuery(String parameter, String text) {
		var clauses = new ArrayList<String>();
		var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (words.find()) {
			var word = words.group();
			clauses.add(word.length() < 3 ? "(" + word + "^3 OR " + word + "*)"
					: "(" + word + "^3 OR " + word + "* OR " + word + "~)");
		}
		if (clauses.isEmpty()) {
			throw new InvalidParameterException(parameter, "contains no letters or digits to search for");
		}
		return String.join(" AND ", clauses);
	}
}
