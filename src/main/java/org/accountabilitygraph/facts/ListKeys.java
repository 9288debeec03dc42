package org.accountabilitygraph.facts;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The keys a focused list is read by, which the loader adds to the fact each list starts from, so that a composite
 * relationship index ({@code cypher/load/0-fact-indexes.cypher}) gives a page of the list in its order: reading the
 * first 100 statements about a trust that 270,000 statements are about then reads about 100 index entries, not all of
 * them. Derived from the article's own file (a statement is reported by its article), never written in a file.
 * <p>
 * Who said what (Q4) starts from a statement's {@code SAID} (by its speaker) or {@code ABOUT} (by its subject):
 * <ul>
 * <li>{@value #SPEAKER} on {@code SAID}, {@value #SUBJECT} on {@code ABOUT}: the id of the entity at the list's end;
 * <li>{@value #SORT_KEY} on both: the statement's sort date, its article's id and its own id, joined by spaces, so
 * that the key sorts as Q4 orders its rows (a space sorts before every character of a date or an id; a statement with
 * no date at all sorts last, as {@code ~});
 * <li>{@value #SPANS_DATES}{@code : true} on both when the statement's time is not one whole day (a month, a year, or
 * only bounds): a date range keeps such a statement when its period overlaps the range, which its sort date alone
 * cannot tell, so Q4 reads those apart (few: a generated statement is dated to the day).
 * </ul>
 */
public final class ListKeys {

	public static final String SPEAKER = "speaker";
	public static final String SUBJECT = "subject";
	public static final String SORT_KEY = "sortKey";
	public static final String SPANS_DATES = "spansDates";

	private static final String STATEMENT = "Statement";

	private ListKeys() {
	}

	/**
	 * Adds the keys to the properties of a {@code type} fact from {@code from} to {@code to}, when it is one a list
	 * starts from.
	 *
	 * @param isStatement whether an entity of the article is a {@code :Statement}
	 * @param statementProperties the node properties of a statement
	 * @param article the article's own properties (its date or bounds)
	 */
	static void add(String type, String from, String to, Map<String, Object> properties, Predicate<String> isStatement,
			Function<String, Map<String, Object>> statementProperties, Map<String, Object> article, String articleId) {
		String statement;
		if ("SAID".equals(type) && isStatement.test(to)) {
			statement = to;
			properties.put(SPEAKER, from);
		}
		else if ("ABOUT".equals(type) && isStatement.test(from)) {
			statement = from;
			properties.put(SUBJECT, to);
		}
		else {
			return;
		}
		var own = statementProperties.apply(statement);
		// as Q4 dates a statement: its own date or bounds, else its article's
		var earliest = first(own.get("date"), own.get("dateEarliest"), article.get("date"), article.get("dateEarliest"));
		var latest = first(own.get("date"), own.get("dateLatest"), article.get("date"), article.get("dateLatest"));
		var sortDate = earliest != null ? earliest : latest;
		properties.put(SORT_KEY, (sortDate != null ? sortDate : "~") + " " + articleId + " " + statement);
		if (earliest == null || !earliest.equals(latest) || earliest.length() < "yyyy-mm-dd".length()) {
			properties.put(SPANS_DATES, true);
		}
	}

	private static String first(Object... values) {
		return Stream.of(values).filter(String.class::isInstance).map(String.class::cast).findFirst().orElse(null);
	}

	/** {@code ListKeys}' four property names: derived by the loader, so a fact file may not set them. */
	public static Stream<String> names() {
		return Stream.of(SPEAKER, SUBJECT, SORT_KEY, SPANS_DATES);
	}
}
