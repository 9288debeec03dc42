package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** A quotation or a piece of reported speech the rules found, with whom they credit it to and why. */
final class ProposedStatement {

	enum Kind { QUOTE, REPORTED }

	final Kind kind;
	/** The words said (for a quotation, each paragraph's part). */
	final List<Span> parts = new ArrayList<>();
	/** The sentence, or span, that says who said it. */
	Span cue;
	final List<ArticleEntity> speakers = new ArrayList<>();
	ArticleEntity onBehalfOf;
	String medium;
	/** Why a choice is uncertain, in words; empty when the rules are sure. */
	final List<String> doubts = new ArrayList<>();
	int paragraph;
	/** A quotation whose paragraph ends with it: an unattributed quotation in the next paragraph continues it. */
	boolean endsParagraph;

	ProposedStatement(Kind kind) {
		this.kind = kind;
	}

	Span span() {
		return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
	}

	String text(String article) {
		var b = new StringBuilder();
		for (var p : parts) {
			if (b.length() > 0) {
				b.append(' ');
			}
			b.append(p.of(article));
		}
		// a comma before "said X" belongs to the sentence around the quotation
		return b.toString().replaceAll("[,;:]$", "").strip();
	}
}
