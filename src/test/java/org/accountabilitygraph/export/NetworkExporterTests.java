package org.accountabilitygraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.accountabilitygraph.query.InvalidParameterException;
import org.accountabilitygraph.query.model.Network;
import org.accountabilitygraph.style.NetworkStyle;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The exporter on a small network made here: labels, the page's drawing in GraphML and GEXF, hidden relations. */
class NetworkExporterTests {

	private static final String LONG_WORDS = "We all agreed that gathering as much data as possible from service users, "
			+ "carers, members of the public, members of staff and indeed other health professionals should help";

	private static final Network NETWORK = new Network(
			List.of(node("nsft", "Norfolk and Suffolk NHS Foundation Trust", "Trust"),
					node("norman-lamb", "Norman Lamb", "Person"), statement("statement-1", LONG_WORDS),
					node("a-group", "x".repeat(70), "Group", "size", 140), node("a-service", "A service", "Service")),
			List.of(edge("SAID", "norman-lamb", "statement-1"), edge("ABOUT", "statement-1", "nsft"),
					edge("CRITICISED", "norman-lamb", "nsft"), edge("HOLDS_OFFICE", "norman-lamb", "a-group")), true);

	@Test
	void labelsAreShortAndEndOnAWord() {
		assertThat(Labels.shorten("Norman Lamb")).isEqualTo("Norman Lamb");
		var label = Labels.shorten(LONG_WORDS);
		assertThat(label).hasSizeLessThanOrEqualTo(Labels.LENGTH).endsWith("…").startsWith("We all agreed");
		assertThat(LONG_WORDS).startsWith(label.substring(0, label.length() - 1) + " ");
		assertThat(Labels.shorten("x".repeat(70))).isEqualTo("x".repeat(59) + "…");
		assertThat(Labels.shorten("a\n  b")).isEqualTo("a b");
		// a character outside the BMP is one character, never cut in half
		assertThat(Labels.shorten("🙂".repeat(70)).codePoints().count()).isEqualTo(Labels.LENGTH);
	}

	@Test
	void gexfCarriesThePagesColoursSizesShapesAndEdgeLabels() throws Exception {
		var gexf = xml(NETWORK, ExportFormat.GEXF);
		assertThat(text(gexf, "/*[local-name()='gexf']/namespace::viz")).isEqualTo(GexfViz.NAMESPACE);
		var trust = "//*[local-name()='node'][@id='nsft']";
		assertThat(text(gexf, trust + "/*[local-name()='color']/@r")).isEqualTo("213"); // #d55e00
		assertThat(text(gexf, trust + "/*[local-name()='color']/@g")).isEqualTo("94");
		assertThat(text(gexf, trust + "/*[local-name()='color']/@b")).isEqualTo("0");
		assertThat(text(gexf, trust + "/*[local-name()='size']/@value")).isEqualTo("26");
		assertThat(text(gexf, trust + "/*[local-name()='shape']/@value")).isEqualTo("square");
		assertThat(text(gexf, "//*[local-name()='node'][@id='statement-1']/*[local-name()='size']/@value")).isEqualTo("14");
		// a kind the page has no style for is drawn as the page draws it, grey
		assertThat(text(gexf, "//*[local-name()='node'][@id='a-service']/*[local-name()='color']/@r")).isEqualTo("232");

		var statement = "//*[local-name()='node'][@id='statement-1']";
		assertThat(text(gexf, statement + "/@label")).isEqualTo(Labels.shorten(LONG_WORDS));
		assertThat(attribute(gexf, "node", "statement-1", "text")).isEqualTo(LONG_WORDS);
		assertThat(attribute(gexf, "node", "statement-1", "fullLabel")).isEmpty(); // its text holds it
		assertThat(attribute(gexf, "node", "a-group", "fullLabel")).isEqualTo("x".repeat(70));

		var criticised = "//*[local-name()='edge'][@source='norman-lamb'][@target='nsft']";
		assertThat(text(gexf, criticised + "/@label")).isEqualTo("criticised");
		assertThat(text(gexf, criticised + "/*[local-name()='color']/@r")).isEqualTo("213");
		assertThat(text(gexf, "//*[local-name()='edge'][@target='nsft'][@source='statement-1']/*[local-name()='shape']/@value"))
			.isEqualTo("dashed");
		assertThat(text(gexf, "//*[local-name()='edge'][@target='a-group']/@label")).isEqualTo("holds office");
	}

