package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns quotations and sentences with a verb of saying into statements with speakers, sentence by sentence
 * in reading order, so that "he" and "the spokesman" find the speaker before them.
 * <ul>
 * <li>A quotation's speaker is in its own sentence: before it ("X said: '...'"), or after it ("'...,' said X").
 * Without one, a quotation that opens a paragraph goes on from the quotation that ended the paragraph before
 * (the same statement), or is a new statement of the last speaker when that one was reported; a short line
 * after it can name its speaker (a heading-like attribution).</li>
 * <li>Words in quote marks inside a sentence are speech only when they are four words or more and neither a
 * rating nor a name in capitals ("'requires improvement'", "'Campaign to Save ...'"); shorter ones belong to
 * the sentence around them.</li>
 * <li>Reported speech: a sentence whose verb of saying ("said it was hard to see ...") or speech act ("has
 * pledged to ...", "declined to comment") has a speaker before it.</li>
 * </ul>
 */
final class StatementFinder {

	private static final Pattern CUE_BEFORE = Pattern.compile("(?i)\\b(said|says|added|adds|told|explained|warned|continued|wrote|writing|"
			+ "saying|stated|commented|replied|responded|tweeted|posted)\\b(?:[^'\"‘“:]{0,40}:|\\s*,)?\\s*$|:\\s*$");
	// "'...,' said X", "'...,' X said", and a headline's "'...': family speaks out"
	private static final Pattern CUE_AFTER = Pattern.compile("^\\s*[,:]?\\s*(?:(said|says|added|adds|explained|warned|continued|wrote)\\s+([^.,;!?]{1,80})|"
			+ "([^.,;!?'\"‘“]{1,80}?)\\s+(said|says|added|adds|explained|warned|continued|wrote|speaks|speak|tells|warns)\\b)");

	private final String text;
	private final Layout layout;
	private final List<Span> sentences;
	private final EntityTable table;
	private final Speakers speakers;
	private final ReportedSpeech reportedSpeech;
	final List<ProposedStatement> statements = new ArrayList<>();

	StatementFinder(String text, Layout layout, List<Span> sentences, EntityTable table) {
		this.text = text;
		this.layout = layout;
		this.sentences = sentences;
		this.table = table;
		this.speakers = new Speakers(text, table);
		this.reportedSpeech = new ReportedSpeech(text, speakers, this::credit);
	}

	List<ProposedStatement> find(List<Quotation> quotations) {
		var speech = new ArrayList<Quotation>();
		for (var q : quotations) {
			if (isSpeech(q)) {
				speech.add(q);
			}
		}
		for (var sentence : sentences) {
			var paragraph = layout.at(sentence.start());
			if (paragraph == null || paragraph.kind() == Layout.Kind.CAPTION) {
				continue;
			}
			for (var q : speech) {
				if (sentence.contains(q.whole().start())) {
					quotation(q, sentence, paragraph);
				}
			}
			boolean inQuote = speech.stream().anyMatch(q -> q.content().contains(sentence.start())
					|| q.content().start() <= sentence.start() && sentence.end() <= q.whole().end());
			if (!inQuote && paragraph.kind() != Layout.Kind.HEADING) {
				add(reportedSpeech.verb(sentence, paragraph.index(), speech));
			}
			if (paragraph.kind() != Layout.Kind.HEADING) {
				reportedSpeech.nominal(sentence, paragraph.index()).forEach(this::add);
			}
			subject(sentence, speech);
		}
		// a nominal statement inside a reported one of the same speaker is part of it
		statements.removeIf(s -> s.doubts.stream().anyMatch(d -> d.startsWith("speech told as a noun")) && statements.stream()
			.anyMatch(r -> r != s && r.kind == ProposedStatement.Kind.REPORTED && r.span().contains(s.span()) && r.speakers.equals(s.speakers)));
		// a reported statement carries the quoted words inside it ("described it as 'the best decision of my life'")
		statements.removeIf(s -> s.kind == ProposedStatement.Kind.QUOTE && statements.stream()
			.anyMatch(r -> r.kind == ProposedStatement.Kind.REPORTED && r.span().contains(s.span())));
		return statements;
	}

	/** Words in quote marks that are speech, not a rating, a name or a phrase the sentence holds. */
	boolean isSpeech(Quotation q) {
		var quoted = q.text(text).strip();
		var lower = Lexicon.lower(quoted.replaceAll("[.,;:!?]+$", ""));
		if (Lexicon.RATINGS.contains(lower) || titleCase(quoted)) {
			return false;
		}
		var paragraph = layout.at(q.whole().start());
		boolean opensParagraph = paragraph != null && paragraph.span().start() == q.whole().start();
		var before = text.substring(sentenceStart(q.whole().start()), q.whole().start());
		boolean cued = CUE_BEFORE.matcher(before).find();
		return opensParagraph || cued || q.words(text) >= 4;
	}

	private void quotation(Quotation q, Span sentence, Layout.Paragraph paragraph) {
		var statement = new ProposedStatement(ProposedStatement.Kind.QUOTE);
		statement.parts.addAll(q.parts());
		statement.paragraph = paragraph.index();
		var last = layout.at(q.whole().end() - 1);
		statement.endsParagraph = last != null && q.whole().end() >= last.span().end() - 1;
		var before = new Span(sentenceStart(q.whole().start()), q.whole().start());
		var cue = CUE_BEFORE.matcher(before.of(text));
		Speakers.Found found = Speakers.Found.none();
		if (cue.find()) {
			found = speakers.in(new Span(before.start(), before.start() + cue.start()));
			statement.cue = new Span(before.start(), wordEnd(Math.min(q.whole().end(), before.end() + 60)));
			statement.medium = ReportedSpeech.medium(before.of(text));
		}
		var afterEnd = Math.min(paragraphEnd(q.whole().end()), q.whole().end() + 100);
		var after = CUE_AFTER.matcher(text.substring(q.whole().end(), afterEnd));
		if (found.entities().isEmpty() && q.closed() && after.find()) {
			int s = q.whole().end() + (after.group(2) != null ? after.start(2) : after.start(3));
			int e = q.whole().end() + (after.group(2) != null ? after.end(2) : after.end(3));
			found = speakers.in(new Span(s, e));
			statement.cue = new Span(Math.max(q.whole().start(), q.whole().end() - 60), e);
		}
		if (found.entities().isEmpty() && statement.cue == null && opensParagraph(q)) {
			var previous = statements.isEmpty() ? null : statements.get(statements.size() - 1);
			if (previous != null && previous.paragraph == paragraph.index() - 1 && !previous.speakers.isEmpty()) {
				if (previous.kind == ProposedStatement.Kind.QUOTE && previous.endsParagraph) {
					previous.parts.addAll(q.parts()); // the same speaker goes on in a new paragraph
					previous.paragraph = paragraph.index();
					previous.endsParagraph = statement.endsParagraph;
					return;
				}
				found = new Speakers.Found(previous.speakers, null);
				statement.cue = previous.cue;
				statement.onBehalfOf = previous.onBehalfOf;
				statement.doubts.add("no speaker in its paragraph: read as " + previous.speakers.get(0).name + ", who spoke in the paragraph before");
			}
		}
		if (found.entities().isEmpty() && statement.cue == null) {
			// '"...," he said. "..."': a quotation with no cue of its own goes on from one just before it in the
			// same paragraph that has a speaker.
			var previous = statements.isEmpty() ? null : statements.get(statements.size() - 1);
			if (previous != null && previous.paragraph == paragraph.index() && previous.kind == ProposedStatement.Kind.QUOTE
					&& !previous.speakers.isEmpty()) {
				found = new Speakers.Found(previous.speakers, null);
				statement.cue = previous.cue;
				statement.onBehalfOf = previous.onBehalfOf;
				statement.doubts.add("no speaker of its own: read as " + previous.speakers.get(0).name
						+ ", quoted just before it in the same paragraph");
			}
		}
		if (found.entities().isEmpty()) {
			var next = nextParagraph(q.whole().end());
			if (next != null && next.kind() == Layout.Kind.HEADING) {
				var named = table.within(next.span());
				if (!named.isEmpty()) {
					found = new Speakers.Found(List.of(named.get(0)), "the line after the quotation names " + named.get(0).name
							+ "; read as its speaker");
					statement.cue = next.span();
				}
			}
		}
		if (statement.cue == null) {
			statement.cue = sentence;
		}
		credit(statement, found);
		if (statement.speakers.isEmpty()) {
			statement.doubts.add("the article does not say who said this");
		}
		statements.add(statement);
	}

	private void add(ProposedStatement statement) {
		if (statement != null) {
			statements.add(statement);
		}
	}

	private void credit(ProposedStatement statement, Speakers.Found found) {
		statement.speakers.addAll(found.entities());
		if (found.doubt() != null) {
			statement.doubts.add(found.doubt());
		}
		for (var speaker : found.entities()) {
			speakers.remember(statement.cue == null ? statement.span().start() : statement.cue.start(), speaker);
			if (statement.onBehalfOf == null) {
				statement.onBehalfOf = speaksFor(speaker);
			}
		}
	}

	/** On whose behalf: an unnamed speaker's organisation, a group's, or the organisation a person's role is at. */
	private static ArticleEntity speaksFor(ArticleEntity speaker) {
		if (speaker.speaksFor != null) {
			return speaker.speaksFor;
		}
		if (speaker.person() && speaker.role != null && Lexicon.LEADERSHIP.keySet().stream().anyMatch(r -> Lexicon.lower(speaker.role).contains(r))) {
			return speaker.leads;
		}
		return null;
	}

	/** The first person named in a sentence is its subject, for "he" and "she" later on. */
	private void subject(Span sentence, List<Quotation> speech) {
		for (var e : table.byOffset.entrySet()) {
			int at = e.getKey();
			if (sentence.contains(at) && e.getValue().person() && speech.stream().noneMatch(q -> q.whole().contains(at))) {
				speakers.remember(at, e.getValue());
				return;
			}
		}
	}


	private static boolean titleCase(String quoted) {
		var words = quoted.split("\\s+");
		int capitals = 0;
		int counted = 0;
		for (var w : words) {
			if (w.isEmpty() || Set.of("of", "and", "the", "for", "to", "in", "on", "a").contains(w)) {
				continue;
			}
			counted++;
			if (Character.isUpperCase(w.charAt(0))) {
				capitals++;
			}
		}
		return counted >= 2 && capitals * 10 >= counted * 8 && ".!?".indexOf(quoted.charAt(quoted.length() - 1)) < 0;
	}

	private boolean opensParagraph(Quotation q) {
		var p = layout.at(q.whole().start());
		return p != null && p.span().start() == q.whole().start();
	}

	private int sentenceStart(int offset) {
		int start = layout.at(offset) == null ? 0 : layout.at(offset).span().start();
		for (var s : sentences) {
			if (s.start() <= offset && s.start() >= start) {
				start = s.start();
			}
		}
		return start;
	}

	/** The end of the word at {@code offset}, so that evidence is not cut inside a word. */
	private int wordEnd(int offset) {
		while (offset < text.length() && Character.isLetterOrDigit(text.charAt(offset))) {
			offset++;
		}
		return offset;
	}

	private int paragraphEnd(int offset) {
		var p = layout.at(Math.max(0, offset - 1));
		return p == null ? text.length() : p.span().end();
	}

	private Layout.Paragraph nextParagraph(int offset) {
		for (var p : layout.paragraphs()) {
			if (p.span().start() >= offset) {
				return p;
			}
		}
		return null;
	}
}
