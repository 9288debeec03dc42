package org.accountabilitygraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountabilitygraph.LoadedGraph;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * A focused question (about one entity, one article, one pair) starts from what it is about: profiled on the
 * curated graph, none of its plan's operators that read every node, every node of a label or every relationship
 * of a type does any work. At national scale such a scan is what turns milliseconds into minutes, whatever the
 * planner's guess on a small graph.
 */
@ExtendWith(LoadedGraph.class)
class FocusedQueriesIT {

	/** Operators that read a whole label, type or store rather than what an index or a bound node leads to. */
	private static final Set<String> SCANS = Set.of("AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan",
			"IntersectionNodeByLabelsScan", "SubtractionNodeByLabelsScan", "NodeIndexScan", "DirectedAllRelationshipsScan",
			"UndirectedAllRelationshipsScan", "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan",
			"DirectedUnionRelationshipTypesScan", "UndirectedUnionRelationshipTypesScan", "DirectedRelationshipIndexScan",
			"UndirectedRelationshipIndexScan");

	private record Question(String query, Map<String, Object> parameters) {
	}

	private static Question question(String query, Object... keysAndValues) {
		var parameters = new HashMap<String, Object>();
		parameters.put("skip", 0);
		parameters.put("limit", 100);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return new Question(query, parameters);
	}

	private static final List<Question> FOCUSED = List.of(
			question("entity", "id", "nsft", "roles", 200, "sources", 50),
			question("exists", "id", "nsft"),
			question("q1-leadership", "organisation", "nsft", "sources", 20),
			question("q2-inspections", "organisation", "nsft", "sources", 20),
			question("q3-criticism", "target", "nsft", "critic", null, "from", null, "to", null),
			question("q3-criticism", "target", null, "critic", "campaign-to-save-mental-health-services", "from", "2015", "to", "2019"),
			question("q4-who-said-what", "speaker", "norman-lamb", "about", null, "from", null, "to", null),
			question("q4-who-said-what", "speaker", null, "about", "nsft", "from", "2018", "to", "2019"),
			question("q4-who-said-what", "speaker", "norman-lamb", "about", "nsft", "from", null, "to", null),
			question("q6-calls-for-action", "caller", null, "concerning", "nsft", "from", null, "to", null),
			question("q6-calls-for-action", "caller", "campaign-to-save-mental-health-services", "concerning", null, "from", "2015",
					"to", null),
			question("q7-events", "from", null, "to", null, "kind", null, "participant", "campaign-to-save-mental-health-services"),
			question("q8-provenance", "id", "norman-lamb", "other", null),
			question("claims-and-outcomes", "org", "nsft", "from", null, "to", null, "sources", 20),
			question("claims-and-outcomes", "org", "nsft", "from", "2018", "to", "2019", "sources", 20),
			question("q9-connections", "from", "norman-lamb", "to", "zoe-billingham"),
			question("compare", "a", "antek-lejk", "b", "chloe-smith", "from", null, "to", null, "limit", 51),
			question("timeline", "id", "nsft", "from", null, "to", null, "limit", 1000),
			question("timeline", "id", "norman-lamb", "from", "2018", "to", "2019", "limit", 1000),
			question("q9-neighbourhood", "id", "cqc", "depth", 2),
			question("network", "entities", List.of("nsft"), "from", null, "to", null, "article", null),
			question("network-links", "ids", List.of("nsft", "cqc", "norman-lamb", "antek-lejk"), "article", null, "perLink", 20),
			question("articles", "article", "article-d486f7aa"),
			question("article-facts", "article", "article-d486f7aa"),
			question("article-text", "article", "article-d486f7aa"));

	@Test
	void noFocusedQuestionReadsAWholeLabelOrType(Driver driver) {
		var softly = new SoftAssertions();
		for (var question : FOCUSED) {
			var profile = profile(driver, question);
			softly.assertThat(rows(profile)).as(question + " answers something").isPositive();
			softly.assertThat(scansThatWorked(profile)).as(question.query() + " " + question.parameters() + "\n" + describe(profile, ""))
				.isEmpty();
		}
		softly.assertAll();
	}

