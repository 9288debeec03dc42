package org.accountabilitygraph.query.model;

import java.util.List;
import java.util.Map;

/**
 * The who-said-what network, shaped for graph-drawing libraries (Cytoscape.js reads
 * {@code {nodes: [{data: ...}], edges: [{data: ...}]}} as is): speakers, statements, what the
 * statements are about, and the organisations speakers spoke for. {@code complete} is false when the picture
 * was cut at {@code KnowledgeGraph.MAX_NETWORK_STATEMENTS} statements (the oldest are drawn).
 */
public record Network(List<Element> nodes, List<Element> edges, boolean complete) {

	/** A node or an edge; {@code data} holds id, kind/type, label and (edges) source, target. */
	public record Element(Map<String, Object> data) {
	}
}
