package org.accountabilitygraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.accountabilitygraph.ApplicationOnLoadedGraph;
import org.accountabilitygraph.LoadedGraph;
import org.accountabilitygraph.query.KnowledgeGraph;
import org.accountabilitygraph.query.model.Network;
import org.accountabilitygraph.style.CytoscapeSchema;
import org.accountabilitygraph.style.CytoscapeStyle;
import org.accountabilitygraph.style.NetworkStyle;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import picocli.CommandLine;

/**
 * Exports read back: each format is parsed with an independent reader (JGraphT's importers, Jackson, the JDK's
 * DOM for GEXF's viz elements, which JGraphT's importer skips) and must hold every node and edge of the graph, with
 * the provenance attributes; over real HTTP, with the page's drawing, short labels and hidden relations.
 */
class ExportIT extends ApplicationOnLoadedGraph {

	private static final String NSFT_2 = "/api/export?focus=nsft&depth=2&format=";

	private KnowledgeGraph graph;

	private Driver driver;

	@BeforeEach
	void connect(Driver driver) {
		this.driver = driver;
		this.graph = new KnowledgeGraph(driver, LoadedGraph.QUERY_TIMEOUT);
	}

	@Test
	void wholeGraphRoundTripsInEveryFormatWithTheGraphsCounts() throws Exception {
		var network = graph.wholeGraph();
		long nodes = count("MATCH (n) WHERE n.id IS NOT NULL RETURN count(n)");
		long relationships = count("MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL RETURN count(r)");
		assertThat(network.nodes()).hasSize((int) nodes);
		assertThat(network.edges()).hasSize((int) relationships);

		for (var format : ExportFormat.values()) {
			var read = readBack(network, format);
			assertThat(read.vertices()).as(format.name()).isEqualTo(nodes);
			assertThat(read.edges()).as(format.name()).isEqualTo(relationships);
		}
	}

	@Test
	void networkKeepsItsProvenanceAttributes() throws Exception {
		var network = graph.network("nsft", 2, null, null, null);
		var graphml = readBack(network, ExportFormat.GRAPHML);
		assertThat(graphml.vertices()).isEqualTo(network.nodes().size());
		assertThat(graphml.edges()).isEqualTo(network.edges().size());
		var statement = graphml.vertexAttributes().get("statement-60032d35-05");
		assertThat(statement).containsKeys("article", "evidence", "kind");
		assertThat(statement.get("article").getValue()).isEqualTo("article-60032d35");
		assertThat(statement.get("evidence").getValue()).isNotBlank();
		assertThat(statement.get("kind").getValue()).isEqualTo("Statement");

		var gexf = readBack(network, ExportFormat.GEXF);
		assertThat(gexf.vertexAttributes().get("nsft")).containsKey("label");
		assertThat(gexf.vertexAttributes().get("nsft").get("label").getValue())
			.isEqualTo("Norfolk and Suffolk NHS Foundation Trust");
	}

	@Test
	void theCommandLineWritesAFileThatReadsBack(@TempDir Path dir) throws Exception {
		var file = dir.resolve("nsft.gexf");
		int exit = new CommandLine(new ExportCommand()).execute("--uri", LoadedGraph.boltUri(), "--format", "gexf",
				"--focus", "nsft", "--depth", "2", "--out", file.toString());
		assertThat(exit).isZero();
		var expected = graph.network("nsft", 2, null, null, null);
		var read = read(Files.readString(file), ExportFormat.GEXF);
		assertThat(read.vertices()).isEqualTo(expected.nodes().size());
		assertThat(read.edges()).isEqualTo(expected.edges().size());

		var withoutAbout = dir.resolve("nsft.graphml");
		assertThat(new CommandLine(new ExportCommand()).execute("--uri", LoadedGraph.boltUri(), "--format", "graphml",
				"--focus", "nsft", "--depth", "2", "--hide", "about", "--out", withoutAbout.toString())).isZero();
		long about = expected.edges().stream().filter(e -> "ABOUT".equals(e.data().get("type"))).count();
		assertThat(about).isPositive();
		var hidden = read(Files.readString(withoutAbout), ExportFormat.GRAPHML);
		assertThat(hidden.vertices()).isEqualTo(expected.nodes().size());
		assertThat(hidden.edges()).isEqualTo(expected.edges().size() - about);

		var err = new StringWriter();
		var command = new CommandLine(new ExportCommand());
		command.setErr(new java.io.PrintWriter(err));
		assertThat(command.execute("--uri", LoadedGraph.boltUri(), "--format", "xls")).isNotZero();
		assertThat(command.execute("--uri", LoadedGraph.boltUri(), "--format", "gexf", "--hide", "NOPE")).isNotZero();
	}

