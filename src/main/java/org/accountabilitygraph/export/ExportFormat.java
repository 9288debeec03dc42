package org.accountabilitygraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.accountabilitygraph.query.InvalidParameterException;
import org.accountabilitygraph.query.Parameters;

/** The file formats a network can be exported to, with their file extension and media type. */
public enum ExportFormat {

	/** GraphML, for Gephi, Cytoscape, yEd and most graph tools. */
	GRAPHML("graphml", "application/graphml+xml"),
	/** GEXF, Gephi's own format. */
	GEXF("gexf", "application/gexf+xml"),
	/** Cytoscape.js / Cytoscape desktop JSON ({@code elements: {nodes, edges}}). */
	CYJS("cyjs", "application/json"),
	/** Graphviz DOT. */
	DOT("dot", "text/vnd.graphviz");

	private final String extension;

	private final String mediaType;

	ExportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public String mediaType() {
		return mediaType;
	}

	/** The format named {@code name} (its extension, any case); fails naming {@code parameter}. */
	public static ExportFormat named(String parameter, String name) {
		return Arrays.stream(values())
			.filter(f -> name != null && f.extension.equals(name.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException(parameter, "'" + Parameters.abbreviate(name) + "' is not a format; use one of "
					+ Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "))));
	}
}
