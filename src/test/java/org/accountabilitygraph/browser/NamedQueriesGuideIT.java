package org.accountabilitygraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accountabilitygraph.ApplicationOnLoadedGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.web.util.HtmlUtils;

/**
 * The Browser guide as served: one slide per named query of {@code cypher/queries/}, headed by its header's
 * whole first sentence, its Markdown rendered, and blocks that answer with one click on the loaded graph:
 * the query with its example written in (the same rows as the file with the example's parameters), and,
 * where the answer is a graph, "Draw it" ({@code cypher/queries/draw/}), which returns nodes and relationships
 * about the same entities.
 */
class NamedQueriesGuideIT extends ApplicationOnLoadedGraph {

	private static final Pattern SLIDE = Pattern.compile("<slide>(.*?)</slide>", Pattern.DOTALL);

	private static final Pattern HEADING = Pattern.compile("<h3>(.*?)</h3>", Pattern.DOTALL);

	private static final Pattern RUNNABLE = Pattern.compile("<pre class=\"code runnable\">(.*?)</pre>", Pattern.DOTALL);

	private static final Pattern FILE = Pattern.compile("<code>cypher/queries/([\\w-]+)\\.cypher</code>");

	private static final Pattern EXAMPLE = Pattern.compile("^// Example:\\s+:params? (.*)$", Pattern.MULTILINE);

	/** A slide as the Browser reads it: heading, the HTML around the blocks, the blocks' text. */
	private record GuideSlide(String file, String heading, String prose, String draw, String answer) {
	}

	private String html;

	private Map<String, GuideSlide> slides;

	@BeforeEach
	void readTheGuide() {
		var response = get(NamedQueriesGuide.PATH);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/html");
		html = response.body();
		slides = new LinkedHashMap<>();
		for (var slide : SLIDE.matcher(html).results().map(m -> m.group(1)).toList()) {
			var file = FILE.matcher(slide);
			if (!file.find()) {
				continue; // the opening slide
			}
			var blocks = RUNNABLE.matcher(slide).results().map(m -> HtmlUtils.htmlUnescape(m.group(1))).toList();
			var heading = HEADING.matcher(slide);
			assertThat(heading.find()).as(file.group(1)).isTrue();
			boolean drawn = slide.contains("<strong>Draw it</strong>");
			assertThat(blocks).as(file.group(1)).hasSize(drawn ? 2 : 1);
			slides.put(file.group(1), new GuideSlide(file.group(1), heading.group(1), RUNNABLE.matcher(slide).replaceAll(""),
					drawn ? blocks.get(0) : null, blocks.get(blocks.size() - 1)));
		}
	}

	@Test
	void oneSlidePerNamedQueryTheCompetencyQuestionsFirst() throws IOException {
		assertThat(SLIDE.matcher(html).results().count()).isEqualTo(queryFiles().size() + 1);
		assertThat(slides.keySet()).containsExactlyInAnyOrderElementsOf(queryFiles());
		assertThat(List.copyOf(slides.keySet()).subList(0, 10)).allMatch(name -> name.matches("q\\d.*"));
		assertThat(html.indexOf("Q1. Leadership")).isLessThan(html.indexOf("Q9. Connections"));
		assertThat(html).contains("<title>Who did, said and decided what: the named queries</title>");
	}

	@Test
	void headingsAreTheHeadersWholeFirstSentenceWithTheirMarkdownRendered() throws IOException {
		for (var slide : slides.values()) {
			var header = header(slide.file());
			var heading = plain(slide.heading());
			assertThat(heading).as(slide.file()).doesNotContain("`").matches("(?s).*[.?!]");
			// Whole: a sentence of the header from its start, wherever the comment lines break.
			assertThat(header.replace("`", "")).as(slide.file()).startsWith(heading);
		}
		assertThat(plain(slides.get("article-facts").heading())).isEqualTo("Every fact an article supports: each relationship "
				+ "it is the source of (REPORTED_IN left out), with both ends and the supporting sentence.");
		assertThat(plain(slides.get("q4-who-said-what").heading())).isEqualTo("Q4. Who said what?");
		assertThat(slides.get("q9-neighbourhood").heading()).startsWith("Q9 (second form). Everyone within <code>$depth</code> steps");
		// Markdown in the explanations: code spans as <code>, no backtick left outside the blocks.
		assertThat(slides.get("q1-leadership").prose()).contains("A role&#39;s time (<code>when</code>)");
		assertThat(slides.get("q4-who-said-what").prose()).contains("<code>x + &#39;~&#39;</code>");
		assertThat(RUNNABLE.matcher(html).replaceAll("")).doesNotContain("`");
	}

