package org.accountabilitygraph.query.model;

import java.util.List;
import java.util.Map;

/**
 * The who-said-what network, shaped for graph-drawing libraries (Cytoscape.js reads
 * {@code {nodes: [{data: ...}], edges: [{data: ...}]}} as is): speakers, statements, what the
 * statements are about, and the organisations speakers spoke for.
 */
public record Network(List<Element> nodes, List<Element> edges) {

	/** A node or an edge; {@code data} holds id, kind/type, label and (edges) source, target. */
	public record Element(Map<String, Object> data) {
	}
}
