package org.accountabilitygraph.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.accountabilitygraph.export.ExportCommand;
import org.accountabilitygraph.export.ExportFormat;
import org.accountabilitygraph.export.NetworkExporter;
import org.accountabilitygraph.query.model.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import picocli.CommandLine;

/**
 * The Cytoscape desktop style file: valid against Cytoscape's own schema, every kind and relation of
 * {@link NetworkStyle} in it, only names Cytoscape's sources have, and mapping the columns the GraphML export writes.
 */
class CytoscapeStyleTests {

	/** Cytoscape desktop's node shapes: cytoscape-api's NodeShapeVisualProperty has eight, ding's DNodeShape adds VEE. */
	private static final Set<String> NODE_SHAPES = Set.of("RECTANGLE", "ROUND_RECTANGLE", "TRIANGLE", "PARALLELOGRAM",
			"DIAMOND", "ELLIPSE", "HEXAGON", "OCTAGON", "VEE");

	/** cytoscape-api's LineTypeVisualProperty (ding adds patterns such as ZIGZAG, not used here). */
	private static final Set<String> LINE_TYPES = Set.of("SOLID", "LONG_DASH", "EQUAL_DASH", "DASH_DOT", "DOT");

	/** Ids of cytoscape-api's BasicVisualLexicon, by the section of the style they belong to. */
	private static final Map<String, Set<String>> VISUAL_PROPERTIES = Map.of(
			"network", Set.of("NETWORK_BACKGROUND_PAINT"),
			"node", Set.of("NODE_FILL_COLOR", "NODE_SHAPE", "NODE_SIZE", "NODE_LABEL", "NODE_LABEL_FONT_SIZE",
					"NODE_LABEL_POSITION", "NODE_BORDER_WIDTH", "NODE_BORDER_PAINT"),
			"edge", Set.of("EDGE_STROKE_UNSELECTED_PAINT", "EDGE_TARGET_ARROW_UNSELECTED_PAINT", "EDGE_LINE_TYPE",
					"EDGE_TARGET_ARROW_SHAPE", "EDGE_WIDTH", "EDGE_LABEL", "EDGE_LABEL_FONT_SIZE"));

	/** ding's NodeSizeDependencyFactory and EdgeColorDependencyFactory. */
	private static final Map<String, String> DEPENDENCIES = Map.of("node", "nodeSizeLocked", "edge", "arrowColorMatchesEdge");

