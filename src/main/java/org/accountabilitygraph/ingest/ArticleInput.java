package org.accountabilitygraph.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.accountabilitygraph.facts.StrictUtf8;

/**
 * The checks an article's bytes pass before anything reads them as news: not empty, text rather than a
 * binary file, UTF-8, at most 5 MB, and English (the rules read English only).
 */
public final class ArticleInput {

	public static final int MAX_BYTES = 5 * 1024 * 1024;
	/** English prose is about 40% stop words; other languages and word lists have few of ours. */
	static final double MIN_STOP_WORD_SHARE = 0.15;
	static final int WORDS_FOR_LANGUAGE_CHECK = 20;

	/** An article file's name: where accepting writes it, and the hash in it gives the article's short id. */
	private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");
	private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on",
			"at", "for", "with", "by", "from", "as", "is", "was", "are", "were", "be", "been", "has", "have", "had",
			"it", "its", "this", "that", "which", "who", "he", "she", "they", "we", "i", "you", "his", "her", "their",
			"our", "not", "no", "will", "would", "can", "could", "said", "says", "there", "than", "more", "about",
			"after", "into", "also", "if", "all", "so", "do", "did", "what", "when");

	private ArticleInput() {
	}

	/** {@code name} when it can be an article file's name (no folder in it); {@link InvalidArticleException} otherwise. */
	static String fileName(String name) {
		if (name == null || !FILE_NAME.matcher(name).matches()) {
			throw new InvalidArticleException("Parameter 'name' must be a file name (letters, digits, '.', '_', '-'; "
					+ "at most 100 characters)");
		}
		return name;
	}

	/** The text of the article; {@link InvalidArticleException} with the reason when it cannot be one. */
	public static String text(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw new InvalidArticleException(String.format(Locale.ROOT, "The file is %.1f MB; an article may be at most %d MB of text.",
					bytes.length / (1024.0 * 1024), MAX_BYTES / (1024 * 1024)));
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new InvalidArticleException("The file is binary (it contains a NUL byte at offset " + i
						+ "); give the article as plain UTF-8 text.");
			}
		}
		String text;
		try {
			text = StrictUtf8.decode(bytes);
		}
		catch (StrictUtf8.MalformedException ex) {
			var bad = ex.where();
			throw new InvalidArticleException("The file is not UTF-8 text: line " + bad.line() + ", byte " + bad.offset()
					+ " (" + bad.bytes() + ") starts no valid character; save it as UTF-8.");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1); // a byte order mark is not part of the article
		}
		if (text.isBlank()) {
			throw new InvalidArticleException("The article is empty.");
		}
		long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
		if (control * 100 > text.length()) {
			throw new InvalidArticleException("The file is binary (" + control + " control characters); give the article as plain text.");
		}
		checkEnglish(text);
		return text;
	}

	private static void checkEnglish(String text) {
		var words = WORD.matcher(text);
		int total = 0;
		int stop = 0;
		while (words.find()) {
			total++;
			if (STOP_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) {
				stop++;
			}
		}
		if (total == 0) {
			throw new InvalidArticleException("The article has no words.");
		}
		if (total >= WORDS_FOR_LANGUAGE_CHECK && stop < MIN_STOP_WORD_SHARE * total) {
			throw new InvalidArticleException(String.format(Locale.ROOT,
					"The article does not look like English (%d of its %d words are common English words, fewer than %.0f%%); "
							+ "only English articles can be ingested.", stop, total, MIN_STOP_WORD_SHARE * 100));
		}
	}
}
