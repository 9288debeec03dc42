package org.accountabilitygraph.style;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A node's shape as each tool names it. Cytoscape desktop has no tag: it takes the octagon, which no other kind has.
 * GEXF has only four shapes (and Gephi draws every node as a disc whatever it says): each takes the nearest.
 */
public enum Shape {

	ELLIPSE("ellipse", "ELLIPSE", "disc"),
	ROUND_RECTANGLE("round-rectangle", "ROUND_RECTANGLE", "square"),
	HEXAGON("hexagon", "HEXAGON", "disc"),
	DIAMOND("diamond", "DIAMOND", "diamond"),
	TRIANGLE("triangle", "TRIANGLE", "triangle"),
	TAG("tag", "OCTAGON", "square"),
	VEE("vee", "VEE", "triangle"),
	RHOMBOID("rhomboid", "PARALLELOGRAM", "diamond");

	private final String cytoscapeJs;

	private final String cytoscapeDesktop;

	private final String gexf;

	Shape(String cytoscapeJs, String cytoscapeDesktop, String gexf) {
		this.cytoscapeJs = cytoscapeJs;
		this.cytoscapeDesktop = cytoscapeDesktop;
		this.gexf = gexf;
	}

	/** The page's name ({@code round-rectangle}), which is also the JSON the page reads. */
	@JsonValue
	public String cytoscapeJs() {
		return cytoscapeJs;
	}

	/** Cytoscape desktop's name for a passthrough mapping to Node Shape ({@code ROUND_RECTANGLE}). */
	public String cytoscapeDesktop() {
		return cytoscapeDesktop;
	}

	/** GEXF's {@code viz:shape} ({@code disc}, {@code square}, {@code triangle}, {@code diamond}). */
	public String gexf() {
		return gexf;
	}
}
