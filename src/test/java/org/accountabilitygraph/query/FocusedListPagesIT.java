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
 * speaker or caller). So must an entity's roles over time and the first articles that report it (the entity's answer), its
 * timeline's roles and statements, its provenance, the list of articles, and the network's statements.
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

	/**
	 * Calls for action and criticism apply the statements' rule, with the same keys: no range, whole years, and a day
	 * inside a year some items are dated by (where a list that left out the items spanning dates failed) tell their
	 * cases apart; the month and the single day are asked of the statements alone, and only of the foci with more than
	 * {@value #BUSY} of them, the others' few items being told apart by the first three (the calls' comparison took
	 * 101 s in CI with every range, and the four lists over 300 s of a run).
	 */
	private static final List<String[]> SHARED_RULE_RANGES = RANGES.subList(0, 3);

	private static final int BUSY = 10;

	private final Driver driver;
	private final NamedQueries queries;

	FocusedListPagesIT(Driver driver) {
		this.driver = driver;
		this.queries = new NamedQueries(driver, LoadedGraph.QUERY_TIMEOUT);
	}

	@Test
	void everySpeakersAndSubjectsStatementsAreThoseOfReadingEveryStatement() {
		everyFocusAndRangeAsReadingEverything(STATEMENTS, RANGES, 20, 50);
	}

	@Test
	void everyCallersAndConcernedCallsAreThoseOfReadingEveryCall() {
		everyFocusAndRangeAsReadingEverything(CALLS, SHARED_RULE_RANGES, 10, 15);
	}

	@Test
	void everyCriticsAndTargetsCriticismsAreThoseOfReadingEveryCriticism() {
		everyFocusAndRangeAsReadingEverything(CRITICISMS, SHARED_RULE_RANGES, 15, 30);
	}

	@Test
	void pagesOfThreeFollowOnWithoutGapsOrRepeats() {
		var softly = new SoftAssertions();
		for (var list : List.of(STATEMENTS, CALLS, CRITICISMS)) {
			for (var focus : foci(list)) {
				for (var range : List.<String[]>of(RANGES.get(2))) {
					var expected = answer(list, focus, range, 0, PageRequest.MAX_SIZE);
					if (expected.size() <= 3) {
						continue; // one page: the comparisons with reading everything ask for it
					}
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

	/**
	 * An entity's first roles (from either end of five relations) and first reports, each read from its index of keys:
	 * for every entity, the first 2 and the first 200 are those of reading every role and every report.
	 */
	@Test
	void everyEntitysFirstRolesAndReportsAreThoseOfReadingEveryOne() {
		var softly = new SoftAssertions();
		var ids = driver.executableQuery("""
				MATCH (entity:Entity) WHERE EXISTS { (entity)-[:LEADS|HOLDS_OFFICE|MEMBER_OF|WORKS_FOR|REPRESENTS|REPORTED_IN]-() }
				RETURN entity.id AS id ORDER BY id""").execute().records().stream().map(r -> r.get("id").asString()).toList();
		assertThat(ids).hasSizeGreaterThan(100);
		int withRoles = 0;
		for (var id : ids) {
			var allRoles = column("""
					MATCH (:Entity {id: $id})-[role:LEADS|HOLDS_OFFICE|MEMBER_OF|WORKS_FOR|REPRESENTS]-(other)
					RETURN type(role) + ' ' + other.id + ' ' + role.article + ' ' + coalesce(role.role, 'null') AS row
					ORDER BY coalesce(role.startDate, role.asOf), type(role), other.id, role.article, role.role""", id);
			var allReports = column("""
					MATCH (:Entity {id: $id})-[reported:REPORTED_IN]->()
					RETURN reported.article AS row ORDER BY reported.articleSortDate, reported.article""", id);
			// the first 200 (all of them here), and the first 2 where there are more
			for (int first : new int[] { 200, 2 }) {
				if (first == 2 && allRoles.size() <= 2 && allReports.size() <= 2) {
					continue;
				}
				var entity = queries.run("entity", Map.of("id", id, "roles", first, "sources", first)).get(0);
				var roles = ((List<?>) entity.get("roles")).stream().map(Map.class::cast)
					.map(role -> role.get("relation") + " " + role.get("other") + " " + ((Map<?, ?>) role.get("source")).get("article")
							+ " " + role.get("role"))
					.toList();
				softly.assertThat(roles).as("%s: first %d roles", id, first)
					.isEqualTo(allRoles.subList(0, Math.min(first, allRoles.size())));
				var reports = ((List<?>) entity.get("sources")).stream().map(Map.class::cast).map(source -> source.get("article")).toList();
				softly.assertThat(reports).as("%s: first %d reports", id, first)
					.isEqualTo(allReports.subList(0, Math.min(first, allReports.size())));
				withRoles += roles.isEmpty() ? 0 : 1;
			}
		}
		softly.assertAll();
		assertThat(withRoles).as("answers with roles").isGreaterThan(40);
	}

	/**
	 * The timeline of an entity that said or was the subject of more than two statements lists, kind by kind, what the lists checked above answer: its roles as the entity's answer
	 * lists them, what it said as Q4 by that speaker, what others said about it as Q4 about it (less its own), over the
	 * ranges (roles only without one: the timeline does not date-filter them before its end; and as a set, as the
	 * timeline orders them by their time alone).
	 */
	@Test
	void everyEntitysTimelineListsWhatItsFocusedListsAnswer() {
		var softly = new SoftAssertions();
		var ids = driver.executableQuery("""
				MATCH (entity:Entity) WHERE COUNT { (entity)-[:SAID]->(:Statement) } + COUNT { (:Statement)-[:ABOUT]->(entity) } > 2
				RETURN entity.id AS id ORDER BY id""").execute().records().stream().map(r -> r.get("id").asString()).toList();
		assertThat(ids).hasSizeGreaterThan(10);
		for (var id : ids) {
			for (var range : List.of(RANGES.get(0), RANGES.get(2))) {
				var parameters = new HashMap<String, Object>(Map.of("id", id, "limit", 1000));
				parameters.put("from", range[0]);
				parameters.put("to", range[1]);
				List<Map<?, ?>> items = queries.run("timeline", parameters).stream().<Map<?, ?>>map(row -> (Map<?, ?>) row.get("item")).toList();
				var question = "%s's timeline %s".formatted(id, Arrays.toString(range));
				softly.assertThat(ofKind(items, "said", item -> ((Map<?, ?>) item.get("statement")).get("id")))
					.as(question + ": said")
					.isEqualTo(answer(STATEMENTS, new String[] { id, null }, range, 0, 1000).stream().map(row -> row.split(" ")[0]).toList());
				softly.assertThat(ofKind(items, "said about",
						item -> ((Map<?, ?>) item.get("statement")).get("id") + " by " + ((Map<?, ?>) item.get("speaker")).get("id")))
					.as(question + ": said about")
					.isEqualTo(answer(STATEMENTS, new String[] { null, id }, range, 0, 1000).stream().map(String::strip)
						.filter(row -> !row.endsWith(" by " + id)).toList());
				if (range[0] == null && range[1] == null) {
					var roles = ((List<?>) queries.run("entity", Map.of("id", id, "roles", 1000, "sources", 0)).get(0).get("roles"))
						.stream().map(Map.class::cast).map(role -> role.get("relation") + " " + role.get("other")).toList();
					softly.assertThat(ofKind(items, "role", item -> item.get("relation") + " " + ((Map<?, ?>) item.get("other")).get("id")))
						.as(question + ": roles").containsExactlyInAnyOrderElementsOf(roles); // the timeline orders all by time
				}
			}
		}
		softly.assertAll();
	}

	/**
	 * Every entity's provenance (Q8): its reports first, oldest article first, then its other facts by type, article,
	 * other end and evidence, as reading all of them gives; and, for the most reported entity and an article, in pages
	 * of three.
	 */
	@Test
	void everyEntitysProvenanceIsThatOfReadingEveryFact() {
		var softly = new SoftAssertions();
		var ids = driver.executableQuery("MATCH (entity:Entity) WHERE EXISTS { (entity)--() } RETURN entity.id AS id ORDER BY id")
			.execute().records().stream().map(r -> r.get("id").asString()).toList();
		assertThat(ids).hasSizeGreaterThan(100);
		for (var id : ids) {
			var expected = driver.executableQuery("""
					MATCH (:Entity {id: $id})-[fact]-(other)
					WITH fact, other, type(fact) = 'REPORTED_IN' AS report
					RETURN type(fact) + ' ' + other.id + ' ' + fact.article + ' ' + fact.evidence AS row
					ORDER BY report DESC, CASE WHEN report THEN coalesce(fact.articleSortDate, '~') ELSE type(fact) END,
					         fact.article, other.id, fact.evidence""").withParameters(Map.of("id", id)).execute().records()
				.stream().map(r -> r.get("row").asString()).toList();
			softly.assertThat(provenance(id, 0, PageRequest.MAX_SIZE)).as(id).isEqualTo(expected);
			if (id.equals("nsft") || id.startsWith("article-d486")) {
				var paged = new ArrayList<String>();
				for (int skip = 0; skip <= expected.size(); skip += 3) {
					paged.addAll(provenance(id, skip, 3));
				}
				softly.assertThat(paged).as(id + " in pages of three").isEqualTo(expected);
			}
		}
		softly.assertAll();
	}

	private List<String> provenance(String id, int skip, int limit) {
		var parameters = new HashMap<String, Object>(Map.of("id", id, "skip", skip, "limit", limit));
		parameters.put("other", null);
		return queries.run("q8-provenance", parameters).stream()
			.map(row -> row.get("fact") + " " + row.get("other") + " " + ((Map<?, ?>) row.get("source")).get("article") + " "
					+ ((Map<?, ?>) row.get("source")).get("evidence"))
			.toList();
	}

	/** The list of articles, read a page at a time from the index of their sort keys, in pages of two. */
	@Test
	void pagesOfArticlesAreThoseOfSortingEveryArticle() {
		var expected = driver.executableQuery("""
				MATCH (article:Article)
				RETURN article.id AS row ORDER BY coalesce(article.date, article.dateEarliest, article.dateLatest), article.id""")
			.execute().records().stream().map(r -> r.get("row").asString()).toList();
		var paged = new ArrayList<Object>();
		for (int skip = 0; skip <= expected.size(); skip += 2) {
			var parameters = new HashMap<String, Object>(Map.of("skip", skip, "limit", 2));
			parameters.put("article", null);
			queries.run("articles", parameters).forEach(row -> paged.add(row.get("id")));
		}
		assertThat(expected).hasSizeGreaterThan(2);
		assertThat(paged).isEqualTo(expected);
	}

	/**
	 * The network's statements, one entity at a time (and all of them together, as a step deeper asks), with no range
	 * and a day inside a year some statements are dated by, each as its first 3 rows and all of them, and each article's
	 * alone; against reading every statement.
	 */
	@Test
	void everyEntitysNetworkIsThatOfReadingEveryStatement() {
		var reference = """
				MATCH (speaker)-[said:SAID]->(item:Statement)-[:REPORTED_IN]->(article:Article)
				WHERE ($entities IS NULL OR EXISTS { (someone)-[:SAID]->(item) WHERE someone.id IN $entities }
				       OR EXISTS { (item)-[:ABOUT|ON_BEHALF_OF]->(entity) WHERE entity.id IN $entities })
				  AND ($article IS NULL OR article.id = $article)
				""" + inRange("item.id + ' by ' + speaker.id", "said.evidence AS evidence", "article.id, item.id, speaker.id");
		var ids = driver.executableQuery("""
				MATCH (entity)-[:SAID|ABOUT|ON_BEHALF_OF]-(:Statement)
				RETURN DISTINCT entity.id AS id ORDER BY id""").execute().records().stream().map(r -> r.get("id").asString()).toList();
		var articles = driver.executableQuery("MATCH (article:Article) RETURN article.id AS id ORDER BY id").execute().records()
			.stream().map(r -> r.get("id").asString()).toList();
		var questions = new ArrayList<Map<String, Object>>();
		for (var id : ids) {
			for (var range : List.of(RANGES.get(0), RANGES.get(2))) {
				questions.add(networkQuestion(List.of(id), range, null));
			}
		}
		questions.add(networkQuestion(null, RANGES.get(0), null));
		questions.add(networkQuestion(ids, RANGES.get(0), null));
		questions.add(networkQuestion(ids, RANGES.get(2), null));
		for (var article : articles) {
			questions.add(networkQuestion(null, RANGES.get(0), article));
			questions.add(networkQuestion(List.of("nsft"), RANGES.get(0), article));
		}
		var softly = new SoftAssertions();
		int answered = 0;
		for (var question : questions) {
			var expected = driver.executableQuery(reference).withParameters(question).execute().records().stream()
				.map(r -> r.get("row").asString() + " " + r.get("evidence").asString()).toList();
			for (int limit : new int[] { 3, 1000 }) {
				question.put("limit", limit);
				var rows = queries.run("network", question).stream().map(row -> row.get("statement") + " by "
						+ ((Map<?, ?>) row.get("speaker")).get("id") + " " + ((Map<?, ?>) row.get("source")).get("evidence")).toList();
				softly.assertThat(rows).as(question.toString()).isEqualTo(expected.subList(0, Math.min(limit, expected.size())));
			}
			answered += expected.isEmpty() ? 0 : 1;
		}
		softly.assertAll();
		assertThat(ids).hasSizeGreaterThan(20);
		assertThat(answered).as("questions with an answer").isGreaterThan(questions.size() / 2);
	}

	private static Map<String, Object> networkQuestion(List<?> entities, String[] range, String article) {
		var parameters = new HashMap<String, Object>();
		parameters.put("entities", entities);
		parameters.put("from", range[0]);
		parameters.put("to", range[1]);
		parameters.put("article", article);
		return parameters;
	}

	private static List<Object> ofKind(List<Map<?, ?>> items, String kind, Function<Map<?, ?>, Object> written) {
		return items.stream().filter(item -> kind.equals(item.get("kind"))).map(written).toList();
	}

	private List<Object> column(String query, String id) {
		return driver.executableQuery(query).withParameters(Map.of("id", id)).execute().records().stream()
			.map(r -> r.get("row").asObject()).toList();
	}

	private void everyFocusAndRangeAsReadingEverything(FocusedList list, List<String[]> ranges, int leastFoci, int leastAnswers) {
		var softly = new SoftAssertions();
		int answered = 0;
		var foci = foci(list);
		assertThat(foci).hasSizeGreaterThan(leastFoci);
		for (var focus : foci) {
			int items = Integer.MAX_VALUE;
			for (var range : ranges) {
				if (!SHARED_RULE_RANGES.contains(range) && items <= BUSY) {
					continue;
				}
				var expected = reference(list, focus, range);
				items = range == RANGES.get(0) ? expected.size() : items;
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