	@Test
	void gexfOverHttpDrawsEveryNodeAndEdgeAsThePageDoesWithShortLabels() throws Exception {
		var response = get(NSFT_2 + "gexf");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/gexf+xml");
		var gexf = xml(response.body());
		var network = get("/api/network?focus=nsft&depth=2").json();
		assertThat(network.get("nodes").size()).isGreaterThan(50);
		for (var node : network.get("nodes")) {
			var data = node.get("data");
			var id = data.get("id").asText();
			// the focus larger, as the page draws it
			var kind = NetworkStyle.kind(data.get("kind").asText());
			var style = id.equals("nsft") ? NetworkStyle.focus(kind) : kind;
			var element = element(gexf, "node", id);
			assertThat(viz(element, "color")).as(id).isEqualTo(rgb(style.color()));
			assertThat(viz(element, "size")).as(id).isEqualTo(Integer.toString(style.size()));
			assertThat(viz(element, "shape")).as(id).isEqualTo(style.shape().gexf());
			assertShortLabelOf(element.getAttribute("label"), data.get("label").asText());
		}
		// the longest statement (763 characters): a short label, its words whole in an attribute
		var longest = longestStatement(network);
		var statement = element(gexf, "node", longest.get("id").asText());
		assertThat(statement.getAttribute("label")).endsWith("…").hasSizeLessThanOrEqualTo(Labels.LENGTH);
		assertThat(attvalue(gexf, statement, "text")).isEqualTo(longest.get("text").asText()).hasSizeGreaterThan(700);

		assertThat(network.get("edges").size()).isGreaterThan(100);
		for (var edge : network.get("edges")) {
			var data = edge.get("data");
			var style = NetworkStyle.relation(data.get("type").asText());
			var element = element(gexf, "edge", data.get("id").asText());
			assertThat(element.getAttribute("label")).isEqualTo(style.label());
			assertThat(viz(element, "color")).isEqualTo(rgb(style.color()));
			assertThat(viz(element, "shape")).isEqualTo(style.line().cytoscapeJs());
			assertThat(attvalue(gexf, element, "relation")).isEqualTo(data.get("type").asText());
		}
	}

	@Test
	void graphMlOverHttpHasTheAttributesACytoscapeStyleMaps() throws Exception {
		var response = get(NSFT_2 + "graphml");
		assertThat(response.status()).isEqualTo(200);
		var graphml = read(response.body(), ExportFormat.GRAPHML);
		var network = get("/api/network?focus=nsft&depth=2").json();
		assertThat(graphml.vertices()).isEqualTo(network.get("nodes").size());
		for (var node : network.get("nodes")) {
			var data = node.get("data");
			var id = data.get("id").asText();
			var kind = NetworkStyle.kind(data.get("kind").asText());
			var style = id.equals("nsft") ? NetworkStyle.focus(kind) : kind;
			var attributes = graphml.vertexAttributes().get(id);
			assertThat(attributes.get("color").getValue()).as(id).isEqualTo(style.color());
			assertThat(attributes.get("shape").getValue()).as(id).isEqualTo(style.shape().cytoscapeDesktop());
			assertThat(attributes.get("size").getValue()).as(id).isEqualTo(Integer.toString(style.size()));
			assertShortLabelOf(attributes.get("label").getValue(), data.get("label").asText());
		}
		var longest = longestStatement(network);
		var statement = graphml.vertexAttributes().get(longest.get("id").asText());
		assertThat(statement.get("text").getValue()).isEqualTo(longest.get("text").asText());
		assertThat(statement.get("label").getValue()).endsWith("…");
		// the Trust is drawn as on the page: #d55e00, a round rectangle
		assertThat(graphml.vertexAttributes().get("nsft").get("color").getValue()).isEqualTo("#d55e00");
		assertThat(graphml.vertexAttributes().get("nsft").get("shape").getValue()).isEqualTo("ROUND_RECTANGLE");

		assertThat(graphml.edgeAttributes()).hasSize(network.get("edges").size());
		for (var attributes : graphml.edgeAttributes()) {
			var style = NetworkStyle.relation(attributes.get("type").getValue());
			assertThat(attributes.get("label").getValue()).isEqualTo(style.label());
			assertThat(attributes.get("lineColor").getValue()).isEqualTo(style.color());
			assertThat(attributes.get("lineStyle").getValue()).isEqualTo(style.line().cytoscapeDesktop());
		}
	}

