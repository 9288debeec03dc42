package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a statement that read as promises ("we will ...", "we are determined to ...", "the board is
 * committed to ...", "that's a promise", "has pledged to ..."), proposed as its {@code commitments} for the curator
 * to confirm: the words alone cannot tell a promise from a forecast ("We will hear of firmer plans"), so every one
 * is a doubt under review.
 */
final class Commitments {

	private static final Pattern PROMISE = Pattern.compile("(?i)\\b(?:(?:we|i)\\s+will|(?:we|i)['’]ll|(?:am|are|is)\\s+"
			+ "(?:determined|committed)\\s+to|that['’]s\\s+a\\s+promise|(?:has|have)\\s+(?:pledged|vowed|promised)\\s+to"
			+ "|will\\s+not\\s+rest|(?:we|i)\\s+promise)\\b");

	/** A sentence ends at . ! or ? followed by space: statements are short, and their words are the spans. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'’”]?)\\s+");

	private Commitments() {
	}

	/** The sentences of {@code text} that make a promise, each exactly as written in it; empty when none does. */
	static List<String> in(String text) {
		var found = new ArrayList<String>();
		for (var sentence : SENTENCE_END.split(text.strip())) {
			if (PROMISE.matcher(sentence).find()) {
				found.add(sentence);
			}
		}
		return found;
	}

	/** The doubt a proposed commitment carries. */
	static String doubt(List<String> commitments) {
		return "marked as a commitment for its words (" + commitments.size() + (commitments.size() == 1 ? " sentence" : " sentences")
				+ "): check that it promises what will be done, not a forecast, a wish or someone else's plan";
	}
}
