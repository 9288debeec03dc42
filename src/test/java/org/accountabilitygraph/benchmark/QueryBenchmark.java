package org.accountabilitygraph.benchmark;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.accountabilitygraph.query.KnowledgeGraph;
import org.accountabilitygraph.query.NamedQueries;
import org.accountabilitygraph.query.PageRequest;
import org.accountabilitygraph.query.SearchText;
import org.accountabilitygraph.query.TimelineReader;
import org.accountabilitygraph.query.model.Network;
import org.accountabilitygraph.server.EmbeddedNeo4j;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

/**
 * Not a test: the focused questions on a loaded store (the national one, typically), each timed through the Java API
 * and, as its reference in the same run, through the raw driver running the same named queries with the same
 * parameters (the network: its statements, then the links among the entities they show, as the API asks them). Prints p50 and p99 warm, the ratio of the API to the raw driver, and the rows each answer has.
 * The entities asked about are the busiest of their kind (the trust most talked about, the most frequent speaker),
 * found once by the first queries, so the numbers are the worst case of a focused question, not a lucky one.
 * Run with {@code tools/benchmark queries --store national/store [--rounds 50] [--page-cache 2g]}.
 */
public final class QueryBenchmark {

	/** A question through the Java API, and the same named queries with the same parameters through the raw driver. */
	private record Question(String name, Supplier<Object> api, Supplier<Object> raw) {
	}

