package org.accountabilitygraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.accountabilitygraph.LoadedGraph;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Who said what (Q4) about one speaker or subject, calls for action (Q6) by one caller or concerning one entity, and
 * criticism (Q3) by one critic or of one target, read their page from the index of the list keys the loader writes (cypher/MODEL.md, "Keys for lists"). Whatever the
 * focus, the date range and the page, each must give exactly the rows, in exactly the order, that reading every
 * statement, call or criticism gives: the references below are the lists' rule written out plainly (an item's time is its own
 * date or bounds, else its article's; kept when that time overlaps the range; oldest first, then article, item and
 * speaker or caller).
 */
@ExtendWith(LoadedGraph.class)
class FocusedListPagesIT {

	/**
	 * A list: its query and focus parameters, how a row of its answer is written, and the reference, which returns
	 * each row written the same way ({@code row}) and its evidence, in the list's order.
	 */
	private record FocusedList(String query, String byParameter, String ofParameter,
			Function<Map<String, Object>, String> written, String reference, String foci) {
	}

	private static final FocusedList STATEMENTS = new FocusedList("q4-who-said-what", "speaker", "about",
			row -> row.get("statement") + " by " + row.get("speaker"), """
			MATCH (by)-[:SAID]->(item:Statement)-[:REPORTED_IN]->(article:Article)
			WHERE ($by IS NULL OR by.id = $by) AND ($of IS NULL OR EXISTS { (item)-[:ABOUT]->(:Entity {id: $of}) })
			""" + inRange("item.id + ' by ' + by.id", "'' AS evidence", "article.id, item.id, by.id"), """
			MATCH (by)-[:SAID]->(:Statement) WITH by, count(*) AS items WHERE items > 1
			RETURN by.id AS by, null AS of ORDER BY by
			UNION ALL
			MATCH (:Statement)-[:ABOUT]->(of) WITH of, count(*) AS items WHERE items > 1
			RETURN null AS by, of.id AS of ORDER BY of
			UNION ALL
			MATCH (by)-[:SAID]->(:Statement) WITH by, count(*) AS items ORDER BY items DESC LIMIT 1
			MATCH (by)-[:SAID]->(:Statement)-[:ABOUT]->(of)
			RETURN DISTINCT by.id AS by, of.id AS of ORDER BY of""");

	private static final FocusedList CALLS = new FocusedList("q6-calls-for-action", "caller", "concerning",
			row -> row.get("call") + " by " + row.get("caller"), """
			MATCH (by)-[called:CALLED_FOR]->(item:CallForAction)
			MATCH (article:Article {id: called.article})
			WHERE ($by IS NULL OR by.id = $by) AND ($of IS NULL OR EXISTS { (item)-[:ADDRESSED_TO|CONCERNS]->(:Entity {id: $of}) })
			""" + inRange("item.id + ' by ' + by.id", "'' AS evidence", "article.id, item.id, by.id"), """
			MATCH (by)-[:CALLED_FOR]->(:CallForAction)
			RETURN DISTINCT by.id AS by, null AS of ORDER BY by
			UNION ALL
			MATCH (:CallForAction)-[:ADDRESSED_TO|CONCERNS]->(of)
			RETURN DISTINCT null AS by, of.id AS of ORDER BY of
			UNION ALL
			MATCH (by)-[:CALLED_FOR]->(:CallForAction)-[:ADDRESSED_TO|CONCERNS]->(of)
			RETURN DISTINCT by.id AS by, of.id AS of ORDER BY by, of""");

	/**
	 * Criticisms of the entity or of what belongs to it (its inspections, board, members), dated by the statement
	 * they were read from, else their article. Criticisms of one pair in one article are in the order of the article's
	 * file, which the graph does not hold: they are compared as a group (the same row written, evidence aside).
	 */
	private static final FocusedList CRITICISMS = new FocusedList("q3-criticism", "critic", "target",
			row -> row.get("critic") + ">" + row.get("target") + " in " + ((Map<?, ?>) row.get("source")).get("article") + ": "
					+ row.get("statement"), """
			MATCH (by)-[criticism:CRITICISED]->(target)
			WHERE ($by IS NULL OR by.id = $by)
			  AND ($of IS NULL OR target.id = $of OR EXISTS { (target)-[:INSPECTED|PART_OF|MEMBER_OF]->(:Entity {id: $of}) })
			MATCH (article:Article {id: criticism.article})
			OPTIONAL MATCH (item:Statement {id: criticism.statement})
			WITH by, item, article, criticism, target
			""" + inRange("by.id + '>' + target.id + ' in ' + article.id + ': ' + coalesce(item.text, 'null')",
					"criticism.evidence AS evidence", "article.id, by.id, target.id"), """
			MATCH (by)-[:CRITICISED]->()
			RETURN DISTINCT by.id AS by, null AS of ORDER BY by
			UNION ALL
			MATCH ()-[:CRITICISED]->(of)
			RETURN DISTINCT null AS by, of.id AS of ORDER BY of
			UNION ALL
			MATCH ()-[:CRITICISED]->()-[:INSPECTED|PART_OF|MEMBER_OF]->(of)
			RETURN DISTINCT null AS by, of.id AS of ORDER BY of
			UNION ALL
			MATCH (by)-[:CRITICISED]->(of)
			RETURN DISTINCT by.id AS by, of.id AS of ORDER BY by, of""");