	@Test
	void theFileIsValidAgainstCytoscapesSchema() throws Exception {
		CytoscapeSchema.validate(CytoscapeStyle.xml());
		assertThat(CytoscapeStyle.xml()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vizmap ");
	}

	@Test
	void againstTheSchemaAsPublishedOnlyTheElementsCytoscapeAlsoLeavesOutAreMissing() throws Exception {
		var errors = new ArrayList<String>();
		var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(CytoscapeStyleTests.class.getResource("/cytoscape/vizmap.xsd")).newValidator();
		validator.setErrorHandler(new DefaultHandler() {
			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getMessage());
			}
		});
		validator.validate(new StreamSource(new StringReader(CytoscapeStyle.xml())));
		// the network's dependency, then the table column style at the end: the element names are in the messages
		assertThat(errors).hasSize(2);
		assertThat(errors.get(0)).contains("'{dependency}'");
		assertThat(errors.get(1)).contains("tableColumnStyle");
	}

	@Test
	void theSchemaStillRefusesWhatCytoscapeCouldNotRead() {
		var xml = CytoscapeStyle.xml();
		for (var broken : List.of(xml.replace("attributeType=\"string\"", "attributeType=\"text\""),
				xml.replaceFirst("<discreteMappingEntry attributeValue=", "<discreteMappingEntry key="),
				xml.replace("<network>", "<graph>").replace("</network>", "</graph>"),
				xml.replace("name=\"" + CytoscapeStyle.STYLE_NAME + "\"", "name=\"Accountability graph\""))) {
			assertThat(broken).isNotEqualTo(xml);
			assertThatThrownBy(() -> CytoscapeSchema.validate(broken)).isInstanceOf(SAXException.class);
		}
	}

	@Test
	void everyKindHasItsColourShapeAndSizeAndOtherKindsTheirs() throws Exception {
		var style = parse(CytoscapeStyle.xml());
		var colours = discrete(style, "node", "NODE_FILL_COLOR", CytoscapeStyle.KIND_COLUMN);
		var shapes = discrete(style, "node", "NODE_SHAPE", CytoscapeStyle.KIND_COLUMN);
		var sizes = discrete(style, "node", "NODE_SIZE", CytoscapeStyle.KIND_COLUMN);
		for (var map : List.of(colours, shapes, sizes)) {
			assertThat(map.keySet()).isEqualTo(NetworkStyle.kinds().keySet());
		}
		NetworkStyle.kinds().forEach((kind, kindStyle) -> {
			assertThat(colours.get(kind)).as(kind).isEqualTo(kindStyle.color());
			assertThat(shapes.get(kind)).as(kind).isEqualTo(kindStyle.shape().cytoscapeDesktop());
			assertThat(Double.parseDouble(sizes.get(kind))).as(kind).isEqualTo(kindStyle.size());
		});
		assertThat(shapes.get("Trust")).isEqualTo("ROUND_RECTANGLE");
		assertThat(Double.parseDouble(sizes.get("Statement"))).isEqualTo(14);
		var other = NetworkStyle.OTHER_KIND;
		assertThat(defaultOf(style, "node", "NODE_FILL_COLOR")).isEqualTo(other.color());
		assertThat(defaultOf(style, "node", "NODE_SHAPE")).isEqualTo(other.shape().cytoscapeDesktop());
		assertThat(Double.parseDouble(defaultOf(style, "node", "NODE_SIZE"))).isEqualTo(other.size());
	}

	@Test
	void everyRelationHasItsColourAndLineAndOtherRelationsTheirs() throws Exception {
		var style = parse(CytoscapeStyle.xml());
		var lines = discrete(style, "edge", "EDGE_STROKE_UNSELECTED_PAINT", CytoscapeStyle.TYPE_COLUMN);
		var arrows = discrete(style, "edge", "EDGE_TARGET_ARROW_UNSELECTED_PAINT", CytoscapeStyle.TYPE_COLUMN);
		var lineTypes = discrete(style, "edge", "EDGE_LINE_TYPE", CytoscapeStyle.TYPE_COLUMN);
		for (var map : List.of(lines, arrows, lineTypes)) {
			assertThat(map.keySet()).isEqualTo(NetworkStyle.relationTypes());
		}
		NetworkStyle.relations().forEach((type, relation) -> {
			assertThat(lines.get(type)).as(type).isEqualTo(relation.color());
			assertThat(arrows.get(type)).as(type).isEqualTo(relation.color());
			assertThat(lineTypes.get(type)).as(type).isEqualTo(relation.line().cytoscapeDesktop());
		});
		assertThat(lineTypes.get("ABOUT")).isEqualTo("EQUAL_DASH");
		assertThat(defaultOf(style, "edge", "EDGE_STROKE_UNSELECTED_PAINT")).isEqualTo(NetworkStyle.OTHER_RELATION.color());
		assertThat(defaultOf(style, "edge", "EDGE_LINE_TYPE")).isEqualTo(NetworkStyle.OTHER_RELATION.line().cytoscapeDesktop());
		assertThat(defaultOf(style, "edge", "EDGE_TARGET_ARROW_SHAPE")).isEqualTo("DELTA");
	}

	@Test
	void nodesAndEdgesAreLabelledFromTheirLabelColumn() throws Exception {
		var style = parse(CytoscapeStyle.xml());
		for (var property : List.of("node/visualProperty[@name='NODE_LABEL']", "edge/visualProperty[@name='EDGE_LABEL']")) {
			var passthrough = (Element) XPathFactory.newInstance().newXPath()
				.evaluate("/vizmap/visualStyle/" + property + "/passthroughMapping", style, XPathConstants.NODE);
			assertThat(passthrough).as(property).isNotNull();
			assertThat(passthrough.getAttribute("attributeName")).isEqualTo(CytoscapeStyle.LABEL_COLUMN);
			assertThat(passthrough.getAttribute("attributeType")).isEqualTo("string");
		}
	}

	@Test
	void everyNameAndValueIsOneCytoscapesSourcesHave() throws Exception {
		for (var shape : Shape.values()) {
			assertThat(NODE_SHAPES).as(shape.name()).contains(shape.cytoscapeDesktop());
		}
		for (var line : Line.values()) {
			assertThat(LINE_TYPES).as(line.name()).contains(line.cytoscapeDesktop());
		}
		var style = parse(CytoscapeStyle.xml());
		assertThat(style.getDocumentElement().getAttribute("documentVersion")).isEqualTo("3.1");
		for (var section : List.of("network", "node", "edge")) {
			var properties = elements(style, "/vizmap/visualStyle/" + section + "/visualProperty");
			var names = new HashSet<String>();
			properties.forEach(p -> assertThat(names.add(p.getAttribute("name"))).as("twice: " + p.getAttribute("name")).isTrue());
			assertThat(VISUAL_PROPERTIES.get(section)).as(section).containsAll(names);
			var dependencies = elements(style, "/vizmap/visualStyle/" + section + "/dependency");
			assertThat(dependencies).extracting(d -> d.getAttribute("name"))
				.containsExactlyElementsOf(DEPENDENCIES.containsKey(section) ? List.of(DEPENDENCIES.get(section)) : List.of());
		}
		// ObjectPosition's pattern: the node's anchor, the label's, justification, x and y offsets
		assertThat(defaultOf(style, "node", "NODE_LABEL_POSITION"))
			.matches("^([NSEWC]{1,2}+),([NSEWC]{1,2}+),([clr]{1}+),(-?\\d+(.\\d+)?),(-?\\d+(.\\d+)?)$");
		for (var paint : elements(style, "//visualProperty[contains(@name, 'PAINT') or contains(@name, 'COLOR')]")) {
			assertThat(paint.getAttribute("default")).matches("#[0-9a-f]{6}");
		}
	}

	@Test
	void theGraphMlExportWritesTheColumnsTheStyleMaps() throws Exception {
		var network = new Network(List.of(node("nsft", "Norfolk and Suffolk NHS Foundation Trust", "Trust"),
				node("norman-lamb", "Norman Lamb", "Person")), List.of(edge("CRITICISED", "norman-lamb", "nsft")), true);
		var out = new StringWriter();
		NetworkExporter.write(network, ExportFormat.GRAPHML, out);
		var graphml = parse(out.toString());
		var style = parse(CytoscapeStyle.xml());
		assertThat(data(graphml, "node", "nsft", CytoscapeStyle.KIND_COLUMN)).isEqualTo("Trust");
		assertThat(data(graphml, "node", "nsft", CytoscapeStyle.LABEL_COLUMN))
			.isEqualTo("Norfolk and Suffolk NHS Foundation Trust");
		assertThat(data(graphml, "edge", "CRITICISED:norman-lamb:nsft", CytoscapeStyle.TYPE_COLUMN)).isEqualTo("CRITICISED");
		assertThat(data(graphml, "edge", "CRITICISED:norman-lamb:nsft", CytoscapeStyle.LABEL_COLUMN)).isEqualTo("criticised");
		// and the values in those columns are the mappings' keys
		assertThat(discrete(style, "node", "NODE_FILL_COLOR", CytoscapeStyle.KIND_COLUMN)).containsKeys("Trust", "Person");
		assertThat(discrete(style, "edge", "EDGE_LINE_TYPE", CytoscapeStyle.TYPE_COLUMN)).containsKey("CRITICISED");
	}

	@Test
	void theCommandLineWritesTheStyleWithoutAGraph(@TempDir Path dir) throws Exception {
		var file = dir.resolve("style.xml");
		assertThat(new CommandLine(new ExportCommand()).execute("--cytoscape-style", "-o", file.toString())).isZero();
		assertThat(Files.readString(file)).isEqualTo(CytoscapeStyle.xml());
		// the style or a format, not both, not neither
		var command = new CommandLine(new ExportCommand());
		command.setErr(new PrintWriter(new StringWriter()));
		assertThat(command.execute("--cytoscape-style", "--format", "graphml")).isNotZero();
		assertThat(command.execute("-o", file.toString())).isNotZero();
	}

	private static Document parse(String xml) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private static List<Element> elements(Document document, String xpath) throws Exception {
		var nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
		return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
	}

	private static Element property(Document style, String section, String name) throws Exception {
		var properties = elements(style, "/vizmap/visualStyle/" + section + "/visualProperty[@name='" + name + "']");
		assertThat(properties).as(name).hasSize(1);
		return properties.get(0);
	}

	private static String defaultOf(Document style, String section, String name) throws Exception {
		return property(style, section, name).getAttribute("default");
	}

	/** A discrete mapping's entries, value by column value; it must read {@code column}, as text. */
	private static Map<String, String> discrete(Document style, String section, String name, String column) throws Exception {
		var mappings = property(style, section, name).getElementsByTagName("discreteMapping");
		assertThat(mappings.getLength()).as(name).isEqualTo(1);
		var mapping = (Element) mappings.item(0);
		assertThat(mapping.getAttribute("attributeName")).as(name).isEqualTo(column);
		assertThat(mapping.getAttribute("attributeType")).as(name).isEqualTo("string");
		var entries = new LinkedHashMap<String, String>();
		var children = mapping.getElementsByTagName("discreteMappingEntry");
		for (int i = 0; i < children.getLength(); i++) {
			var entry = (Element) children.item(i);
			assertThat(entries.put(entry.getAttribute("attributeValue"), entry.getAttribute("value"))).as(name).isNull();
		}
		return entries;
	}

	/** A GraphML data value of a node or edge, by its key's attr.name, as Cytoscape's GraphML reader names the column. */
	private static String data(Document graphml, String element, String id, String name) throws Exception {
		var keys = elements(graphml, "//*[local-name()='key'][@attr.name='" + name + "'][@for='" + element + "' or @for='all']");
		var values = new HashSet<String>();
		for (var key : keys) {
			elements(graphml, "//*[local-name()='" + element + "'][@id='" + id + "']/*[local-name()='data'][@key='"
					+ key.getAttribute("id") + "']").forEach(d -> values.add(d.getTextContent()));
		}
		assertThat(values).as(element + " " + id + " " + name).hasSize(1);
		return values.iterator().next();
	}

	private static Network.Element node(String id, String label, String kind) {
		return new Network.Element(new LinkedHashMap<>(Map.of("id", id, "label", label, "kind", kind)));
	}

	private static Network.Element edge(String type, String source, String target) {
		var data = new LinkedHashMap<String, Object>();
		data.put("id", type + ":" + source + ":" + target);
		data.put("source", source);
		data.put("target", target);
		data.put("type", type);
		return new Network.Element(data);
	}
}