	@Test
	void hiddenRelationsAreLeftOutAndEveryNodeKept() throws Exception {
		var all = read(get(NSFT_2 + "graphml").body(), ExportFormat.GRAPHML);
		var hiddenTypes = all.edgeAttributes().stream().map(a -> a.get("type").getValue())
			.filter(t -> t.equals("CRITICISED") || t.equals("LEADS")).count();
		assertThat(hiddenTypes).isGreaterThan(5);
		var response = get(NSFT_2 + "graphml&hide=CRITICISED,leads");
		assertThat(response.status()).isEqualTo(200);
		var hidden = read(response.body(), ExportFormat.GRAPHML);
		assertThat(hidden.vertices()).isEqualTo(all.vertices());
		assertThat(hidden.edges()).isEqualTo(all.edges() - hiddenTypes);
		assertThat(hidden.edgeAttributes()).noneMatch(a -> a.get("type").getValue().matches("CRITICISED|LEADS"));

		var gexf = read(get(NSFT_2 + "gexf&hide=ABOUT").body(), ExportFormat.GEXF);
		long about = all.edgeAttributes().stream().filter(a -> a.get("type").getValue().equals("ABOUT")).count();
		assertThat(gexf.edges()).isEqualTo(all.edges() - about);
		// the whole graph too
		long reportedIn = count("MATCH (a)-[r:REPORTED_IN]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL RETURN count(r)");
		var whole = read(get("/api/export?scope=graph&format=graphml&hide=REPORTED_IN").body(), ExportFormat.GRAPHML);
		assertThat(whole.edges()).isEqualTo(graph.wholeGraph().edges().size() - reportedIn);
	}

