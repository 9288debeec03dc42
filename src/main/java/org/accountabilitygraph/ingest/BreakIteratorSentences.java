package org.accountabilitygraph.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The JDK's sentence rules (ICU's, for British English): fast, no model, good on edited news prose. */
public final class BreakIteratorSentences implements SentenceSplitter {

	@Override
	public List<Span> split(String text, Span paragraph) {
		var sentences = new ArrayList<Span>();
		var iterator = BreakIterator.getSentenceInstance(Locale.UK);
		var part = paragraph.of(text);
		iterator.setText(part);
		int start = iterator.first();
		for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
			int s = start;
			int e = end;
			while (s < e && Character.isWhitespace(part.charAt(s))) {
				s++;
			}
			while (e > s && Character.isWhitespace(part.charAt(e - 1))) {
				e--;
			}
			if (e > s) {
				sentences.add(new Span(paragraph.start() + s, paragraph.start() + e));
			}
		}
		return sentences;
	}
}
