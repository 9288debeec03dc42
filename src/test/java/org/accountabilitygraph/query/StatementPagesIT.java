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
 * Who said what (Q4) about one speaker or subject reads its page from the index of the list keys the loader writes
 * (cypher/MODEL.md, "Keys for lists"). Whatever the focus, the date range and the page, it must give exactly the rows,
 * in exactly the order, that reading every statement gives: the reference below is Q4's rule written out plainly
 * (a statement's time is its own date or bounds, else its article's; kept when that time overlaps the range; oldest
 * first, then article, statement and speaker).
 */
@ExtendWith(LoadedGraph.class)
class StatementPagesIT {

	private static final String EVERY_STATEMENT = """
			MATCH (speaker)-[:SAID]->(statement:Statement)-[:REPORTED_IN]->(article:Article)
			WHERE ($speaker IS NULL OR speaker.id = $speaker)
			  AND ($about IS NULL OR EXISTS { (statement)-[:ABOUT]->(:Entity {id: $about}) })
			WITH speaker, statement, article,
			     coalesce(statement.date, statement.dateEarliest, article.date, article.dateEarliest) AS earliest,
			     coalesce(statement.date, statement.dateLatest, article.date, article.dateLatest) AS latest
			WHERE ($to IS NULL OR earliest IS NULL OR earliest <= $to + '~')
			  AND ($from IS NULL OR latest IS NULL OR latest + '~' >= $from)
			RETURN statement.id + ' by ' + speaker.id AS row
			ORDER BY coalesce(earliest, latest), article.id, statement.id, speaker.id""";

	/** Whole ranges, partial dates on either side, a single day, open ends. */
	private static final List<String[]> RANGES = List.of(new String[] { null, null }, new String[] { "2018", "2019" },
			new String[] { "2018-03-01", null }, new String[] { null, "2015-12-31" }, new String[] { "2019-11-06", "2019-11-06" },
			new String[] { "2022-06", null }, new String[] { "2014", "2014" }, new String[] { null, "2018-12" });

	private final Driver driver;
	private final NamedQueries queries;

	StatementPagesIT(Driver driver) {
		this.driver = driver;
		this.queries = new NamedQueries(driver, LoadedGraph.QUERY_TIMEOUT);
	}

	@Test
	void everySpeakersAndSubjectsStatementsAreThoseOfReadingEveryStatement() {
		var softly = new SoftAssertions();
		int nonEmpty = 0;
		for (var focus : foci()) {
			for (var range : RANGES) {
				var expected = reference(focus[0], focus[1], range);
				var answered = rows(focus[0], focus[1], range, 0, PageRequest.MAX_SIZE);
				softly.assertThat(answered).as("speaker %s, about %s, %s", focus[0], focus[1], Arrays.toString(range))
					.isEqualTo(expected);
				nonEmpty += expected.isEmpty() ? 0 : 1;
			}
		}
		softly.assertAll();
		assertThat(nonEmpty).as("questions with an answer").isGreaterThan(50);
	}

	@Test
	void pagesOfThreeFollowOnWithoutGapsOrRepeats() {
		var softly = new SoftAssertions();
		for (var focus : foci()) {
			for (var range : List.of(RANGES.get(0), RANGES.get(2))) {
				var expected = reference(focus[0], focus[1], range);
				var paged = new ArrayList<String>();
				for (int skip = 0; skip <= expected.size(); skip += 3) {
					paged.addAll(rows(focus[0], focus[1], range, skip, 3));
				}
				softly.assertThat(paged).as("speaker %s, about %s, %s", focus[0], focus[1], Arrays.toString(range))
					.isEqualTo(expected);
			}
		}
		softly.assertAll();
	}

	/**
	 * Every speaker and every subject of more than one statement (the others have a one-row answer), and the busiest
	 * speaker with each of their subjects.
	 */
	private List<String[]> foci() {
		var foci = new ArrayList<String[]>();
		for (var record : driver.executableQuery("""
				MATCH (speaker)-[:SAID]->(:Statement) WITH speaker, count(*) AS statements WHERE statements > 1
				RETURN speaker.id AS speaker, null AS subject ORDER BY speaker
				UNION ALL
				MATCH (:Statement)-[:ABOUT]->(subject) WITH subject, count(*) AS statements WHERE statements > 1
				RETURN null AS speaker, subject.id AS subject ORDER BY subject
				UNION ALL
				MATCH (speaker)-[:SAID]->(:Statement) WITH speaker, count(*) AS statements ORDER BY statements DESC LIMIT 1
				MATCH (speaker)-[:SAID]->(:Statement)-[:ABOUT]->(subject)
				RETURN DISTINCT speaker.id AS speaker, subject.id AS subject ORDER BY subject""").execute().records()) {
			foci.add(new String[] { record.get("speaker").isNull() ? null : record.get("speaker").asString(),
					record.get("subject").isNull() ? null : record.get("subject").asString() });
		}
		assertThat(foci).hasSizeGreaterThan(20);
		return foci;
	}

	private List<String> reference(String speaker, String about, String[] range) {
		return driver.executableQuery(EVERY_STATEMENT).withParameters(parameters(speaker, about, range, 0, 0)).execute()
			.records().stream().map(r -> r.get("row").asString()).toList();
	}

	private List<String> rows(String speaker, String about, String[] range, int skip, int limit) {
		return queries.run("q4-who-said-what", parameters(speaker, about, range, skip, limit)).stream()
			.map(row -> row.get("statement") + " by " + row.get("speaker")).toList();
	}

	private static Map<String, Object> parameters(String speaker, String about, String[] range, int skip, int limit) {
		var parameters = new HashMap<String, Object>();
		parameters.put("speaker", speaker);
		parameters.put("about", about);
		parameters.put("from", range[0]);
		parameters.put("to", range[1]);
		parameters.put("skip", skip);
		parameters.put("limit", limit);
		return parameters;
	}
}
