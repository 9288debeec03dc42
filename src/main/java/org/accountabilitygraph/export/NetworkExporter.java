package org.accountabilitygraph.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.accountabilitygraph.query.model.Network;
import org.accountabilitygraph.style.NetworkStyle;
import org.accountabilitygraph.style.NetworkStyle.NodeStyle;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes a {@link Network} in the formats other tools read: GraphML, GEXF and DOT through JGraphT's
 * exporters, and Cytoscape JSON through Jackson. Every node and edge property travels as an attribute,
 * so the provenance (article, evidence) goes with the picture. Lists are joined with {@code "; "}.
 * <p>
 * GraphML, GEXF and DOT label a node with the start of its name or words ({@link Labels}), the whole kept as an
 * attribute (a statement's {@code text}, else {@code fullLabel}), and an edge with its relation in words. GraphML and
 * GEXF also carry the page's drawing ({@link NetworkStyle}), so Gephi and Cytoscape open them looking like the page:
 * GraphML as plain attributes a Cytoscape style maps and Gephi reads ({@code color}, {@code shape}, {@code size};
 * {@code lineColor}, {@code lineStyle}), GEXF in its {@code viz} namespace ({@link GexfViz}), DOT as Graphviz's own
 * attributes ({@code shape}, {@code fillcolor}; an edge's {@code color} and {@code style}), and Cytoscape JSON as a
 * Cytoscape.js {@code style} beside its elements, one rule per kind and relation, which {@code cytoscape(json)} applies.
 */
public final class NetworkExporter {

	/** Keys that are the element's identity rather than an attribute. */
	private static final Set<String> STRUCTURE = Set.of("id", "source", "target");

	/** GraphML's drawing attributes; a property of the same name (a group's {@code size}) becomes {@code property.size}. */
	private static final Set<String> GRAPHML_DRAWING = Set.of("color", "shape", "size", "lineColor", "lineStyle");

	private static final Set<String> GEXF_RESERVED_EDGE_KEYS = Set.of("type", "label", "weight");

	/** Graphviz's drawing attributes; a property of the same name becomes {@code property_<name>}. */
	private static final Set<String> DOT_DRAWING = Set.of("shape", "style", "fillcolor", "color");

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private NetworkExporter() {
	}

	public static void write(Network network, ExportFormat format, Writer out) {
		write(network, format, out, null);
	}

	/** The same, with the node {@code focus} (none when null) drawn larger, as the page draws its focus. */
	public static void write(Network network, ExportFormat format, Writer out, String focus) {
		switch (format) {
			case CYJS -> writeCytoscapeJson(network, out, focus);
			case GRAPHML -> writeGraphMl(network, out, focus);
			case GEXF -> writeGexf(network, out, focus);
			case DOT -> writeDot(network, out, focus);
		}
	}

	/** The style a node is drawn in: its kind's, larger for the focus. */
	private static NodeStyle nodeStyle(Network.Element node, String focus) {
		var style = NetworkStyle.kind((String) node.data().get("kind"));
		return id(node).equals(focus) ? NetworkStyle.focus(style) : style;
	}

	private static void writeCytoscapeJson(Network network, Writer out, String focus) {
		var elements = new LinkedHashMap<String, Object>();
		elements.put("nodes", network.nodes());
		elements.put("edges", network.edges());
		var json = new LinkedHashMap<String, Object>();
		json.put("elements", elements);
		json.put("style", cytoscapeStyle(network, focus));
		try {
			JSON.writeValue(out, json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeGraphMl(Network network, Writer out, String focus) {
		var nodes = byId(network.nodes(), node -> graphMlNode(node, focus));
		var edges = byId(network.edges(), NetworkExporter::graphMlEdge);
		var exporter = new GraphMLExporter<String, String>(Function.identity());
		exporter.setEdgeIdProvider(Function.identity());
		// JGraphT's own label keys, one for nodes and one for edges, both named "label": Gephi takes a key named
		// "label" as the label only when it is for nodes or for edges alone, not for both.
		exporter.setExportVertexLabels(true);
		exporter.setVertexLabelAttributeName("label");
		exporter.setExportEdgeLabels(true);
		exporter.setEdgeLabelAttributeName("label");
		// Other keys are registered by name: a key nodes and edges share is registered once, for both.
		var nodeKeys = keys(nodes.values());
		var edgeKeys = keys(edges.values());
		var allKeys = new LinkedHashSet<>(nodeKeys);
		allKeys.addAll(edgeKeys);
		allKeys.remove("label");
		for (var key : allKeys) {
			var category = !edgeKeys.contains(key) ? GraphMLExporter.AttributeCategory.NODE
					: !nodeKeys.contains(key) ? GraphMLExporter.AttributeCategory.EDGE : GraphMLExporter.AttributeCategory.ALL;
			exporter.registerAttribute(key, category, key.equals("size") ? AttributeType.INT : AttributeType.STRING);
		}
		exporter.setVertexAttributeProvider(id -> attributes(nodes.get(id)));
		exporter.setEdgeAttributeProvider(id -> attributes(edges.get(id)));
		exporter.exportGraph(graph(network), out);
	}

	private static Map<String, String> graphMlNode(Network.Element node, String focus) {
		var attributes = labelled(renamed(properties(node)));
		var style = nodeStyle(node, focus);
		attributes.put("color", style.color());
		attributes.put("shape", style.shape().cytoscapeDesktop());
		attributes.put("size", Integer.toString(style.size()));
		return attributes;
	}

	private static Map<String, String> graphMlEdge(Network.Element edge) {
		var attributes = renamed(properties(edge));
		var style = NetworkStyle.relation(type(edge));
		attributes.put("label", style.label());
		attributes.put("lineColor", style.color());
		attributes.put("lineStyle", style.line().cytoscapeDesktop());
		return attributes;
	}

	private static void writeGexf(Network network, Writer out, String focus) {
		var nodes = byId(network.nodes(), node -> labelled(properties(node)));
		var edges = byId(network.edges(), NetworkExporter::gexfEdge);
		var exporter = new GEXFExporter<String, String>(Function.identity(), Function.identity());
		exporter.setCreator("accountability-graph");
		exporter.setDescription("Who said what, with the article and sentence behind each fact");
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
		for (var key : keys(nodes.values())) {
			if (!key.equals("label")) { // GEXF's own node label
				exporter.registerAttribute(key, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
			}
		}
		for (var key : keys(edges.values())) {
			if (!GEXF_RESERVED_EDGE_KEYS.contains(key)) {
				exporter.registerAttribute(key, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
			}
		}
		exporter.setVertexAttributeProvider(id -> attributes(nodes.get(id)));
		exporter.setEdgeAttributeProvider(id -> attributes(edges.get(id)));
		var gexf = new StringWriter();
		exporter.exportGraph(graph(network), gexf);
		var kinds = network.nodes().stream()
			.collect(Collectors.toMap(NetworkExporter::id, n -> nodeStyle(n, focus), (a, b) -> a));
		var relations = network.edges().stream()
			.collect(Collectors.toMap(NetworkExporter::id, e -> NetworkStyle.relation(type(e)), (a, b) -> a));
		GexfViz.write(gexf.toString(), kinds, relations, out);
	}

	/**
	 * GEXF reserves an edge's "type" (directed or not) and uses "label" for its name: the relation type is the
	 * attribute "relation", and the label is its words.
	 */
	private static Map<String, String> gexfEdge(Network.Element edge) {
		var attributes = properties(edge);
		attributes.keySet().removeAll(GEXF_RESERVED_EDGE_KEYS);
		attributes.put("relation", type(edge));
		attributes.put("label", NetworkStyle.relation(type(edge)).label());
		return attributes;
	}

	/**
	 * The page's drawing as a Cytoscape.js style: the labels, then one rule per kind and per relation type present (a
	 * kind's colour, shape and size; a relation's colour and line), in the page's colours and shapes.
	 */
	private static List<Map<String, Object>> cytoscapeStyle(Network network, String focus) {
		var rules = new ArrayList<Map<String, Object>>();
		rules.add(rule("node", Map.of("label", "data(label)", "font-size", 10, "text-valign", "bottom", "text-wrap", "ellipsis",
				"text-max-width", 120, "border-width", 1, "border-color", "#52606d")));
		rules.add(rule("edge", Map.of("curve-style", "bezier", "target-arrow-shape", "triangle", "width", 1.5)));
		network.nodes().stream().map(n -> (String) n.data().get("kind")).filter(Objects::nonNull).distinct().sorted()
			.forEach(kind -> {
				var style = NetworkStyle.kind(kind);
				rules.add(rule("node[kind = \"" + kind + "\"]", Map.of("background-color", style.color(),
						"shape", style.shape().cytoscapeJs(), "width", style.size(), "height", style.size())));
			});
		network.edges().stream().map(NetworkExporter::type).filter(Objects::nonNull).distinct().sorted()
			.forEach(type -> {
				var style = NetworkStyle.relation(type);
				rules.add(rule("edge[type = \"" + type + "\"]", Map.of("line-color", style.color(),
						"target-arrow-color", style.color(), "line-style", style.line().cytoscapeJs())));
			});
		if (focus != null && network.nodes().stream().anyMatch(n -> id(n).equals(focus))) {
			rules.add(rule("node[id = \"" + focus + "\"]", Map.of("width", NetworkStyle.FOCUS_SIZE,
					"height", NetworkStyle.FOCUS_SIZE, "border-width", 4, "border-color", "#1d2733", "font-weight", "bold")));
		}
		return rules;
	}

	private static Map<String, Object> rule(String selector, Map<String, Object> style) {
		var rule = new LinkedHashMap<String, Object>();
		rule.put("selector", selector);
		rule.put("style", new TreeMap<>(style));
		return rule;
	}

	private static void writeDot(Network network, Writer out, String focus) {
		var nodes = byId(network.nodes(), node -> {
			var attributes = labelled(renamed(properties(node), DOT_DRAWING, "property_"));
			var style = NetworkStyle.kind((String) node.data().get("kind"));
			attributes.put("shape", style.shape().graphviz());
			attributes.put("style", "filled");
			attributes.put("fillcolor", style.color());
			if (id(node).equals(focus)) {
				attributes.put("penwidth", "3"); // the focus's thick border, as on the page
			}
			return attributes;
		});
		var edges = byId(network.edges(), edge -> {
			var attributes = renamed(properties(edge), DOT_DRAWING, "property_");
			var style = NetworkStyle.relation(type(edge));
			attributes.put("label", type(edge));
			attributes.put("id", id(edge));
			attributes.put("color", style.color());
			attributes.put("style", style.line().cytoscapeJs()); // solid, dashed, dotted: Graphviz's words too
			return attributes;
		});
		// Slugs contain hyphens, which DOT only accepts in quoted ids.
		var exporter = new DOTExporter<String, String>(id -> "\"" + id + "\"");
		exporter.setVertexAttributeProvider(id -> attributes(nodes.get(id)));
		exporter.setEdgeAttributeProvider(id -> attributes(edges.get(id)));
		exporter.exportGraph(graph(network), out);
	}

	private static Graph<String, String> graph(Network network) {
		var graph = new DirectedPseudograph<String, String>(null, null, false);
		for (var node : network.nodes()) {
			graph.addVertex(id(node));
		}
		for (var edge : network.edges()) {
			graph.addEdge((String) edge.data().get("source"), (String) edge.data().get("target"), id(edge));
		}
		return graph;
	}

	/** An element's properties as text, without its identity and without empty values. */
	private static Map<String, String> properties(Network.Element element) {
		var properties = new LinkedHashMap<String, String>();
		element.data().forEach((key, value) -> {
			if (!STRUCTURE.contains(key) && value != null) {
				properties.put(key, text(value));
			}
		});
		return properties;
	}

	/** The label shortened; the whole kept as {@code fullLabel} unless another attribute (a statement's text) holds it. */
	private static Map<String, String> labelled(Map<String, String> attributes) {
		var label = attributes.get("label");
		if (label == null) {
			return attributes;
		}
		var shortLabel = Labels.shorten(label);
		if (!shortLabel.equals(label)) {
			attributes.put("label", shortLabel);
			if (!attributes.containsValue(label)) {
				attributes.put("fullLabel", label);
			}
		}
		return attributes;
	}

	/** Properties named like a GraphML drawing attribute, renamed {@code property.<name>}. */
	private static Map<String, String> renamed(Map<String, String> properties) {
		return renamed(properties, GRAPHML_DRAWING, "property.");
	}

	/** Properties named like one of a format's drawing attributes, renamed with {@code prefix}. */
	private static Map<String, String> renamed(Map<String, String> properties, Set<String> drawing, String prefix) {
		var renamed = new LinkedHashMap<String, String>();
		properties.forEach((key, value) -> renamed.put(drawing.contains(key) ? prefix + key : key, value));
		return renamed;
	}

	private static Map<String, Map<String, String>> byId(List<Network.Element> elements,
			Function<Network.Element, Map<String, String>> attributes) {
		var byId = new LinkedHashMap<String, Map<String, String>>();
		elements.forEach(e -> byId.putIfAbsent(id(e), attributes.apply(e)));
		return byId;
	}

	private static Map<String, Attribute> attributes(Map<String, String> values) {
		var attributes = new LinkedHashMap<String, Attribute>();
		if (values != null) {
			values.forEach((key, value) -> attributes.put(key, DefaultAttribute.createAttribute(value)));
		}
		return attributes;
	}

	private static Set<String> keys(Collection<Map<String, String>> elements) {
		var keys = new LinkedHashSet<String>();
		elements.forEach(e -> keys.addAll(e.keySet()));
		return keys;
	}

	private static String text(Object value) {
		if (value instanceof Collection<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
		}
		return String.valueOf(value);
	}

	private static String id(Network.Element element) {
		return (String) element.data().get("id");
	}

	private static String type(Network.Element edge) {
		return (String) edge.data().get("type");
	}
}