	/**
	 * An article's view reads its facts through the {@code fact_article} index: no step of the plan handles more rows
	 * than the article has facts and mentions. Read from the nodes at the facts' ends instead, the trust's article
	 * handles every relationship of the trust (every article's), and this fails.
	 */
	@Test
	void anArticlesFactsAreReadByItsIdNotFromTheNodesTheyTouch(Driver driver) {
		var softly = new SoftAssertions();
		for (var article : driver.executableQuery("MATCH (a:Article) RETURN a.id AS id, a.factCount AS facts, "
				+ "COUNT { (a)<-[:REPORTED_IN]-() } AS mentions ORDER BY id").execute().records()) {
			long bound = article.get("facts").asLong() + article.get("mentions").asLong();
			for (var query : List.of("article-text", "article-facts")) {
				var profile = profile(driver, question(query, "article", article.get("id").asString()));
				softly.assertThat(mostRows(profile)).as(query + " " + article.get("id") + "\n" + describe(profile, ""))
					.isPositive().isLessThanOrEqualTo(bound);
			}
		}
		softly.assertAll();
	}

	/**
	 * A page of what one entity said, of what was said about it, of the calls for action it made or that concern it,
	 * of the criticism it made or received, reads a page: the index of the list keys the loader writes gives the
	 * busiest speaker's, subject's, caller's, concerned entity's, critic's and target's items in order, and the reading
	 * stops after the page (one entry more, to see that the next item is another). Reading all of them and sorting, as
	 * Q4, Q6 and Q3 did, fails this.
	 */
	@Test
	void aPageOfAFocusedListReadsAPageOfTheIndexNotTheWholeList(Driver driver) {
		var softly = new SoftAssertions();
		// the busiest entity of each list, and how many lists of the index the query reads for it (Q3 reads the
		// target's and each of its parts')
		var one = " RETURN n.id AS id, count(r) AS items, 1 AS lists ORDER BY items DESC LIMIT 1";
		var lists = Map.of(
				"q4-who-said-what speaker", "MATCH (n)-[r:SAID]->(:Statement)" + one,
				"q4-who-said-what about", "MATCH (:Statement)-[r:ABOUT]->(n)" + one,
				"q6-calls-for-action caller", "MATCH (n)-[r:CALLED_FOR]->(:CallForAction)" + one,
				"q6-calls-for-action concerning", "MATCH (:CallForAction)-[r:CONCERNS]->(n)" + one,
				"q3-criticism critic", "MATCH (n)-[r:CRITICISED]->()" + one,
				"q3-criticism target", """
						MATCH ()-[r:CRITICISED]->(n) WITH n, count(r) AS items ORDER BY items DESC LIMIT 1
						RETURN n.id AS id, items, 1 + COUNT { MATCH (part)-[:INSPECTED|PART_OF|MEMBER_OF]->(n) RETURN DISTINCT part } AS lists""");
		for (var list : lists.entrySet()) {
			var busiest = driver.executableQuery(list.getValue()).execute().records().get(0);
			softly.assertThat(busiest.get("items").asLong()).as(list.getKey() + " " + busiest.get("id")).isGreaterThan(3);
			var query = list.getKey().split(" ");
			var question = question(query[0], "speaker", null, "about", null, "caller", null, "concerning", null, "critic", null, "target", null, "from", null,
					"to", null, "limit", 2);
			question.parameters().put(query[1], busiest.get("id").asString());
			var profile = profile(driver, question);
			var seeks = operators(profile, "RelationshipIndexSeek").stream()
				.filter(seek -> String.valueOf(seek.arguments().get("Details")).contains("sortKey") && seek.records() > 0).toList();
			softly.assertThat(rows(profile)).as(question.toString()).isEqualTo(2);
			softly.assertThat(seeks).as(question + "\n" + describe(profile, "")).isNotEmpty()
				.allSatisfy(seek -> assertThat(seek.records()).isLessThanOrEqualTo(3 * busiest.get("lists").asLong()));
		}
		softly.assertAll();
	}

