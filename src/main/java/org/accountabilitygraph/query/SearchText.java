package org.accountabilitygraph.query;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
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

	/** The words of {@code text}, in lower case: what the query matches and what the page highlights. */
	public static List<String> words(String text) {
		return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
	}

	/**
	 * The Lucene query for {@code text}; fails, naming {@code parameter}, when it has no words. A typo is
	 * allowed by length, as Elasticsearch's {@code AUTO} fuzziness does: none in a word of one or two
	 * letters, one in three to five, two from six. Two everywhere let "bed" match "need" and "cqc" match
	 * "co" (of "co-signed").
	 */
	public static String toLuceneQuery(String parameter, String text) {
		var words = words(text);
		if (words.isEmpty()) {
			throw new InvalidParameterException(parameter, "contains no letters or digits to search for");
		}
		return String.join(" AND ", words.stream().map(SearchText::clause).toList());
	}

	/** How many letters a word may differ by and still match it (Lucene's edit distance, transpositions counting one). */
	static int typosAllowed(String word) {
		int length = word.codePointCount(0, word.length());
		return length < 3 ? 0 : length < 6 ? 1 : 2;
	}

	private static String clause(String word) {
		int typos = typosAllowed(word);
		return typos == 0 ? "(" + word + "^3 OR " + word + "*)"
				: "(" + word + "^3 OR " + word + "* OR " + word + "~" + typos + ")";
	}
}
