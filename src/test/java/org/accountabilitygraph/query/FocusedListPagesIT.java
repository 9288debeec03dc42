package org.accountabilitygraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountabilitygraph.LoadedGraph;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Who said what (Q4) about one speaker or subject, and calls for action (Q6) by one caller or concerning one entity,
 * read their page from the index of the list keys the loader writes (cypher/MODEL.md, "Keys for lists"). Whatever the
 * focus, the date range and the page, each must give exactly the rows, in exactly the order, that reading every
 * statement or call gives: the references below are the lists' rule written out plainly (an item's time is its own
 * date or bounds, else its article's; kept when that time overlaps the range; oldest first, then article, item and
 * speaker or caller).
 */
@ExtendWith(LoadedGraph.class)
class FocusedListPagesIT {

	private record FocusedList(String query, String byParameter, String ofParameter, String rowItem, String rowBy,
			String reference, String foci) {
	}

	private static final FocusedList STATEMENTS = new FocusedList("q4-who-said-what", "speaker", "about", "statement", "speaker",
			"""
			MATCH (by)-[:SAID]->(item:Statement)-[:REPORTED_IN]->(article:Article)
			WHERE ($by IS NULL OR by.id = $by) AND ($of IS NULL OR EXISTS { (item)-[:ABOUT]->(:Entity {id: $of}) })
			""", """
			MATCH (by)-[:SAID]->(:Statement) WITH by, count(*) AS items WHERE items > 1
			RETURN by.id AS by, null AS of ORDER BY by
			UNION ALL
			MATCH (:Statement)-[:ABOUT]->(of) WITH of, count(*) AS items WHERE items > 1
			RETURN null AS by, of.id AS of ORDER BY of
			UNION ALL
			MATCH (by)-[:SAID]->(:Statement) WITH by, count(*) AS items ORDER BY items DESC LIMIT 1
			MATCH (by)-[:SAID]->(:Statement)-[:ABOUT]->(of)
			RETURN DISTINCT by.id AS by, of.id AS of ORDER BY of""");

	private static final FocusedList CALLS = new FocusedList("q6-calls-for-action", "caller", "concerning", "call", "caller",
			"""
			MATCH (by)-[called:CALLED_FOR]->(item:CallForAction)
			MATCH (article:Article {id: called.article})
			WHERE ($by IS NULL OR by.id = $by) AND ($of IS NULL OR EXISTS { (item)-[:ADDRESSED_TO|CONCERNS]->(:Entity {id: $of}) })
			""", """
			MATCH (by)-[:CALLED_FOR]->(:CallForAction)
			RETURN DISTINCT by.id AS by, null AS of ORDER BY by
			UNION ALL
			MATCH (:CallForAction)-[:ADDRESSED_TO|CONCERNS]->(of)
			RETURN DISTINCT null AS by, of.id AS of ORDER BY of
			UNION ALL
			MATCH (by)-[:CALLED_FOR]->(:CallForAction)-[:ADDRESSED_TO|CONCERNS]->(of)
			RETURN DISTINCT by.id AS by, of.id AS of ORDER BY by, of""");

	/** The rule both lists share, after each one's own first lines. */
	private static final String ORDERED_IN_RANGE = """
			WITH by, item, article,
			     coalesce(item.date, item.dateEarliest, article.date, article.dateEarliest) AS earliest,
			     coalesce(item.date, item.dateLatest, article.date, article.dateLatest) AS latest
			WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
			  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
			RETURN item.id + ' by ' + by.id AS row
			ORDER BY coalesce(earliest, latest), article.id, item.id, by.id""";

	/** Whole ranges, partial dates on either side, a single day, open ends. */
	private static final List<String[]> RANGES = List.of(new String[] { null, null }, new String[] { "2018", "2019" },
			new String[] { "2018-03-01", null }, new String[] { null, "2015-12-31" }, new String[] { "2019-11-06", "2019-11-06" },
			new String[] { "2022-06", null }, new String[] { "2014", "2014" }, new String[] { null, "2018-12" });

	private final Driver driver;
	private final NamedQueries queries;

	FocusedListPagesIT(Driver driver) {
		this.driver = driver;
		this.queries = new NamedQueries(driver, LoadedGraph.QUERY_TIMEOUT);
	}

	@Test
	void everySpeakersAndSubjectsStatementsAreThoseOfReadingEveryStatement() {
		everyFocusAndRangeAsReadingEverything(STATEMENTS, 20, 50);
	}

	@Test
	void everyCallersAndConcernedCallsAreThoseOfReadingEveryCall() {
		everyFocusAndRangeAsReadingEverything(CALLS, 10, 15);
	}

	@Test
	void pagesOfThreeFollowOnWithoutGapsOrRepeats() {
		var softly = new SoftAssertions();
		for (var list : List.of(STATEMENTS, CALLS)) {
			for (var focus : foci(list)) {
				for (var range : List.of(RANGES.get(0), RANGES.get(2))) {
					var expected = reference(list, focus, range);
					var paged = new ArrayList<String>();
					for (int skip = 0; skip <= expected.size(); skip += 3) {
						paged.addAll(rows(list, focus, range, skip, 3));
					}
					softly.assertThat(paged).as("%s %s, %s", list.query(), Arrays.toString(focus), Arrays.toString(range))
						.isEqualTo(expected);
				}
			}
		}
		softly.assertAll();
	}

	private void everyFocusAndRangeAsReadingEverything(FocusedList list, int leastFoci, int leastAnswers) {
		var softly = new SoftAssertions();
		int answered = 0;
		var foci = foci(list);
		assertThat(foci).hasSizeGreaterThan(leastFoci);
		for (var focus : foci) {
			for (var range : RANGES) {
				var expected = reference(list, focus, range);
				softly.assertThat(rows(list, focus, range, 0, PageRequest.MAX_SIZE))
					.as("%s %s, %s", list.query(), Arrays.toString(focus), Arrays.toString(range)).isEqualTo(expected);
				answered += expected.isEmpty() ? 0 : 1;
			}
		}
		softly.assertAll();
		assertThat(answered).as("questions with an answer").isGreaterThan(leastAnswers);
	}

	/** Each speaker or caller, each subject or whom calls concern, and some pairs of the two. */
	private List<String[]> foci(FocusedList list) {
		return driver.executableQuery(list.foci()).execute().records().stream()
			.map(r -> new String[] { r.get("by").isNull() ? null : r.get("by").asString(),
					r.get("of").isNull() ? null : r.get("of").asString() })
			.toList();
	}

	private List<String> reference(FocusedList list, String[] focus, String[] range) {
		var parameters = new HashMap<String, Object>();
		parameters.put("by", focus[0]);
		parameters.put("of", focus[1]);
		parameters.put("from", range[0]);
		parameters.put("to", range[1]);
		return driver.executableQuery(list.reference() + ORDERED_IN_RANGE).withParameters(parameters).execute().records()
			.stream().map(r -> r.get("row").asString()).toList();
	}

	private List<String> rows(FocusedList list, String[] focus, String[] range, int skip, int limit) {
		var parameters = new HashMap<String, Object>();
		parameters.put(list.byParameter(), focus[0]);
		parameters.put(list.ofParameter(), focus[1]);
		parameters.put("from", range[0]);
		parameters.put("to", range[1]);
		parameters.put("skip", skip);
		parameters.put("limit", limit);
		return queries.run(list.query(), parameters).stream().map(row -> row.get(list.rowItem()) + " by " + row.get(list.rowBy()))
			.toList();
	}
}
