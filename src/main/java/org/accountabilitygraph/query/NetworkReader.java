package org.accountabilitygraph.query;

import static org.accountabilitygraph.query.Rows.firstNonNull;
import static org.accountabilitygraph.query.Rows.maps;
import static org.accountabilitygraph.query.Rows.source;
import static org.accountabilitygraph.query.Rows.str;
import static org.accountabilitygraph.query.Rows.strings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountabilitygraph.query.model.Network;

/** The who-said-what network around an entity, step by step, and the whole graph for exports. */
final class NetworkReader {

	private final KnowledgeGraph graph;

	private final NamedQueries queries;

	NetworkReader(KnowledgeGraph graph, NamedQueries queries) {
		this.graph = graph;
		this.queries = queries;
	}

	/**
	 * The who-said-what network around {@code focusId} (everything when null): statements the focus made,
	 * spoke for or is the subject of, then, for each further step of {@code depth} (1 to 4), the statements
	 * of the entities reached so far. Nodes are the entities and the statements; edges are {@code SAID},
	 * {@code ABOUT} and {@code ON_BEHALF_OF}, plus the other facts among the entities shown
	 * ({@code CRITICISED}, {@code LEADS}, {@code INSPECTED}, ...), each with its article. Each filter may
	 * be null: a date range, and one article ({@code articleId}).
	 */
	Network network(String focusId, int depth, String from, String to, String articleId) {
		var focus = focusId == null ? null : graph.requireEntity("focus", focusId);
		Parameters.between("depth", depth, 1, KnowledgeGraph.MAX_DEPTH);
		var parameters = new HashMap<String, Object>();
		KnowledgeGraph.putRange(parameters, from, to);
		var article = articleId == null ? null : graph.requireEntity("article", articleId);
		parameters.put("article", article);
		// one more than is drawn, to know whether the picture is whole
		parameters.put("limit", KnowledgeGraph.MAX_NETWORK_STATEMENTS + 1);
		boolean complete = true;
		var nodes = new LinkedHashMap<String, Map<String, Object>>();
		var edges = new LinkedHashMap<String, Map<String, Object>>();
		var statements = new HashSet<String>();
		Set<String> reached = new LinkedHashSet<>();
		if (focus != null) {
			reached.add(focus);
		}
		var frontier = focus == null ? null : List.copyOf(reached);
		for (int step = 0; step < (focus == null ? 1 : depth); step++) {
			parameters.put("entities", frontier);
			var next = new LinkedHashSet<String>();
			for (var row : queries.run("network", parameters)) {
				var statement = str(row, "statement");
				if (statements.size() == KnowledgeGraph.MAX_NETWORK_STATEMENTS && !statements.contains(statement)) {
					complete = false;
					break;
				}
				statements.add(statement);
				addStatement(row, nodes, edges, next);
			}
			if (!complete) {
				break;
			}
			next.removeAll(reached);
			reached.addAll(next);
			frontier = List.copyOf(next);
			if (frontier.isEmpty()) {
				break;
			}
		}
		if (focus != null && !nodes.containsKey(focus)) {
			// The focus said nothing and nothing was said about it: still show it, alone.
			graph.entity(focus).ifPresent(e -> nodes.put(focus, nodeData(e.id(), e.name(), e.kind())));
		}
		var entityIds = nodes.values().stream().filter(n -> !"Statement".equals(n.get("kind"))).map(n -> n.get("id")).toList();
		var links = new HashMap<String, Object>();
		links.put("ids", entityIds);
		links.put("article", article);
		links.put("perLink", KnowledgeGraph.MAX_LINK_ATTESTATIONS);
		for (var row : queries.run("network-links", links)) {
			for (var properties : maps(row.get("attested"))) {
				var data = edgeData(str(row, "type"), str(row, "source"), str(row, "target"), str(properties, "article"));
				data.put("id", data.get("id") + "." + edges.size());
				// how many relationships of this type link the two (one per article, or per rated domain), of which at
				// most MAX_LINK_ATTESTATIONS are edges
				data.put("attestations", row.get("attestations"));
				properties.forEach(data::putIfAbsent);
				edges.put((String) data.get("id"), data);
			}
		}
		return new Network(nodes.values().stream().map(Network.Element::new).toList(),
				edges.values().stream().map(Network.Element::new).toList(), complete);
	}

