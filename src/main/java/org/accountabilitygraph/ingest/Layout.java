package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The article cut into paragraphs (one a line, as the articles come), each of a kind: the lead (the first,
 * which the fact files use as the title), body text, a caption or link ("WATCH: ...", "READ MORE: ...", a
 * picture's caption with its credit), a bullet point, or a heading (a short line without a full stop, which
 * may also name the speaker of the quotation above it).
 */
public record Layout(String text, List<Paragraph> paragraphs) {

	public enum Kind { LEAD, BODY, HEADING, CAPTION, BULLET }

	public record Paragraph(int index, Span span, Kind kind) {
	}

	private static final Pattern LINE = Pattern.compile("[^\\n\\r]+");
	/** An upper-case label and colon: "WATCH:", "READ MORE:". */
	private static final Pattern LABEL = Pattern.compile("^[A-Z][A-Z ]{2,20}:\\s");
	private static final Pattern CREDIT = Pattern.compile("\\((?:Image|Picture|Photo|Photograph|Credit|Video):[^)]*\\)\\s*$");
	private static final Pattern BULLET = Pattern.compile("^(?:[•*·▪–-]|\\d{1,2}[.)])\\s");
	private static final int HEADING_WORDS = 12;

	public static Layout of(String text) {
		var paragraphs = new ArrayList<Paragraph>();
		var lines = LINE.matcher(text);
		while (lines.find()) {
			int start = lines.start();
			int end = lines.end();
			while (start < end && Character.isWhitespace(text.charAt(start))) {
				start++;
			}
			while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			if (end > start) {
				var line = text.substring(start, end);
				paragraphs.add(new Paragraph(paragraphs.size(), new Span(start, end), paragraphs.isEmpty() ? Kind.LEAD : kind(line)));
			}
		}
		return new Layout(text, List.copyOf(paragraphs));
	}

	static Kind kind(String line) {
		if (LABEL.matcher(line).find() || CREDIT.matcher(line).find()) {
			return Kind.CAPTION;
		}
		if (BULLET.matcher(line).find()) {
			return Kind.BULLET;
		}
		char last = line.charAt(line.length() - 1);
		boolean ends = ".!?:;'\"”’)…".indexOf(last) >= 0;
		if (!ends && line.split("\\s+").length <= HEADING_WORDS) {
			return Kind.HEADING;
		}
		return Kind.BODY;
	}

	public String text(Paragraph paragraph) {
		return paragraph.span().of(text);
	}

	/** The paragraph holding {@code offset}, or null. */
	public Paragraph at(int offset) {
		for (var p : paragraphs) {
			if (p.span().start() <= offset && offset < p.span().end() + 1) {
				return p;
			}
		}
		return null;
	}

	/** The first paragraph, which the fact files take as the title (the articles carry no headline). */
	public String title() {
		return paragraphs.isEmpty() ? "" : text(paragraphs.get(0));
	}
}
