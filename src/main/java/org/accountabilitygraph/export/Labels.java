package org.accountabilitygraph.export;

/** Short labels for drawings: a statement can run to 700 characters, which no tool can show beside a node. */
final class Labels {

	/** The most characters a label keeps, the ellipsis included. */
	static final int LENGTH = 60;

	/** A cut this close to a space moves back to it, so the label ends on a whole word. */
	private static final int WORD_SLACK = 15;

	private Labels() {
	}

	/**
	 * {@code text} on one line, cut to {@link #LENGTH} characters (code points) with an ellipsis when longer, at a
	 * space when one is near the cut.
	 */
	static String shorten(String text) {
		var line = text.strip().replaceAll("\\s+", " ");
		if (line.codePointCount(0, line.length()) <= LENGTH) {
			return line;
		}
		int end = line.offsetByCodePoints(0, LENGTH - 1);
		int space = line.lastIndexOf(' ', end);
		if (space > 0 && end - space <= WORD_SLACK) {
			end = space;
		}
		return line.substring(0, end).stripTrailing() + "…";
	}
}