	/** The whole graph, every node with ids and every relationship between them, for exports. */
	Network wholeGraph() {
		var nodes = queries.run("graph-nodes", Map.of()).stream().map(row -> {
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) row.get("properties");
			var labels = strings(row.get("labels"));
			var label = firstNonNull(properties.get("name"), properties.get("title"), properties.get("text"),
					properties.get("action"), properties.get("description"), row.get("id"));
			var data = nodeData(str(row, "id"), String.valueOf(label), Kinds.of(labels));
			data.put("labels", String.join(":", labels));
			properties.forEach(data::putIfAbsent);
			return new Network.Element(data);
		}).toList();
		var edges = queries.run("graph-relationships", Map.of()).stream().map(row -> {
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) row.get("properties");
			var data = edgeData(str(row, "type"), str(row, "source"), str(row, "target"), str(properties, "article"));
			data.put("id", str(row, "key"));
			properties.forEach(data::putIfAbsent);
			return new Network.Element(data);
		}).toList();
		return new Network(nodes, edges, true);
	}

	private static void addStatement(Map<String, Object> row, Map<String, Map<String, Object>> nodes,
			Map<String, Map<String, Object>> edges, Set<String> reached) {
		var statementId = str(row, "statement");
		var source = source(row.get("source"));
		var statement = nodeData(statementId, str(row, "text"), "Statement");
		statement.put("text", str(row, "text"));
		statement.put("statementKind", str(row, "kind"));
		statement.put("when", str(row, "when"));
		statement.put("article", source.article());
		statement.put("articleTitle", source.title());
		statement.put("publisher", source.publisher());
		statement.put("evidence", source.evidence());
		nodes.putIfAbsent(statementId, statement);
		@SuppressWarnings("unchecked")
		var speaker = (Map<String, Object>) row.get("speaker");
		addEntity(speaker, nodes, reached);
		addEdge(edges, "SAID", str(speaker, "id"), statementId, source.article());
		for (var organisation : maps(row.get("onBehalfOf"))) {
			addEntity(organisation, nodes, reached);
			addEdge(edges, "ON_BEHALF_OF", statementId, str(organisation, "id"), source.article());
		}
		for (var subject : maps(row.get("about"))) {
			addEntity(subject, nodes, reached);
			addEdge(edges, "ABOUT", statementId, str(subject, "id"), source.article());
		}
	}

	private static void addEntity(Map<String, Object> entity, Map<String, Map<String, Object>> nodes,
			Set<String> reached) {
		var id = str(entity, "id");
		nodes.putIfAbsent(id, nodeData(id, str(entity, "name"), Kinds.of(strings(entity.get("labels")))));
		reached.add(id);
	}

	private static Map<String, Object> nodeData(String id, String label, String kind) {
		var data = new LinkedHashMap<String, Object>();
		data.put("id", id);
		data.put("label", label);
		data.put("kind", kind);
		return data;
	}

	private static void addEdge(Map<String, Map<String, Object>> edges, String type, String source, String target,
			String article) {
		var data = edgeData(type, source, target, article);
		edges.putIfAbsent((String) data.get("id"), data);
	}

	private static Map<String, Object> edgeData(String type, String source, String target, String article) {
		var data = new LinkedHashMap<String, Object>();
		// Ids are XML name tokens (GraphML requires it): letters, digits, ".", "-", "_", ":".
		data.put("id", type + ":" + source + ":" + target);
		data.put("source", source);
		data.put("target", target);
		data.put("type", type);
		data.put("article", article);
		return data;
	}

}
