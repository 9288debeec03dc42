package org.accountabilitygraph.style;

import com.fasterxml.jackson.annotation.JsonValue;

/** An edge's line as each tool names it. */
public enum Line {

	SOLID("solid", "SOLID"),
	DASHED("dashed", "EQUAL_DASH"),
	DOTTED("dotted", "DOT");

	private final String cytoscapeJs;

	private final String cytoscapeDesktop;

	Line(String cytoscapeJs, String cytoscapeDesktop) {
		this.cytoscapeJs = cytoscapeJs;
		this.cytoscapeDesktop = cytoscapeDesktop;
	}

	/** The page's {@code line-style}, which GEXF's edge {@code viz:shape} also uses. */
	@JsonValue
	public String cytoscapeJs() {
		return cytoscapeJs;
	}

	/** Cytoscape desktop's name for a passthrough mapping to Line Type ({@code EQUAL_DASH}). */
	public String cytoscapeDesktop() {
		return cytoscapeDesktop;
	}
}
