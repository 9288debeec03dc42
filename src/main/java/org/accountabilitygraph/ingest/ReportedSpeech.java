package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reported speech: a sentence whose verb of saying ("said it was hard to see ...", "told the board ... that ...")
 * or speech act ("has pledged to ...", "declined to comment ...") has a speaker before it, and speech told as a
 * noun ("calls previously made by X for ...", "concerns from X that ..."). Not a verb that cues a quotation.
 */
final class ReportedSpeech {

	private static final Pattern NOMINAL = Pattern.compile("\\b(calls|demands|concerns|warnings|pleas|appeals|criticism|claims)\\s+"
			+ "(?:(?:previously|already|also|recently)\\s+)?(?:(?:made|raised|voiced|issued)\\s+)?(?:by|from)\\s+"
			+ "((?:the\\s+)?(?:[\\w'’-]+\\s+){0,5}?[\\w'’-]+)\\s+(?=for\\b|that\\b|to\\b|about\\b|over\\b)");
	private static final Pattern CLAUSE_END = Pattern.compile("[.;!?]|,\\s+(?:and|but|which|while)\\b");
	private static final Pattern SAID_TO = Pattern.compile("^\\s*(?:to\\s+(?:me|him|her|them|us|reporters)\\s+)?(?:that\\s+)?");
	private static final Pattern TOLD = Pattern.compile("^\\s*(?:[\\w'’,-]+\\s+){1,8}?that\\s+|^\\s*(?:[\\w'’-]+\\s+){1,3}?(?=(?:he|she|they|it|we|I|there|his|her|their|its|our|my)\\s)|^\\s*(?:me|him|her|them|us|reporters)\\s+");
	private static final Set<String> AUXILIARIES = Set.of("has", "have", "had");
	private static final Set<String> PASSIVE = Set.of("been", "be", "being", "is", "was", "were", "are", "to");

	private final String text;
	private final Speakers speakers;
	/** Credits a statement to its speakers, in reading order, so that later pronouns find them. */
	private final BiConsumer<ProposedStatement, Speakers.Found> credit;

	ReportedSpeech(String text, Speakers speakers, BiConsumer<ProposedStatement, Speakers.Found> credit) {
		this.text = text;
		this.speakers = speakers;
		this.credit = credit;
	}

	/** The reported statement of a sentence with a verb of saying or a speech act, or null. */
	ProposedStatement verb(Span sentence, int paragraph, List<Quotation> speech) {
		var tokens = Tokens.of(text, sentence);
		for (int i = 1; i < tokens.size(); i++) {
			var t = tokens.get(i);
			var word = t.lower();
			boolean say = Lexicon.SAY_VERBS.contains(word);
			boolean act = Lexicon.ACT_VERBS.contains(word);
			if (!say && !act || PASSIVE.contains(tokens.get(i - 1).lower())) {
				continue;
			}
			var next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
			if (word.equals("called") && !next.equals("for") && !next.equals("on") || word.equals("declined") && !next.equals("to")
					|| word.equals("agreed") && !next.equals("to") && !next.equals("that")) {
				continue;
			}
			int verb = t.start();
			if (speech.stream().anyMatch(q -> q.whole().contains(verb))) {
				continue;
			}
			var rest = text.substring(t.end(), sentence.end());
			boolean afterQuotation = speech.stream().anyMatch(q -> q.whole().end() <= verb && verb - q.whole().end() <= 3);
			boolean beforeQuotation = rest.matches("(?s)^[,:]?\\s*['\"‘“].*");
			if (rest.stripLeading().startsWith(":") || rest.isBlank() || afterQuotation || beforeQuotation) {
				return null; // a direct quotation's cue, handled with the quotation
			}
			var found = speakers.in(new Span(sentence.start(), verb));
			if (found.entities().isEmpty()) {
				continue;
			}
			int start;
			if (say) {
				start = t.end();
				// "said to reporters that", "told the committee that": the words said start after "that"
				var m = (word.startsWith("tel") || word.equals("told") ? TOLD : SAID_TO).matcher(rest);
				if (m.find()) {
					start += m.end();
				}
			}
			else {
				start = AUXILIARIES.contains(tokens.get(i - 1).lower()) ? tokens.get(i - 1).start() : t.start();
			}
			int end = sentence.end();
			while (end > start && ".!?;:".indexOf(text.charAt(end - 1)) >= 0) {
				end--;
			}
			if (end <= start || text.substring(start, end).split("\\s+").length < 2) {
				continue;
			}
			var statement = new ProposedStatement(ProposedStatement.Kind.REPORTED);
			statement.parts.add(new Span(start, end));
			statement.cue = sentence;
			statement.paragraph = paragraph;
			statement.medium = medium(text.substring(sentence.start(), end));
			credit.accept(statement, found);
			return statement;
		}
		return null;
	}

	/**
	 * Speech told as a noun, in or out of quotations: "calls previously made by X for ...", "concerns from X that
	 * ...": what X said is the phrase from the noun to the end of its clause.
	 */
	List<ProposedStatement> nominal(Span sentence, int paragraph) {
		var found = new ArrayList<ProposedStatement>();
		var m = NOMINAL.matcher(sentence.of(text));
		while (m.find()) {
			int start = sentence.start() + m.start();
			int end = sentence.start() + m.end();
			var clause = CLAUSE_END.matcher(text).region(end, sentence.end());
			int stop = clause.find() ? clause.start() : sentence.end();
			while (stop > end && ".!?;:,'\"’”".indexOf(text.charAt(stop - 1)) >= 0) {
				stop--;
			}
			var speaker = speakers.in(new Span(sentence.start() + m.start(2), sentence.start() + m.end(2)));
			if (speaker.entities().isEmpty() || stop <= end) {
				continue;
			}
			var statement = new ProposedStatement(ProposedStatement.Kind.REPORTED);
			statement.parts.add(new Span(start, stop));
			statement.cue = sentence;
			statement.paragraph = paragraph;
			statement.doubts.add("speech told as a noun (\"" + m.group(1) + "\"): read as a statement of " + speaker.entities().get(0).name);
			credit.accept(statement, speaker);
			found.add(statement);
		}
		return found;
	}

	static String medium(String words) {
		var w = Lexicon.lower(words);
		if (w.contains("twitter") || w.contains("tweet")) {
			return "tweet";
		}
		if (w.contains("letter")) {
			return "letter";
		}
		if (w.contains("in a statement") || w.contains("statement issued")) {
			return "written statement";
		}
		return null;
	}
}
