package org.accountabilitygraph.facts;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The keys a focused list is read by, which the loader adds to the fact each list starts from, so that a composite
 * relationship index ({@code cypher/load/0-list-indexes.cypher}) gives a page of the list in its order: reading the
 * first 100 statements about a trust that 270,000 statements are about then reads about 100 index entries, not all of
 * them. Derived from the article's own file (a statement or call is reported by its article), never written in a file.
 * <p>
 * Who said what (Q4) starts from a statement's {@code SAID} (by its speaker) or {@code ABOUT} (by its subject), and the
 * who-said-what network also from its {@code ON_BEHALF_OF} (by whom the speaker spoke for); calls
 * for action (Q6) from a call's {@code CALLED_FOR} (by its caller) or its {@code ADDRESSED_TO} and {@code CONCERNS}
 * (by whom it concerns); criticism (Q3) from a {@code CRITICISED} itself (by its critic or its target). Each such fact
 * carries:
 * <ul>
 * <li>the id of the entity at the list's end: {@value #SPEAKER}, {@value #SUBJECT}, {@value #SPOKEN_FOR}, {@value #CALLER},
 * {@value #CONCERNING}, or both {@value #CRITIC} and {@value #TARGET};
 * <li>{@value #SORT_KEY}: the item's sort date, its article's id and its own id, joined by spaces, so that the key
 * sorts as the lists order their rows (a space sorts before every character of a date or an id; an item with no date at
 * all sorts last, as {@code ~}). A criticism is no node: its date is its statement's (the fact's {@code statement}),
 * else its article's, and its id the critic's, the target's and its place among the article's facts;
 * <li>{@value #SPANS_DATES}{@code : true} when the item's time is not one whole day (a month, a year, or only
 * bounds): a date range keeps such an item when its period overlaps the range, which its sort date alone cannot tell,
 * so the lists read those apart (few: a generated statement is dated to the day).
 * </ul>
 * An entity's roles over time (what it led, the offices it held, what it was a member of, worked for or represented,
 * and who led it or was a member of it: {@value #ROLE_TYPES}) are read from either end, so each such fact carries
 * {@value #HOLDER} (the id at its start) with {@value #HOLDER_KEY}, and {@value #HELD_IN} (the id at its end) with
 * {@value #HELD_IN_KEY}: the role's date ({@code startDate}, else {@code asOf}, else {@code ~}), the relation, the
 * other end's id, the article and the role's name, joined by spaces, as the entity's roles are ordered from that end.
 * An entity's mentions ({@code REPORTED_IN}, made by the loader from {@code mentioned}) carry {@value #ENTITY} and a
 * {@value #SORT_KEY} of the article's sort date and id ({@link #articleSortKey}), for the first articles that report it;
 * and the article itself carries that {@value #SORT_KEY}, by which the list of articles is read a page at a time.
 */
public final class ListKeys {

	public static final String SPEAKER = "speaker";
	public static final String SUBJECT = "subject";
	public static final String SPOKEN_FOR = "spokenFor";
	public static final String CALLER = "caller";
	public static final String CONCERNING = "concerning";
	public static final String CRITIC = "critic";
	public static final String TARGET = "target";
	public static final String SORT_KEY = "sortKey";
	public static final String SPANS_DATES = "spansDates";
	public static final String HOLDER = "holder";
	public static final String HOLDER_KEY = "holderKey";
	public static final String HELD_IN = "heldIn";
	public static final String HELD_IN_KEY = "heldInKey";
	public static final String ENTITY = "entity";
	public static final String ROLE_TYPES = "LEADS|HOLDS_OFFICE|MEMBER_OF|WORKS_FOR|REPRESENTS";

	private static final List<String> ROLES = List.of(ROLE_TYPES.split("\\|"));

	/** A relation a list starts from: the label of its item (at one end) and the key naming the entity at the other. */
	private record Head(String type, String itemLabel, boolean itemIsTo, String focusKey) {
	}

	private static final List<Head> HEADS = List.of(new Head("SAID", "Statement", true, SPEAKER),
			new Head("ABOUT", "Statement", false, SUBJECT),
			new Head("ON_BEHALF_OF", "Statement", false, SPOKEN_FOR), new Head("CALLED_FOR", "CallForAction", true, CALLER),
			new Head("ADDRESSED_TO", "CallForAction", false, CONCERNING), new Head("CONCERNS", "CallForAction", false, CONCERNING));

	private ListKeys() {
	}

	/**
	 * Adds the keys to the properties of a {@code type} fact from {@code from} to {@code to}, when it is one a list
	 * starts from.
	 *
	 * @param labels the labels of an entity of the article
	 * @param itemProperties the node properties of a statement or call
	 * @param article the article's own properties (its date or bounds)
	 */
	static void add(String type, String from, String to, int place, Map<String, Object> properties,
			Function<String, List<String>> labels, Function<String, Map<String, Object>> itemProperties,
			Map<String, Object> article, String articleId) {
		if (ROLES.contains(type)) {
			// ordered as entity.cypher orders an entity's roles: date (nulls last), relation, other end, article
			var date = first(properties.get("startDate"), properties.get("asOf"));
			var prefix = (date != null ? date : "~") + " " + type + " ";
			// the role's name last: it may hold spaces, which then only break ties
			var suffix = " " + articleId + (properties.get("role") instanceof String role ? " " + role : "");
			properties.put(HOLDER, from);
			properties.put(HOLDER_KEY, prefix + to + suffix);
			properties.put(HELD_IN, to);
			properties.put(HELD_IN_KEY, prefix + from + suffix);
			return;
		}
		if ("CRITICISED".equals(type)) {
			properties.put(CRITIC, from);
			properties.put(TARGET, to);
			var own = properties.get("statement") instanceof String statement ? itemProperties.apply(statement) : Map.<String, Object>of();
			sortKeys(properties, own, article, articleId + " " + from + " " + to + " " + "%05d".formatted(place));
			return;
		}
		for (var head : HEADS) {
			var item = head.itemIsTo() ? to : from;
			if (head.type().equals(type) && labels.apply(item).contains(head.itemLabel())) {
				properties.put(head.focusKey(), head.itemIsTo() ? from : to);
				sortKeys(properties, itemProperties.apply(item), article, articleId + " " + item);
				return;
			}
		}
	}

	/**
	 * The {@value #SORT_KEY} of an article, and of an entity's mention in it: the article's sort date ({@code ~} when it
	 * has none) and its id, so that articles, and an entity's reports, are read oldest first.
	 */
	static String articleSortKey(Object articleSortDate, String articleId) {
		return (articleSortDate instanceof String date ? date : "~") + " " + articleId;
	}

	private static void sortKeys(Map<String, Object> properties, Map<String, Object> own, Map<String, Object> article,
			String tieBreakers) {
		// as the lists date an item: its own date or bounds, else its article's
		var earliest = first(own.get("date"), own.get("dateEarliest"), article.get("date"), article.get("dateEarliest"));
		var latest = first(own.get("date"), own.get("dateLatest"), article.get("date"), article.get("dateLatest"));
		var sortDate = earliest != null ? earliest : latest;
		properties.put(SORT_KEY, (sortDate != null ? sortDate : "~") + " " + tieBreakers);
		if (earliest == null || !earliest.equals(latest) || earliest.length() < "yyyy-mm-dd".length()) {
			properties.put(SPANS_DATES, true);
		}
	}

	private static String first(Object... values) {
		return Stream.of(values).filter(String.class::isInstance).map(String.class::cast).findFirst().orElse(null);
	}
}