	/** The rule the lists share: an item's time is its own date or bounds, else its article's; kept when it overlaps. */
	private static String inRange(String row, String evidence, String tieBreakers) {
		return """
				WITH *, coalesce(item.date, item.dateEarliest, article.date, article.dateEarliest) AS earliest,
				     coalesce(item.date, item.dateLatest, article.date, article.dateLatest) AS latest
				WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
				  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
				RETURN %s AS row, %s
				ORDER BY coalesce(earliest, latest), %s""".formatted(row, evidence, tieBreakers);
	}

	/**
	 * No range, whole years, a day inside a year some items are dated by, a month, a single day, open ends (a few
	 * thousand questions in all: the suite's time is kept to what tells the cases apart).
	 */
	private static final List<String[]> RANGES = List.of(new String[] { null, null }, new String[] { "2018", "2019" },
			new String[] { "2018-03-01", null }, new String[] { null, "2018-12" }, new String[] { "2019-11-06", "2019-11-06" });

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
	void everyCriticsAndTargetsCriticismsAreThoseOfReadingEveryCriticism() {
		everyFocusAndRangeAsReadingEverything(CRITICISMS, 15, 30);
	}

	@Test
	void pagesOfThreeFollowOnWithoutGapsOrRepeats() {
		var softly = new SoftAssertions();
		for (var list : List.of(STATEMENTS, CALLS, CRITICISMS)) {
			for (var focus : foci(list)) {
				for (var range : List.<String[]>of(RANGES.get(2))) {
					var expected = answer(list, focus, range, 0, PageRequest.MAX_SIZE);
					var paged = new ArrayList<String>();
					for (int skip = 0; skip <= expected.size(); skip += 3) {
						paged.addAll(answer(list, focus, range, skip, 3));
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
				var rows = queries.run(list.query(), parameters(list, focus, range, 0, PageRequest.MAX_SIZE));
				var question = "%s %s, %s".formatted(list.query(), Arrays.toString(focus), Arrays.toString(range));
				softly.assertThat(rows.stream().map(list.written()).toList()).as(question)
					.isEqualTo(expected.stream().map(r -> r.get("row").asString()).toList());
				softly.assertThat(rows.stream().map(r -> list.written().apply(r) + " " + evidence(r)).toList()).as(question)
					.containsExactlyInAnyOrderElementsOf(expected.stream()
						.map(r -> r.get("row").asString() + " " + r.get("evidence").asString()).toList());
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

	private List<org.neo4j.driver.Record> reference(FocusedList list, String[] focus, String[] range) {
		var parameters = new HashMap<String, Object>();
		parameters.put("by", focus[0]);
		parameters.put("of", focus[1]);
		parameters.put("from", range[0]);
		parameters.put("to", range[1]);
		return driver.executableQuery(list.reference()).withParameters(parameters).execute().records();
	}

	private List<String> answer(FocusedList list, String[] focus, String[] range, int skip, int limit) {
		return queries.run(list.query(), parameters(list, focus, range, skip, limit)).stream()
			.map(row -> list.written().apply(row) + " " + evidence(row)).toList();
	}

	/** A criticism's evidence; the other lists' rows are told apart without it. */
	private static String evidence(Map<String, Object> row) {
		return row.containsKey("critic") ? (String) ((Map<?, ?>) row.get("source")).get("evidence") : "";
	}

	private static Map<String, Object> parameters(FocusedList list, String[] focus, String[] range, int skip, int limit) {
		var parameters = new HashMap<String, Object>();
		parameters.put(list.byParameter(), focus[0]);
		parameters.put(list.ofParameter(), focus[1]);
		parameters.put("from", range[0]);
		parameters.put("to", range[1]);
		parameters.put("skip", skip);
		parameters.put("limit", limit);
		return parameters;
	}
}
