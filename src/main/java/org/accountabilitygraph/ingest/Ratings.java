package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ratings told in the passive, as news tells an inspection's outcome: "the trust was rated (as) 'inadequate'
 * (overall) (for the third time) (by the Care Quality Commission)", "following an inspection in 2015". The rated
 * body is the last organisation named before "rated" (or the last trust, for "the trust" and "it"); the rater
 * the regulator named after "by", or one the sentence names.
 */
final class Ratings {

	/** One rating: who was rated what, by whom, when (a year the sentence names), with its sentence. */
	record Rating(Span sentence, ArticleEntity rated, ArticleEntity by, String rating, String note, String year) {
	}

	private static final Pattern RATED = Pattern.compile("(?i)\\b(?:was|were|is|are|been|being)\\s+(?:\\w+\\s+){0,2}?rated\\s+(?:as\\s+)?"
			+ "['\"‘“]?(inadequate|requires improvement|good|outstanding)['\"’”]?(?:\\s+overall)?(?:\\s+(for the \\w+ time))?");
	private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

	private Ratings() {
	}

	static List<Rating> find(String text, List<Span> sentences, EntityTable table) {
		var found = new ArrayList<Rating>();
		for (var sentence : sentences) {
			var m = RATED.matcher(text).region(sentence.start(), sentence.end());
			while (m.find()) {
				var before = table.within(new Span(sentence.start(), m.start())).stream().filter(e -> e.organisation() && !e.group).toList();
				ArticleEntity rated = before.stream().filter(e -> !"Regulator".equals(e.kind)).reduce((a, b) -> b).orElse(null);
				if (rated == null) {
					rated = table.entities.stream().filter(e -> e.organisation() && "Trust".equals(e.kind)
							&& e.mentions.stream().anyMatch(x -> x.span().start() < m.start())).reduce((a, b) -> b).orElse(null);
				}
				var after = table.within(new Span(m.end(), sentence.end())).stream().filter(e -> e.organisation() && !e.group).toList();
				var by = after.stream().filter(e -> "Regulator".equals(e.kind)).findFirst()
					.or(() -> table.within(sentence).stream().filter(e -> "Regulator".equals(e.kind)).findFirst()).orElse(null);
				var year = YEAR.matcher(text).region(sentence.start(), sentence.end());
				if (rated != null) {
					found.add(new Rating(sentence, rated, by, Lexicon.lower(m.group(1)), m.group(2), year.find() ? year.group(1) : null));
				}
			}
		}
		return found;
	}
}
