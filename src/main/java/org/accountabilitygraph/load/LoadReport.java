package org.accountabilitygraph.load;

import java.util.List;

/**
 * What a load found and left: every script with its state, and the graph's contents.
 */
public record LoadReport(List<Script> scripts, GraphCounts counts) {

	/** One script: its file, {@code applied} or {@code pending}, and when it was applied. */
	public record Script(String file, String state, String installedOn) {
	}

	/** A few lines for the console: the scripts, then nodes by label and relationships by type. */
	public String describe() {
		var text = new StringBuilder();
		text.append("Scripts (").append(scripts.size()).append("):\n");
		scripts.forEach(s -> text.append("  ").append(s.file()).append("  ").append(s.state()).append('\n'));
		text.append(counts.describe());
		return text.toString();
	}
}
