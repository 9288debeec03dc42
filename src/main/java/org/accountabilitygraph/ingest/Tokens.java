package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Words of a sentence with their offsets; words glued by a lost line break ("NSFTZoe") are cut apart. */
final class Tokens {

	record Token(int start, int end, String text) {
		boolean capitalised() {
			return Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)) && text.chars().anyMatch(Character::isLetter);
		}

		boolean acronym() {
			return text.length() >= 2 && text.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
					&& text.chars().anyMatch(Character::isLetter);
		}

		String lower() {
			return Lexicon.lower(text);
		}
	}

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}&-]|['’](?=\\p{L}))*");

	private Tokens() {
	}

	static List<Token> of(String text, Span span) {
		var tokens = new ArrayList<Token>();
		var m = WORD.matcher(text).region(span.start(), span.end());
		while (m.find()) {
			int start = m.start();
			var word = m.group();
			for (int k = 3; k + 1 < word.length(); k++) {
				char prev = word.charAt(k - 1);
				if (Character.isLetter(prev) && Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k + 1))
						&& (Character.isLowerCase(prev) || word.substring(0, k).chars().allMatch(Character::isUpperCase))
						&& !word.startsWith("Mac")) {
					tokens.add(new Token(start, start + k, word.substring(0, k)));
					start += k;
					word = word.substring(k);
					k = 2;
				}
			}
			tokens.add(new Token(start, start + word.length(), word));
		}
		return tokens;
	}

	/** Only spaces between the two offsets. */
	static boolean spaced(String text, int from, int to) {
		if (to - from > 2 || to == from) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (text.charAt(i) != ' ') {
				return false;
			}
		}
		return true;
	}
}