	@Test
	void graphMlCarriesAttributesACytoscapeStyleMaps() throws Exception {
		var graphml = xml(NETWORK, ExportFormat.GRAPHML);
		assertThat(data(graphml, "node", "nsft", "label")).isEqualTo("Norfolk and Suffolk NHS Foundation Trust");
		assertThat(data(graphml, "node", "nsft", "color")).isEqualTo("#d55e00");
		assertThat(data(graphml, "node", "nsft", "shape")).isEqualTo("ROUND_RECTANGLE");
		assertThat(data(graphml, "node", "nsft", "size")).isEqualTo("26");
		assertThat(data(graphml, "node", "norman-lamb", "shape")).isEqualTo("ELLIPSE");
		assertThat(data(graphml, "node", "statement-1", "label")).isEqualTo(Labels.shorten(LONG_WORDS));
		assertThat(data(graphml, "node", "statement-1", "text")).isEqualTo(LONG_WORDS);
		// the group's own size is kept, beside the drawing's
		assertThat(data(graphml, "node", "a-group", "property.size")).isEqualTo("140");
		assertThat(data(graphml, "node", "a-group", "size")).isEqualTo("26");
		assertThat(data(graphml, "edge", "CRITICISED:norman-lamb:nsft", "label")).isEqualTo("criticised");
		assertThat(data(graphml, "edge", "CRITICISED:norman-lamb:nsft", "lineColor")).isEqualTo("#d55e00");
		assertThat(data(graphml, "edge", "ABOUT:statement-1:nsft", "lineStyle")).isEqualTo("EQUAL_DASH");
		assertThat(data(graphml, "edge", "ABOUT:statement-1:nsft", "type")).isEqualTo("ABOUT");
		// Gephi takes "label", "color" and "size" as the drawing only from keys for nodes (or edges) alone
		for (var name : List.of("label", "color", "size", "shape")) {
			assertThat(text(graphml, "//*[local-name()='key'][@attr.name='" + name + "'][@for='node']/@id")).as(name).isNotEmpty();
		}
		assertThat(text(graphml, "//*[local-name()='key'][@attr.name='label'][@for='edge']/@id")).isNotEmpty();
	}

	@Test
	void dotHasTheShortLabelsAndKeepsTheWholeText() {
		var out = new StringWriter();
		NetworkExporter.write(NETWORK, ExportFormat.DOT, out);
		assertThat(out.toString()).contains("label=\"" + Labels.shorten(LONG_WORDS) + "\"")
			.contains("text=\"" + LONG_WORDS + "\"").doesNotContain("label=\"" + LONG_WORDS);
	}

	@Test
	void dotCarriesGraphvizsShapesAndColoursAsThePageDrawsThem() {
		var out = new StringWriter();
		NetworkExporter.write(NETWORK, ExportFormat.DOT, out);
		var nodes = new HashMap<String, Map<String, String>>();
		var importer = new DOTImporter<String, String>();
		importer.setVertexFactory(id -> id);
		importer.addVertexAttributeConsumer((Pair<String, String> key, Attribute value) -> nodes
			.computeIfAbsent(key.getFirst(), k -> new HashMap<>()).put(key.getSecond(), value.getValue()));
		int[] edgeIds = { 0 };
		Graph<String, String> graph = new DirectedPseudograph<>(null, () -> "e" + edgeIds[0]++, false);
		importer.importGraph(graph, new StringReader(out.toString()));
		var trust = NetworkStyle.kind("Trust");
		assertThat(nodes.get("nsft")).containsEntry("shape", trust.shape().graphviz()).containsEntry("style", "filled")
			.containsEntry("fillcolor", trust.color());
		assertThat(nodes.get("norman-lamb")).containsEntry("fillcolor", NetworkStyle.kind("Person").color());
		// the group's own "size" stays an attribute; nothing of the data is lost to a drawing attribute
		assertThat(nodes.get("a-group")).containsEntry("size", "140");
		var criticised = NetworkStyle.relation("CRITICISED");
		assertThat(out.toString()).containsPattern("\\[ [^\\]]*label=\"CRITICISED\"[^\\]]*color=\"" + criticised.color()
				+ "\"[^\\]]*style=\"" + criticised.line().cytoscapeJs() + "\"");
	}