	@Test
	void eachAnswerRunsInOneClickAndAnswersWhatTheFileAnswersWithItsExample(Driver driver) throws IOException {
		for (var slide : slides.values()) {
			var file = Files.readString(queries().resolve(slide.file() + ".cypher"));
			assertThat(slide.answer()).as(slide.file()).doesNotContain("$").doesNotStartWith(":");
			var fromGuide = run(driver, slide.answer(), Map.of());
			var fromFile = run(driver, file, example(driver, file));
			assertThat(fromGuide).as(slide.file()).isEqualTo(fromFile);
		}
		assertThat(slides.get("q1-leadership").answer()).startsWith("MATCH (person:Person)-[role:LEADS]->(organisation:Organisation {id: 'nsft'})");
	}

	@Test
	void whereTheAnswerIsAGraphDrawItReturnsItsNodesAndRelationships(Driver driver) throws IOException {
		var drawn = new TreeSet<String>();
		try (var files = Files.list(queries().resolve("draw"))) {
			files.map(f -> f.getFileName().toString().replaceFirst("\\.cypher$", "")).forEach(drawn::add);
		}
		assertThat(drawn).containsExactlyInAnyOrder("q1-leadership", "q2-inspections", "q3-criticism", "q4-who-said-what",
				"q5-politicians", "q6-calls-for-action", "q7-events", "q8-provenance", "q9-connections", "q9-neighbourhood",
				"entity", "article-facts", "network", "network-links", "search-statements", "compare");
		assertThat(slides.values().stream().filter(s -> s.draw() != null).map(GuideSlide::file)).containsExactlyInAnyOrderElementsOf(drawn);
		for (var slide : slides.values()) {
			if (slide.draw() == null) {
				assertThat(slide.prose()).as(slide.file()).contains("nothing to draw");
				continue;
			}
			assertThat(slide.draw()).as(slide.file()).doesNotContain("$");
			var graph = Graph.of(driver.executableQuery(slide.draw()).execute().records());
			assertThat(graph.nodes()).as(slide.file() + ": nodes").isNotEmpty();
			assertThat(graph.relationships()).as(slide.file() + ": relationships").isNotEmpty();
		}
	}

	@Test
	void theDrawingsShowTheAnswersEntities(Driver driver) {
		// Q1: everyone who led the organisation
		assertThat(drawing(driver, "q1-leadership").ids()).containsAll(column(driver, "q1-leadership", "person"));
		// Q3: every criticism of the answer is a CRITICISED relationship drawn, between the same two
		var criticism = drawing(driver, "q3-criticism");
		var answered = run(driver, slides.get("q3-criticism").answer(), Map.of()).stream()
			.map(r -> r.get("critic") + " -> " + r.get("target")).collect(Collectors.toSet());
		assertThat(criticism.facts("CRITICISED")).isEqualTo(answered);
		// Q4 and the network: the same statements
		assertThat(drawing(driver, "q4-who-said-what").ids(":Statement"))
			.isEqualTo(Set.copyOf(column(driver, "q4-who-said-what", "statement")));
		assertThat(drawing(driver, "network").ids(":Statement")).isEqualTo(Set.copyOf(column(driver, "network", "statement")));
		// the comparison: the same statements
		assertThat(drawing(driver, "compare").ids(":Statement")).isEqualTo(Set.copyOf(column(driver, "compare", "statement")));
		// Q6, Q7: the same calls for action and events
		assertThat(drawing(driver, "q6-calls-for-action").ids(":CallForAction"))
			.isEqualTo(Set.copyOf(column(driver, "q6-calls-for-action", "call")));
		assertThat(drawing(driver, "q7-events").ids(":Event")).isEqualTo(Set.copyOf(column(driver, "q7-events", "event")));
		// Q9: the same neighbours
		var neighbourhood = drawing(driver, "q9-neighbourhood").ids();
		neighbourhood.remove("cqc");
		assertThat(neighbourhood).containsAll(column(driver, "q9-neighbourhood", "id"));
		var chain = (List<?>) run(driver, slides.get("q9-connections").answer(), Map.of()).get(0).get("nodes");
		assertThat(drawing(driver, "q9-connections").ids())
			.isEqualTo(chain.stream().map(n -> (String) ((Map<?, ?>) n).get("id")).collect(Collectors.toSet()));
	}

