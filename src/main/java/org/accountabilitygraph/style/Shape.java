package org.accountabilitygraph.style;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A node's shape as each tool names it. The page (Cytoscape.js) draws every kind in a shape of its own; Cytoscape
 * desktop has nine shapes and GEXF four (and Gephi draws every node as a disc whatever it says): there each takes the
 * nearest, and the colour tells the kinds apart.
 */
public enum Shape {

	ELLIPSE("ellipse", "ELLIPSE", "disc"),
	OCTAGON("octagon", "OCTAGON", "disc"),
	RECTANGLE("rectangle", "RECTANGLE", "square"),
	ROUND_RECTANGLE("round-rectangle", "ROUND_RECTANGLE", "square"),
	BOTTOM_ROUND_RECTANGLE("bottom-round-rectangle", "ROUND_RECTANGLE", "square"),
	CUT_RECTANGLE("cut-rectangle", "OCTAGON", "square"),
	BARREL("barrel", "ROUND_RECTANGLE", "square"),
	PENTAGON("pentagon", "HEXAGON", "disc"),
	ROUND_PENTAGON("round-pentagon", "HEXAGON", "disc"),
	HEXAGON("hexagon", "HEXAGON", "disc"),
	CONCAVE_HEXAGON("concave-hexagon", "HEXAGON", "disc"),
	HEPTAGON("heptagon", "OCTAGON", "disc"),
	STAR("star", "OCTAGON", "disc"),
	DIAMOND("diamond", "DIAMOND", "diamond"),
	TRIANGLE("triangle", "TRIANGLE", "triangle"),
	TAG("tag", "PARALLELOGRAM", "square"),
	VEE("vee", "VEE", "triangle"),
	RHOMBOID("rhomboid", "PARALLELOGRAM", "diamond"),
	RIGHT_RHOMBOID("right-rhomboid", "PARALLELOGRAM", "diamond");

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
