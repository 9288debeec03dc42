package org.accountabilitygraph.load;

import java.util.List;

/**
 * What a load found and left: every script with its state, and the graph's contents.
 */
public record LoadReport(List<Script> scripts, GraphCounts counts) {

	/** Applied by this load (new, or changed since it was last applied). */
	public static final String APPLIED = "applied";
	/** Applied by an earlier load and unchanged since, so skipped. */
	public static final String UNCHANGED = "unchanged";
	/** Not applied. */
	public static final String PENDING = "pending";

	/** One script: its file, {@link #APPLIED}, {@link #UNCHANGED} or {@link #PENDING}, and when it was last applied. */
	public record Script(String file, String state, String installedOn) {
	}

	/** A few lines for the console: the scripts, then nodes by label and relationships by type. */
	public String describe() {
		var text = new StringBuilder();
		text.append("Scripts (").append(scripts.size()).append("):\n");
		scripts.forEach(s -> text.append("  ").append(s.file()).append("  ")
			.append(APPLIED.equals(s.state()) ? "applied now" : s.state()).append('\n'));
		text.append(counts.describe());
		return text.toString();
	}
}