	@Test
	void cytoscapeJsonCarriesTheStyleOfEachKindAndRelationDrawn() throws Exception {
		var out = new StringWriter();
		NetworkExporter.write(NETWORK, ExportFormat.CYJS, out);
		var json = new ObjectMapper().readTree(out.toString());
		assertThat(json.at("/elements/nodes").size()).isEqualTo(NETWORK.nodes().size());
		var rules = new HashMap<String, JsonNode>();
		json.get("style").forEach(rule -> rules.put(rule.get("selector").asText(), rule.get("style")));
		for (var kind : List.of("Trust", "Person", "Statement", "Group", "Service")) {
			var style = NetworkStyle.kind(kind);
			assertThat(rules).as(kind).containsKey("node[kind = \"" + kind + "\"]");
			var rule = rules.get("node[kind = \"" + kind + "\"]");
			assertThat(rule.get("background-color").asText()).isEqualTo(style.color());
			assertThat(rule.get("shape").asText()).isEqualTo(style.shape().cytoscapeJs());
			assertThat(rule.get("width").asInt()).isEqualTo(style.size());
		}
		for (var type : List.of("SAID", "ABOUT", "CRITICISED", "HOLDS_OFFICE")) {
			var rule = rules.get("edge[type = \"" + type + "\"]");
			assertThat(rule).as(type).isNotNull();
			assertThat(rule.get("line-color").asText()).isEqualTo(NetworkStyle.relation(type).color());
		}
		assertThat(rules).hasSize(2 + 5 + 4);
	}

	@Test
	void theFocusIsDrawnLargerInEveryFormatAsOnThePage() throws Exception {
		var gexf = xml(NETWORK, ExportFormat.GEXF, "nsft");
		assertThat(text(gexf, "//*[local-name()='node'][@id='nsft']/*[local-name()='size']/@value"))
			.isEqualTo(Integer.toString(NetworkStyle.FOCUS_SIZE));
		assertThat(text(gexf, "//*[local-name()='node'][@id='norman-lamb']/*[local-name()='size']/@value"))
			.isEqualTo(Integer.toString(NetworkStyle.kind("Person").size()));
		// GraphML: size is the value of the node's key attr.name='size'
		var graphml = xml(NETWORK, ExportFormat.GRAPHML, "nsft");
		var sizeKey = text(graphml, "//*[local-name()='key'][@attr.name='size'][@for='node']/@id");
		assertThat(text(graphml, "//*[local-name()='node'][@id='nsft']/*[local-name()='data'][@key='" + sizeKey + "']"))
			.isEqualTo(Integer.toString(NetworkStyle.FOCUS_SIZE));
		assertThat(text(graphml, "//*[local-name()='node'][@id='norman-lamb']/*[local-name()='data'][@key='" + sizeKey + "']"))
			.isEqualTo(Integer.toString(NetworkStyle.kind("Person").size()));
		// without a focus, the trust is its kind's size
		assertThat(text(xml(NETWORK, ExportFormat.GEXF, null), "//*[local-name()='node'][@id='nsft']/*[local-name()='size']/@value"))
			.isEqualTo(Integer.toString(NetworkStyle.kind("Trust").size()));

		var dot = new StringWriter();
		NetworkExporter.write(NETWORK, ExportFormat.DOT, dot, "nsft");
		assertThat(dot.toString().lines().filter(l -> l.contains("penwidth"))).hasSize(1).allMatch(l -> l.contains("\"nsft\""));
		var cyjs = new StringWriter();
		NetworkExporter.write(NETWORK, ExportFormat.CYJS, cyjs, "nsft");
		var rules = new HashMap<String, JsonNode>();
		new ObjectMapper().readTree(cyjs.toString()).get("style").forEach(r -> rules.put(r.get("selector").asText(), r.get("style")));
		assertThat(rules.get("node[id = \"nsft\"]").get("width").asInt()).isEqualTo(NetworkStyle.FOCUS_SIZE);
	}

