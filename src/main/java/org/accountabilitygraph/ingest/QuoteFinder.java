package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations by their marks, straight or curly, single or double, as British news prints them: a mark is
 * an opening one after a space or the start of a paragraph, a closing one before a space, punctuation or the
 * end; a single mark between letters is an apostrophe, and one after a plural's s ("doctors' letter") is
 * taken for an apostrophe when another closing mark follows in the paragraph. Marks of the other kind inside a
 * quotation are nested quotes and left to it. A quotation left open at the end of a paragraph goes on when the
 * next paragraph opens with the same kind of mark, and otherwise ends with its paragraph. Captions are skipped.
 */
public final class QuoteFinder {

	private static final String DOUBLE = "\"“”„";
	private static final String SINGLE = "'‘’";

	private QuoteFinder() {
	}

	public static List<Quotation> find(Layout layout) {
		var text = layout.text();
		var found = new ArrayList<Quotation>();
		var paragraphs = layout.paragraphs().stream().filter(p -> p.kind() != Layout.Kind.CAPTION).toList();
		List<Span> parts = new ArrayList<>();
		int open = -1; // offset of the first opening mark of the quotation being read, -1 when none
		boolean single = false;
		int contentStart = 0;
		for (int n = 0; n < paragraphs.size(); n++) {
			var span = paragraphs.get(n).span();
			if (open >= 0) {
				// a continued quotation: this paragraph opened with its mark (checked below)
				contentStart = span.start() + 1;
			}
			for (int i = span.start(); i < span.end(); i++) {
				char c = text.charAt(i);
				boolean isDouble = DOUBLE.indexOf(c) >= 0;
				boolean isSingle = SINGLE.indexOf(c) >= 0;
				if (!isDouble && !isSingle || isSingle && apostrophe(text, i, span)) {
					continue;
				}
				boolean opening = opening(text, i, span);
				boolean closing = closing(text, i, span);
				if (open < 0) {
					if (opening) {
						open = i;
						single = isSingle;
						contentStart = i + 1;
						parts = new ArrayList<>();
					}
				}
				else if (isSingle == single) {
					if (closing && !(single && possessive(text, i, span))) {
						addPart(parts, text, contentStart, i);
						if (!parts.isEmpty()) { // marks around nothing quote nothing
							found.add(new Quotation(List.copyOf(parts), new Span(open, i + 1), true, single));
						}
						open = -1;
					}
					else if (opening) {
						// reopened inside the paragraph without a close: the same speaker goes on
						addPart(parts, text, contentStart, i);
						contentStart = i + 1;
					}
				}
			}
			if (open >= 0) {
				addPart(parts, text, contentStart, span.end());
				var next = n + 1 < paragraphs.size() ? paragraphs.get(n + 1).span() : null;
				boolean continues = next != null && (single ? SINGLE : DOUBLE).indexOf(text.charAt(next.start())) >= 0
						&& opening(text, next.start(), next);
				if (!continues) {
					if (!parts.isEmpty()) {
						found.add(new Quotation(List.copyOf(parts), new Span(open, span.end()), false, single));
					}
					open = -1;
				}
			}
		}
		return found;
	}

	private static void addPart(List<Span> parts, String text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			parts.add(new Span(start, end));
		}
	}

	private static boolean apostrophe(String text, int i, Span span) {
		return i > span.start() && i + 1 < span.end() && Character.isLetterOrDigit(text.charAt(i - 1))
				&& Character.isLetter(text.charAt(i + 1));
	}

	static boolean opening(String text, int i, Span span) {
		char c = text.charAt(i);
		if (c == '”' || i + 1 >= span.end() || Character.isWhitespace(text.charAt(i + 1))) {
			return false;
		}
		if (c == '“' || c == '‘' || c == '„') {
			return true;
		}
		if (c == '’') {
			return false;
		}
		return i == span.start() || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
	}

	static boolean closing(String text, int i, Span span) {
		char c = text.charAt(i);
		if (c == '“' || c == '‘' || i == span.start() || Character.isWhitespace(text.charAt(i - 1))) {
			return false;
		}
		return i + 1 >= span.end() || Character.isWhitespace(text.charAt(i + 1)) || ".,;:!?)]}—–-\"”'’".indexOf(text.charAt(i + 1)) >= 0;
	}

	/** "the doctors' letter" inside a single-quoted quotation: a plural's apostrophe when a real close follows. */
	private static boolean possessive(String text, int i, Span span) {
		if (text.charAt(i - 1) != 's' || i + 2 >= span.end() || text.charAt(i + 1) != ' ' || !Character.isLowerCase(text.charAt(i + 2))) {
			return false;
		}
		for (int j = i + 1; j < span.end(); j++) {
			if (SINGLE.indexOf(text.charAt(j)) >= 0 && !apostrophe(text, j, span) && closing(text, j, span)) {
				return true;
			}
		}
		return false;
	}
}