	/**
	 * The first roles and reports of the entity with the most roles, and of the one most reported, the first items
	 * of each kind in their timelines, and the first statements of their networks, read a page of each index of keys
	 * they use (one entry more than the page), not every role, report or statement; reading all and sorting, as
	 * entity.cypher, timeline.cypher and network.cypher did, fails this.
	 */
	@Test
	void anEntitysFirstRolesReportsAndTimelineReadAPageOfEachIndex(Driver driver) {
		var softly = new SoftAssertions();
		for (var busiest : List.of("MATCH (n)-[r:LEADS|HOLDS_OFFICE|MEMBER_OF|WORKS_FOR|REPRESENTS]-()",
				"MATCH (n)-[r:REPORTED_IN]->()", "MATCH (n)-[r:SAID]->(:Statement)", "MATCH (:Statement)-[r:ABOUT]->(n)")) {
			var entity = driver.executableQuery(busiest + " RETURN n.id AS id, count(r) AS items ORDER BY items DESC LIMIT 1")
				.execute().records().get(0);
			softly.assertThat(entity.get("items").asLong()).as(busiest).isGreaterThan(3);
			var id = entity.get("id").asString();
			for (var question : List.of(question("entity", "id", id, "roles", 2, "sources", 2),
					question("timeline", "id", id, "from", null, "to", null, "limit", 2),
					question("network", "entities", List.of(id), "from", null, "to", null, "article", null, "limit", 2))) {
				var profile = profile(driver, question);
				var seeks = operators(profile, "RelationshipIndexSeek").stream().filter(seek -> seek.records() > 0).toList();
				softly.assertThat(seeks).as(question + "\n" + describe(profile, "")).isNotEmpty()
					.allSatisfy(seek -> assertThat(seek.records()).isLessThanOrEqualTo(3));
			}
		}
		softly.assertAll();
	}

	@Test
	void theCheckSeesAScanWhenThereIsOne(Driver driver) {
		// the unfocused question must read every statement: the check above would name it
		var everything = question("q4-who-said-what", "speaker", null, "about", null, "from", null, "to", null);
		assertThat(scansThatWorked(profile(driver, everything))).isNotEmpty();
	}

	private static ProfiledPlan profile(Driver driver, Question question) {
		try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> tx.run("PROFILE " + NamedQueries.text(question.query()), question.parameters())
				.consume().profile());
		}
	}

	private static String describe(ProfiledPlan plan, String indent) {
		var text = new StringBuilder(indent + plan.operatorType() + " " + plan.identifiers() + " rows " + plan.records()
				+ ", db hits " + plan.dbHits() + " " + plan.arguments().getOrDefault("Details", null) + "\n");
		plan.children().forEach(child -> text.append(describe(child, indent + "  ")));
		return text.toString();
	}

	private static long rows(ProfiledPlan plan) {
		return plan.records();
	}

	private static long mostRows(ProfiledPlan plan) {
		return plan.children().stream().mapToLong(FocusedQueriesIT::mostRows).reduce(plan.records(), Math::max);
	}

	private static List<ProfiledPlan> operators(ProfiledPlan plan, String type) {
		var found = new ArrayList<ProfiledPlan>();
		if (plan.operatorType().contains(type)) {
			found.add(plan);
		}
		plan.children().forEach(child -> found.addAll(operators(child, type)));
		return found;
	}

	private static List<String> scansThatWorked(ProfiledPlan plan) {
		var found = new ArrayList<String>();
		var operator = plan.operatorType().replaceFirst("@.*$", "");
		if (SCANS.contains(operator) && (plan.records() > 0 || plan.dbHits() > 0)) {
			found.add(operator + " " + plan.identifiers() + " (" + plan.dbHits() + " db hits)");
		}
		for (var child : plan.children()) {
			found.addAll(scansThatWorked(child));
		}
		return found;
	}
}