	@Test
	void hiddenRelationsLeaveTheirEdgesOutAndEveryNodeIn() {
		var hidden = HiddenRelations.parse("hide", "criticised, HOLDS_OFFICE,");
		assertThat(hidden.types()).containsExactlyInAnyOrder("CRITICISED", "HOLDS_OFFICE");
		var network = hidden.applyTo(NETWORK);
		assertThat(network.nodes()).isEqualTo(NETWORK.nodes());
		assertThat(network.edges()).extracting(e -> e.data().get("type")).containsExactly("SAID", "ABOUT");
		assertThat(HiddenRelations.parse("hide", null)).isEqualTo(HiddenRelations.NONE);
		assertThat(HiddenRelations.parse("hide", " ")).isEqualTo(HiddenRelations.NONE);
	}

	@Test
	void anUnknownRelationIsRefusedByName() {
		assertThatThrownBy(() -> HiddenRelations.parse("hide", "CRITICISED,CRITICIZED"))
			.isInstanceOf(InvalidParameterException.class)
			.hasMessage("Parameter 'hide': 'CRITICIZED' is not a relation type; use types such as CRITICISED,LEADS "
					+ "(/api/network-style lists them all)");
		assertThatThrownBy(() -> HiddenRelations.parse("hide", "x".repeat(5000))).hasMessageNotContaining("x".repeat(61));
	}

	private static Document xml(Network network, ExportFormat format) throws Exception {
		return xml(network, format, null);
	}

	private static Document xml(Network network, ExportFormat format, String focus) throws Exception {
		var out = new StringWriter();
		NetworkExporter.write(network, format, out, focus);
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
	}

	private static String text(Document document, String xpath) throws Exception {
		return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
	}

	/** A GEXF attvalue of a node or edge, by the attribute's title. */
	private static String attribute(Document document, String element, String id, String title) throws Exception {
		var key = text(document, "//*[local-name()='attributes'][@class='" + element + "']/*[@title='" + title + "']/@id");
		if (key.isEmpty()) {
			return "";
		}
		return text(document, "//*[local-name()='" + element + "'][@id='" + id + "']//*[local-name()='attvalue'][@for='"
				+ key + "']/@value");
	}

	/** A GraphML data value of a node or edge, by its key's attr.name. */
	private static String data(Document document, String element, String id, String name) throws Exception {
		var keys = (NodeList) XPathFactory.newInstance().newXPath().evaluate("//*[local-name()='key'][@attr.name='" + name
				+ "'][@for='" + element + "' or @for='all']/@id", document, XPathConstants.NODESET);
		for (int i = 0; i < keys.getLength(); i++) {
			var value = text(document, "//*[local-name()='" + element + "'][@id='" + id + "']/*[local-name()='data'][@key='"
					+ keys.item(i).getNodeValue() + "']");
			if (!value.isEmpty()) {
				return value;
			}
		}
		return "";
	}

	private static Network.Element node(String id, String label, String kind, Object... properties) {
		var data = new LinkedHashMap<String, Object>(Map.of("id", id, "label", label, "kind", kind));
		for (int i = 0; i < properties.length; i += 2) {
			data.put((String) properties[i], properties[i + 1]);
		}
		return new Network.Element(data);
	}

	private static Network.Element statement(String id, String text) {
		return node(id, text, "Statement", "text", text, "article", "article-1", "evidence", "said the spokesman");
	}

	private static Network.Element edge(String type, String source, String target) {
		var data = new LinkedHashMap<String, Object>();
		data.put("id", type + ":" + source + ":" + target);
		data.put("source", source);
		data.put("target", target);
		data.put("type", type);
		data.put("article", "article-1");
		return new Network.Element(data);
	}
}