	@Test
	void anUnknownHiddenRelationIsRefusedByName() {
		var response = get("/api/export?format=gexf&focus=nsft&hide=CRITICISED,CRITICIZED");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("title").asText()).isEqualTo("Invalid parameter");
		assertThat(response.json().get("parameter").asText()).isEqualTo("hide");
		assertThat(response.json().get("detail").asText())
			.isEqualTo("Parameter 'hide': 'CRITICIZED' is not a relation type; use types such as CRITICISED,LEADS "
					+ "(/api/network-style lists them all)");
	}

	@Test
	void theFileIsNamedForTheFocusAndTheDay() throws Exception {
		var response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + NSFT_2 + "gexf")).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
				"attachment; filename=\"network-nsft-" + LocalDate.now() + ".gexf\"");
	}

	@Test
	void theCytoscapeStyleDownloadsAsAFileCytoscapesSchemaAccepts() throws Exception {
		var response = get("/api/network-style/cytoscape");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/xml").containsIgnoringCase("charset=UTF-8");
		assertThat(response.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"accountability-graph-style.xml\"");
		CytoscapeSchema.validate(response.body());
		assertThat(response.body()).isEqualTo(CytoscapeStyle.xml());
		var operation = get("/v3/api-docs").json().at("/paths/~1api~1network-style~1cytoscape/get");
		assertThat(operation.get("summary").asText()).contains("Cytoscape desktop style file");
		assertThat(operation.at("/responses/200/content").has("application/xml")).isTrue();
	}

	@Test
	void everyRelationInTheGraphHasAStyle() {
		var types = driver.executableQuery("MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL "
				+ "RETURN collect(DISTINCT type(r)) AS types").execute().records().get(0).get("types").asList(Value::asString);
		assertThat(types).hasSizeGreaterThan(20);
		assertThat(NetworkStyle.relationTypes()).containsAll(types);
	}

	private static void assertShortLabelOf(String label, String whole) {
		assertThat(label.codePointCount(0, label.length())).as(whole).isLessThanOrEqualTo(Labels.LENGTH);
		var oneLine = whole.strip().replaceAll("\\s+", " ");
		if (oneLine.length() <= Labels.LENGTH) {
			assertThat(label).isEqualTo(oneLine);
		}
		else {
			assertThat(label).endsWith("…");
			assertThat(oneLine).startsWith(label.substring(0, label.length() - 1));
		}
	}

	private static JsonNode longestStatement(JsonNode network) {
		JsonNode longest = null;
		for (var node : network.get("nodes")) {
			var data = node.get("data");
			if (data.get("kind").asText().equals("Statement")
					&& (longest == null || data.get("text").asText().length() > longest.get("text").asText().length())) {
				longest = data;
			}
		}
		return longest;
	}

	private static Document xml(String text) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
	}

	private static Element element(Document document, String tag, String id) {
		var elements = document.getElementsByTagNameNS("*", tag);
		for (int i = 0; i < elements.getLength(); i++) {
			var element = (Element) elements.item(i);
			if (element.getAttribute("id").equals(id)) {
				return element;
			}
		}
		throw new AssertionError("no " + tag + " " + id);
	}

	/** A viz child's value: {@code value}, or for a colour {@code r,g,b}. */
	private static String viz(Element element, String name) {
		var children = element.getElementsByTagNameNS(GexfViz.NAMESPACE, name);
		assertThat(children.getLength()).as(element.getAttribute("id") + " viz:" + name).isEqualTo(1);
		var viz = (Element) children.item(0);
		return name.equals("color") ? viz.getAttribute("r") + "," + viz.getAttribute("g") + "," + viz.getAttribute("b")
				: viz.getAttribute("value");
	}

	/** An attvalue of a node or edge, by its attribute's title. */
	private static String attvalue(Document document, Element element, String title) {
		var declarations = document.getElementsByTagNameNS("*", "attributes");
		String key = null;
		for (int i = 0; i < declarations.getLength(); i++) {
			var declaration = (Element) declarations.item(i);
			if (!declaration.getAttribute("class").equals(element.getLocalName())) {
				continue;
			}
			var attributes = declaration.getElementsByTagNameNS("*", "attribute");
			for (int j = 0; j < attributes.getLength(); j++) {
				if (((Element) attributes.item(j)).getAttribute("title").equals(title)) {
					key = ((Element) attributes.item(j)).getAttribute("id");
				}
			}
		}
		var values = element.getElementsByTagNameNS("*", "attvalue");
		for (int i = 0; i < values.getLength(); i++) {
			var value = (Element) values.item(i);
			if (value.getAttribute("for").equals(key)) {
				return value.getAttribute("value");
			}
		}
		return null;
	}

	private static String rgb(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return (value >> 16 & 0xff) + "," + (value >> 8 & 0xff) + "," + (value & 0xff);
	}

	record ReadBack(long vertices, long edges, Map<String, Map<String, Attribute>> vertexAttributes,
			List<Map<String, Attribute>> edgeAttributes) {
	}

	private static ReadBack readBack(Network network, ExportFormat format) throws Exception {
		var out = new StringWriter();
		NetworkExporter.write(network, format, out);
		return read(out.toString(), format);
	}

	private static ReadBack read(String text, ExportFormat format) throws Exception {
		if (format == ExportFormat.CYJS) {
			var json = new ObjectMapper().readTree(text).get("elements");
			return new ReadBack(json.get("nodes").size(), json.get("edges").size(), Map.of(), List.of());
		}
		Graph<String, String> graph = new DirectedPseudograph<>(null, null, false);
		var attributes = new HashMap<String, Map<String, Attribute>>();
		int[] edgeIds = { 0 };
		BaseEventDrivenImporter<String, String> importer = switch (format) {
			case GRAPHML -> {
				var graphml = new GraphMLImporter<String, String>();
				graphml.setVertexFactory(id -> id);
				yield graphml;
			}
			case GEXF -> {
				var gexf = new SimpleGEXFImporter<String, String>();
				gexf.setVertexFactory(id -> id);
				yield gexf;
			}
			case DOT -> {
				var dot = new DOTImporter<String, String>();
				dot.setVertexFactory(id -> id);
				yield dot;
			}
			default -> throw new IllegalArgumentException(format.name());
		};
		graph = new DirectedPseudograph<>(null, () -> "e" + edgeIds[0]++, false);
		var edgeAttributes = new LinkedHashMap<String, Map<String, Attribute>>();
		importer.addVertexAttributeConsumer((Pair<String, String> key, Attribute value) -> attributes
			.computeIfAbsent(key.getFirst(), k -> new HashMap<>()).put(key.getSecond(), value));
		importer.addEdgeAttributeConsumer((Pair<String, String> key, Attribute value) -> edgeAttributes
			.computeIfAbsent(key.getFirst(), k -> new HashMap<>()).put(key.getSecond(), value));
		// JGraphT's importer checks GEXF against the 1.2draft schema it ships, whose color, position and size are
		// in the GEXF namespace; the GEXF primer, Gephi and networkx put them in the viz namespace, as the export does.
		// They are checked on their own (the HTTP tests); everything else is checked against that schema here.
		var checked = format == ExportFormat.GEXF ? text.replaceAll("<viz:[^>]*/>", "") : text;
		((GraphImporter<String, String>) importer).importGraph(graph, new StringReader(checked));
		return new ReadBack(graph.vertexSet().size(), graph.edgeSet().size(), attributes,
				List.copyOf(edgeAttributes.values()));
	}

	private long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}
}
