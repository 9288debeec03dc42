package org.accountabilitygraph.style;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A node's shape as each tool names it. The page (Cytoscape.js) draws every kind in a shape of its own; Cytoscape
 * desktop has nine shapes, GEXF four (and Gephi draws every node as a disc whatever it says) and Graphviz its own
 * set: there each takes the nearest, and the colour tells the kinds apart.
 */
public enum Shape {

	ELLIPSE("ellipse", "ELLIPSE", "disc", "ellipse"),
	OCTAGON("octagon", "OCTAGON", "disc", "octagon"),
	RECTANGLE("rectangle", "RECTANGLE", "square", "box"),
	ROUND_RECTANGLE("round-rectangle", "ROUND_RECTANGLE", "square", "box"),
	BOTTOM_ROUND_RECTANGLE("bottom-round-rectangle", "ROUND_RECTANGLE", "square", "box"),
	CUT_RECTANGLE("cut-rectangle", "OCTAGON", "square", "octagon"),
	BARREL("barrel", "ROUND_RECTANGLE", "square", "cylinder"),
	PENTAGON("pentagon", "HEXAGON", "disc", "pentagon"),
	ROUND_PENTAGON("round-pentagon", "HEXAGON", "disc", "pentagon"),
	HEXAGON("hexagon", "HEXAGON", "disc", "hexagon"),
	CONCAVE_HEXAGON("concave-hexagon", "HEXAGON", "disc", "hexagon"),
	HEPTAGON("heptagon", "OCTAGON", "disc", "septagon"),
	STAR("star", "OCTAGON", "disc", "star"),
	DIAMOND("diamond", "DIAMOND", "diamond", "diamond"),
	TRIANGLE("triangle", "TRIANGLE", "triangle", "triangle"),
	TAG("tag", "PARALLELOGRAM", "square", "cds"),
	VEE("vee", "VEE", "triangle", "invtriangle"),
	RHOMBOID("rhomboid", "PARALLELOGRAM", "diamond", "parallelogram"),
	RIGHT_RHOMBOID("right-rhomboid", "PARALLELOGRAM", "diamond", "parallelogram");

	private final String cytoscapeJs;

	private final String cytoscapeDesktop;

	private final String gexf;

	private final String graphviz;

	Shape(String cytoscapeJs, String cytoscapeDesktop, String gexf, String graphviz) {
		this.cytoscapeJs = cytoscapeJs;
		this.cytoscapeDesktop = cytoscapeDesktop;
		this.gexf = gexf;
		this.graphviz = graphviz;
	}

	/** The page's name ({@code round-rectangle}), which is also the JSON the page reads. */
	@JsonValue
	public String cytoscapeJs() {
		return cytoscapeJs;
	}

	/**
	 * Cytoscape desktop's Node Shape ({@code ROUND_RECTANGLE}), as the GraphML export's {@code shape} and
	 * {@link CytoscapeStyle} write it: one of the nine it has (cytoscape-api's NodeShapeVisualProperty has eight, ding's
	 * DNodeShape adds VEE). So several of the page's shapes are drawn alike there, and the colour tells their kinds
	 * apart: octagon, cut-rectangle, heptagon and star as OCTAGON; round-rectangle, bottom-round-rectangle and barrel as
	 * ROUND_RECTANGLE; pentagon, round-pentagon, hexagon and concave-hexagon as HEXAGON; tag, rhomboid and
	 * right-rhomboid as PARALLELOGRAM.
	 */
	public String cytoscapeDesktop() {
		return cytoscapeDesktop;
	}

	/** GEXF's {@code viz:shape} ({@code disc}, {@code square}, {@code triangle}, {@code diamond}). */
	public String gexf() {
		return gexf;
	}

	/** Graphviz's node {@code shape} in DOT ({@code box}, {@code hexagon}, {@code cds}): the nearest it has. */
	public String graphviz() {
		return graphviz;
	}
}