	private QueryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var options = new HashMap<String, String>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		var store = Path.of(options.getOrDefault("store", "national/store"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "50"));
		long pageCache = org.neo4j.io.ByteUnit.parse(options.getOrDefault("page-cache", "2g"));
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		long started = System.nanoTime();
		var dbms = EmbeddedNeo4j.start(store, "localhost", port, null, false, pageCache);
		System.out.printf("store %s opened in %.1f s%n", store, (System.nanoTime() - started) / 1e9);
		try (var driver = GraphDatabase.driver("bolt://localhost:" + port)) {
			var graph = new KnowledgeGraph(driver, Duration.ofSeconds(30));
			var busiest = busiest(driver);
			System.out.println("asked about: " + busiest);
			var questions = questions(graph, driver, busiest);
			System.out.println();
			System.out.println("| question | rows | API p50 ms | API p99 ms | raw driver p50 ms | raw p99 ms | API / raw (p50) | first call ms |");
			System.out.println("|---|---|---|---|---|---|---|---|");
			for (var question : questions) {
				long first = System.nanoTime();
				Object answer;
				try {
					answer = question.api().get();
				}
				catch (RuntimeException ex) {
					// a question too slow or too big for this store is a result too: say so and go on
					System.out.printf("| %s | %s after %.0f ms | | | | | | |%n", question.name(), ex.getClass().getSimpleName(),
							(System.nanoTime() - first) / 1e6);
					continue;
				}
				double firstMs = (System.nanoTime() - first) / 1e6;
				int rows = answer instanceof List<?> list ? list.size() : answer instanceof java.util.Optional<?> o ? (o.isPresent() ? 1 : 0)
						: answer instanceof Network network ? network.nodes().size() : 1;
				var api = new ArrayList<Double>();
				var raw = new ArrayList<Double>();
				for (int i = 0; i < rounds; i++) {
					// interleaved, so that a busy moment of the shared machine falls on both
					api.add(time(question.api()));
					raw.add(time(question.raw()));
				}
				System.out.printf("| %s | %d | %.1f | %.1f | %s | %s | %s | %.0f |%n", question.name(), rows, percentile(api, 50),
						percentile(api, 99), raw.isEmpty() ? "" : String.format("%.1f", percentile(raw, 50)),
						raw.isEmpty() ? "" : String.format("%.1f", percentile(raw, 99)),
						raw.isEmpty() ? "" : String.format("%.2f", percentile(api, 50) / percentile(raw, 50)), firstMs);
			}
		}
		finally {
			dbms.shutdown();
		}
		var runtime = Runtime.getRuntime();
		System.out.printf("%nheap used %d MB of %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
				runtime.maxMemory() >> 20);
	}

	private static Map<String, String> busiest(Driver driver) {
		var found = new LinkedHashMap<String, String>();
		found.put("trust", single(driver, "MATCH (t:Trust) RETURN t.id AS id ORDER BY COUNT { (t)<-[:ABOUT]-() } DESC LIMIT 1"));
		found.put("speaker", single(driver, "MATCH (p:Person) RETURN p.id AS id ORDER BY COUNT { (p)-[:SAID]->() } DESC LIMIT 1"));
		found.put("leader", single(driver, "MATCH (p:Person)-[:LEADS]->(:Trust {id: '" + found.get("trust") + "'}) RETURN p.id AS id LIMIT 1"));
		found.put("mp", single(driver, "MATCH (p:MP) RETURN p.id AS id ORDER BY COUNT { (p)-[:SAID]->() } DESC LIMIT 1"));
		found.put("regulator", single(driver, "MATCH (r:Regulator) RETURN r.id AS id ORDER BY COUNT { (r)-[:CONDUCTED]->() } DESC LIMIT 1"));
		found.put("article", single(driver, "MATCH (a:Article)<-[:REPORTED_IN]-(:Statement)-[:ABOUT]->(:Trust {id: '" + found.get("trust") + "'}) RETURN a.id AS id LIMIT 1"));
		return found;
	}

	private static List<Question> questions(KnowledgeGraph graph, Driver driver, Map<String, String> busiest) {
		var trust = busiest.get("trust");
		var speaker = busiest.get("speaker");
		// a page as the REST API serves it by default; the raw driver asks for the same rows (one more, as the API does)
		var page = PageRequest.first(PageRequest.DEFAULT_SIZE);
		int limit = PageRequest.DEFAULT_SIZE + 1;
		var questions = new ArrayList<Question>();
		questions.add(new Question("entity (trust)", () -> graph.entity(trust), named(driver, "entity",
				Map.of("id", trust, "roles", KnowledgeGraph.ENTITY_ROLES, "sources", KnowledgeGraph.ENTITY_SOURCES))));
		questions.add(new Question("leadership (trust)", () -> graph.leadership(trust), named(driver, "q1-leadership",
				Map.of("organisation", trust, "sources", KnowledgeGraph.ROLE_SOURCES))));
		questions.add(new Question("inspections (trust)", () -> graph.inspections(trust, page).items(), named(driver, "q2-inspections",
				Map.of("organisation", trust, "skip", 0, "limit", limit, "sources", KnowledgeGraph.FINDING_SOURCES))));
		questions.add(new Question("criticisms (trust)", () -> graph.criticisms(trust, page).items(), named(driver, "q3-criticism",
				nulls("target", trust, "critic", null, "from", null, "to", null, "skip", 0, "limit", limit))));
		questions.add(new Question("statements by speaker", () -> graph.statements(speaker, null, null, null, page).items(), named(driver,
				"q4-who-said-what", nulls("speaker", speaker, "about", null, "from", null, "to", null, "skip", 0, "limit", limit))));
		questions.add(new Question("statements about trust", () -> graph.statements(null, trust, null, null, page).items(), named(driver,
				"q4-who-said-what", nulls("speaker", null, "about", trust, "from", null, "to", null, "skip", 0, "limit", limit))));
		questions.add(new Question("statements about trust, one year", () -> graph.statements(null, trust, "2015", "2015", page).items(),
				named(driver, "q4-who-said-what", nulls("speaker", null, "about", trust, "from", "2015", "to", "2015", "skip", 0, "limit", limit))));
		questions.add(new Question("calls for action (trust)", () -> graph.callsForAction(null, trust, page).items(), named(driver, "q6-calls-for-action",
				nulls("caller", null, "concerning", trust, "from", null, "to", null, "skip", 0, "limit", limit))));
		questions.add(new Question("events (leader)", () -> graph.events(null, null, null, busiest.get("leader"), page).items(), named(driver, "q7-events",
				nulls("from", null, "to", null, "kind", null, "participant", busiest.get("leader"), "skip", 0, "limit", limit))));
		questions.add(new Question("provenance (speaker)", () -> graph.facts(speaker, null, page).items(), named(driver, "q8-provenance",
				nulls("id", speaker, "other", null, "skip", 0, "limit", limit))));
		questions.add(new Question("path (speaker to regulator)", () -> graph.connection(speaker, busiest.get("regulator")), named(driver, "q9-connections",
				Map.of("from", speaker, "to", busiest.get("regulator")))));
		questions.add(new Question("neighbourhood (mp, depth 1)", () -> graph.neighbourhood(busiest.get("mp"), 1), named(driver, "q9-neighbourhood",
				Map.of("id", busiest.get("mp"), "depth", 1))));
		// the raw driver gets the parameters the API writes (SearchText), so both run the same query
		questions.add(new Question("search names", () -> graph.searchEntities("Sandhu", 10), named(driver, "search-entities",
				Map.of("query", SearchText.toLuceneQuery("q", "Sandhu"), "words", SearchText.words("Sandhu"), "limit", 10))));
		questions.add(new Question("search statements", () -> graph.searchStatements("waiting times", 20), named(driver, "search-statements",
				nulls("query", SearchText.toLuceneQuery("q", "waiting times"), "hits", KnowledgeGraph.MAX_SEARCH_HITS,
						"speaker", null, "from", null, "to", null, "skip", 0, "limit", 21))));
		for (var focus : List.of("leader", "trust")) {
			questions.add(new Question("network (" + focus + ", depth 1)", () -> graph.network(busiest.get(focus), 1, null, null, null),
					() -> network(driver, busiest.get(focus))));
		}
		for (var focus : List.of("leader", "trust")) {
			questions.add(new Question("timeline (" + focus + ")", () -> graph.timeline(busiest.get(focus)), named(driver, "timeline",
					nulls("id", busiest.get(focus), "from", null, "to", null, "limit", TimelineReader.ITEMS_PER_KIND))));
		}
		questions.add(new Question("article text", () -> graph.articleText(busiest.get("article")), named(driver, "article-text",
				Map.of("article", busiest.get("article")))));
		questions.add(new Question("articles (first page)", () -> graph.articleList(page).items(), named(driver, "articles",
				nulls("article", null, "skip", 0, "limit", limit))));
		return questions;
	}

	private static Supplier<Object> named(Driver driver, String query, Map<String, Object> parameters) {
		var text = NamedQueries.text(query);
		return () -> read(driver, text, parameters);
	}

	/** What the API asks for a network of depth 1: the statements, then the other facts among the entities they show. */
	private static Object network(Driver driver, String focus) {
		var rows = read(driver, NamedQueries.text("network"), nulls("entities", List.of(focus), "from", null, "to", null, "article",
				null, "limit", KnowledgeGraph.MAX_NETWORK_STATEMENTS + 1));
		var ids = new java.util.LinkedHashSet<Object>();
		for (var row : rows) {
			ids.add(((Map<?, ?>) row.get("speaker")).get("id"));
			for (var key : List.of("about", "onBehalfOf")) {
				((List<?>) row.get(key)).forEach(entity -> ids.add(((Map<?, ?>) entity).get("id")));
			}
		}
		return read(driver, NamedQueries.text("network-links"), nulls("ids", List.copyOf(ids), "article", null, "perLink",
				KnowledgeGraph.MAX_LINK_ATTESTATIONS));
	}

	private static Map<String, Object> nulls(Object... keysAndValues) {
		var map = new HashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static String single(Driver driver, String cypher) {
		var rows = read(driver, cypher, Map.of());
		return rows.isEmpty() ? null : (String) rows.get(0).get("id");
	}

	private static List<Map<String, Object>> read(Driver driver, String cypher, Map<String, Object> parameters) {
		try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list(Record::asMap));
		}
	}

	private static double time(Supplier<?> work) {
		long start = System.nanoTime();
		work.get();
		return (System.nanoTime() - start) / 1e6;
	}

	private static double percentile(List<Double> values, int p) {
		var sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}
}
