package org.accountabilitygraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.accountabilitygraph.query.model.Network;
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
 */
public final class NetworkExporter {

	/** Keys that are the element's identity rather than an attribute. */
	private static final Set<String> STRUCTURE = Set.of("id", "source", "target");

	private static final Set<String> GEXF_RESERVED_EDGE_KEYS = Set.of("type", "label", "weight");

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private NetworkExporter() {
	}

	public static void write(Network network, ExportFormat format, Writer out) {
		switch (format) {
			case CYJS -> writeCytoscapeJson(network, out);
			case GRAPHML -> writeGraphMl(network, out);
			case GEXF -> writeGexf(network, out);
			case DOT -> writeDot(network, out);
		}
	}

	private static void writeCytoscapeJson(Network network, Writer out) {
		var elements = new LinkedHashMap<String, Object>();
		elements.put("nodes", network.nodes());
		elements.put("edges", network.edges());
		try {
			JSON.writeValue(out, Map.of("elements", elements));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeGraphMl(Network network, Writer out) {
		var exporter = new GraphMLExporter<String, String>(Function.identity());
		exporter.setEdgeIdProvider(Function.identity());
		// GraphML keys are registered by name: a key nodes and edges share must be registered once, for both.
		var nodeKeys = keys(network.nodes());
		var edgeKeys = keys(network.edges());
		var allKeys = new LinkedHashSet<>(nodeKeys);
		allKeys.addAll(edgeKeys);
		for (var key : allKeys) {
			var category = !edgeKeys.contains(key) ? GraphMLExporter.AttributeCategory.NODE
					: !nodeKeys.contains(key) ? GraphMLExporter.AttributeCategory.EDGE : GraphMLExporter.AttributeCategory.ALL;
			exporter.registerAttribute(key, category, AttributeType.STRING);
		}
		var graph = graph(network);
		exporter.setVertexAttributeProvider(attributes(network.nodes()));
		exporter.setEdgeAttributeProvider(attributes(network.edges()));
		exporter.exportGraph(graph, out);
	}

	private static void writeGexf(Network network, Writer out) {
		var exporter = new GEXFExporter<String, String>(Function.identity(), Function.identity());
		exporter.setCreator("accountability-graph");
		exporter.setDescription("Who said what, with the article and sentence behind each fact");
		for (var key : keys(network.nodes())) {
			if (!key.equals("label")) { // GEXF's own node label
				exporter.registerAttribute(key, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
			}
		}
		// GEXF reserves an edge's "type" (directed or not) and uses "label" for its name: the relation
		// type is the label, and also an attribute "relation".
		for (var key : keys(network.edges())) {
			if (!GEXF_RESERVED_EDGE_KEYS.contains(key)) {
				exporter.registerAttribute(key, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
			}
		}
		exporter.registerAttribute("relation", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
		exporter.setVertexAttributeProvider(attributes(network.nodes()));
		var edgeAttributes = attributes(network.edges());
		exporter.setEdgeAttributeProvider(edge -> {
			var attributes = new LinkedHashMap<>(edgeAttributes.apply(edge));
			var relation = attributes.remove("type");
			attributes.keySet().removeAll(GEXF_RESERVED_EDGE_KEYS);
			attributes.put("relation", relation);
			attributes.put("label", relation);
			return attributes;
		});
		exporter.exportGraph(graph(network), out);
	}

	private static void writeDot(Network network, Writer out) {
		// Slugs contain hyphens, which DOT only accepts in quoted ids.
		var exporter = new DOTExporter<String, String>(id -> "\"" + id + "\"");
		exporter.setVertexAttributeProvider(attributes(network.nodes()));
		var edgeAttributes = attributes(network.edges());
		exporter.setEdgeAttributeProvider(edge -> {
			var attributes = new LinkedHashMap<>(edgeAttributes.apply(edge));
			attributes.put("label", attributes.get("type"));
			attributes.put("id", DefaultAttribute.createAttribute(edge));
			return attributes;
		});
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

	private static Function<String, Map<String, Attribute>> attributes(List<Network.Element> elements) {
		var byId = elements.stream().collect(Collectors.toMap(NetworkExporter::id, Network.Element::data, (a, b) -> a));
		return id -> {
			var attributes = new LinkedHashMap<String, Attribute>();
			byId.getOrDefault(id, Map.of()).forEach((key, value) -> {
				if (!STRUCTURE.contains(key) && value != null) {
					attributes.put(key, DefaultAttribute.createAttribute(text(value)));
				}
			});
			return attributes;
		};
	}

	private static Set<String> keys(List<Network.Element> elements) {
		var keys = new LinkedHashSet<String>();
		elements.forEach(e -> keys.addAll(e.data().keySet()));
		keys.removeAll(STRUCTURE);
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
}