	@Test
	void theBrowserTakesTheGuideAsItIs() {
		// The Browser strips on* attributes, scripts and javascript: links from a remote guide (remoteUtils.cleanHtml
		// in neo4j-browser 5.24); none of that may touch the queries' text.
		var cleaned = html.replaceAll("(?i)(\\s+(on[^\\s=]+)[^\\s=]*\\s*=\\s*(\"[^\"]*\"|'[^']*'|[\\w\\-.:]+\\s*))", "")
			.replaceAll("(?i)<script\\b[^<]*(?:(?!</script>)<[^<]*)*(</script>)?", "");
		assertThat(cleaned).isEqualTo(html);
	}

	@Test
	void theGraphStyleIsServedForTheBrowser() {
		var response = get(GraphStyle.PATH);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/plain");
		assertThat(response.body()).contains("node.Statement {").contains("caption: '{text}';").doesNotContain("/*");
		// The opening slide's key to it
		assertThat(html).contains("background:#CC79A7").contains(">Statement</span> text");
	}

	/** Nodes and relationships in a result, wherever they are (alone, in paths, in lists). */
	private record Graph(Map<String, Node> nodes, Map<String, Relationship> relationships) {

		static Graph of(List<Record> records) {
			var graph = new Graph(new LinkedHashMap<>(), new LinkedHashMap<>());
			records.forEach(r -> r.values().forEach(graph::add));
			return graph;
		}

		private void add(Value value) {
			switch (value.hasType(TypeSystem.getDefault().LIST()) ? "LIST" : value.type().name()) {
				case "NODE" -> nodes.put(value.asNode().elementId(), value.asNode());
				case "RELATIONSHIP" -> relationships.put(value.asRelationship().elementId(), value.asRelationship());
				case "PATH" -> {
					Path path = value.asPath();
					path.nodes().forEach(n -> nodes.put(n.elementId(), n));
					path.relationships().forEach(r -> relationships.put(r.elementId(), r));
				}
				case "LIST" -> value.values().forEach(this::add);
				default -> {
				}
			}
		}

		Set<String> ids() {
			return nodes.values().stream().map(n -> n.get("id").asString()).collect(Collectors.toCollection(TreeSet::new));
		}

		Set<String> ids(String label) {
			return nodes.values().stream().filter(n -> n.hasLabel(label.substring(1)))
				.map(n -> n.get("id").asString()).collect(Collectors.toCollection(TreeSet::new));
		}

		Set<String> facts(String type) {
			return relationships.values().stream().filter(r -> r.type().equals(type))
				.map(r -> id(r.startNodeElementId()) + " -> " + id(r.endNodeElementId())).collect(Collectors.toSet());
		}

		private String id(String elementId) {
			return nodes.get(elementId).get("id").asString();
		}
	}

	private Graph drawing(Driver driver, String name) {
		return Graph.of(driver.executableQuery(slides.get(name).draw()).execute().records());
	}

	private List<String> column(Driver driver, String name, String column) {
		return run(driver, slides.get(name).answer(), Map.of()).stream().map(r -> (String) r.get(column)).toList();
	}

	private static List<Map<String, Object>> run(Driver driver, String cypher, Map<String, Object> parameters) {
		return driver.executableQuery(cypher.strip().replaceFirst(";$", "")).withParameters(parameters).execute().records()
			.stream().map(Record::asMap).toList();
	}

	/** The file's example parameters, evaluated by the database (as the Browser's :params would). */
	private static Map<String, Object> example(Driver driver, String file) {
		var example = EXAMPLE.matcher(file);
		if (!example.find()) {
			return Map.of();
		}
		var literal = example.group(1).strip();
		var map = literal.startsWith("{") ? literal : "{" + literal.replaceFirst("\\s*=>", ":") + "}";
		return driver.executableQuery("RETURN " + map + " AS p").execute().records().get(0).get("p").asMap();
	}

	/** A file's comment header, its lines joined by spaces. */
	private static String header(String name) throws IOException {
		return Files.readAllLines(queries().resolve(name + ".cypher")).stream().takeWhile(l -> l.startsWith("//"))
			.map(l -> l.substring(2).strip()).collect(Collectors.joining(" "));
	}

	private static String plain(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", ""));
	}

	private static java.nio.file.Path queries() {
		return java.nio.file.Path.of("cypher/queries");
	}

	private static List<String> queryFiles() throws IOException {
		var names = new ArrayList<String>();
		try (var list = Files.list(queries())) {
			list.filter(f -> f.toString().endsWith(".cypher"))
				.forEach(f -> names.add(f.getFileName().toString().replaceFirst("\\.cypher$", "")));
		}
		return names;
	}
}
