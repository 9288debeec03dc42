package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decisions about an organisation, as news tells a regulator's: placed into special measures (or special
 * administration), taken out of them, placed back, kept in them; in the active ("the regulator placed the trust in
 * special measures") or the passive ("the trust was taken out of special measures in 2021, then placed back in
 * 2023"). What the decision concerns is the organisation the clause names, or "the trust" read as the other rules
 * read it; who decided or recommended it is the body or person the sentence names as doing so ("by the regulator", "the
 * chief inspector has recommended ..."); "following an inspection" links it to the inspection of its sentence. A
 * decision only asked for or feared ("calls for it to be placed into special administration") is none. Also, when
 * an organisation is the subject: "voted to", "decided to", "approved".
 */
final class DecisionFinder {

	private static final String MEASURES = "special\\s+(measures|administration)";
	private static final Pattern PLACED = Pattern.compile("(?i)\\b(placed|put|plunged|went|gone|entered|returned|plac(?:e|es|ing)|go(?:es|ing)?)\\b"
			+ "((?:\\s+[\\w'’-]+){0,6}?)\\s+(back\\s+)?(?:in|into|under|to)\\s+" + MEASURES + "\\b");
	private static final Pattern REMOVED = Pattern.compile("(?i)\\b(taken|takes?|took|removed|removes?|came|comes?|exited|exits?|moved|brought|lifted|released)\\b"
			+ "((?:\\s+[\\w'’-]+){0,6}?)\\s+(?:out\\s+of|from)\\s+" + MEASURES + "\\b|\\b(left|leaves|exited|exits)\\s+()" + MEASURES + "\\b");
	private static final Pattern REMAINS = Pattern.compile("(?i)\\b(remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|kept|keep(?:s|ing)?|still)\\b((?:\\s+[\\w'’-]+){0,6}?)\\s+(?:in|under)\\s+" + MEASURES + "\\b");
	/** "..., then placed back in 2023": the same kind of decision again, its measures not repeated. */
	private static final Pattern PLACED_BACK = Pattern.compile("(?i)\\b(?:then|and|but|before\\s+being|only\\s+to\\s+be)\\s+(?:was\\s+|were\\s+|being\\s+)?(placed|put)\\s+back\\b(?!\\s+(?:in|into|under)\\s+special)");
	private static final Pattern AGAIN = Pattern.compile("(?i)^\\s*(?:for\\s+(?:the\\s+)?(second|third|fourth|fifth|\\d+(?:st|nd|rd|th))\\s+time|again|once\\s+more)\\b");
	private static final Pattern FOLLOWING_INSPECTION = Pattern.compile("(?i)\\b(?:following|after)\\s+(?:a|an|the|its|their)\\s+(?:[\\w'’-]+\\s+){0,4}?inspection\\b");
	private static final Pattern RECOMMENDED = Pattern.compile("(?i)\\b(recommended|recommends|recommending|advised|proposed)\\b");
	private static final Pattern DECIDED_BY = Pattern.compile("(?i)^\\s*(?:[\\w'’-]+\\s+){0,6}?by\\s+");
	/** A decision wished for or feared, further back than events look: "calls from local councillors for the hospital to be placed ...". */
	private static final Pattern UNREAL = Pattern.compile("\\b(?:(?i:calls?\\s+for|called\\s+for|calling\\s+for|calls\\s+from|urg(?:e|ed|es|ing)|demand(?:s|ed|ing)?|ask(?:ed|s|ing)?|want(?:s|ed)?|"
			+ "could|might|should|would|if|unless|whether|risk(?:s|ed)?|threat(?:en(?:ed|s)?)?|fac(?:e|es|ed|ing)|avoid(?:ed|s)?|not|never|n['’]t)|may)\\b(?:\\s+[\\w'’-]+){0,10}\\s*$");
	private static final Pattern GENERIC = Pattern.compile("(?i)\\b(voted|decided|approved)\\b(\\s+to\\s+[a-z]+|\\s+(?:the|a|an|its|their|plans?|proposals?)\\b)");

	private final String text;
	private final Layout layout;
	private final List<Span> sentences;
	private final Actors actors;
	private final List<Happening> found = new ArrayList<>();

	DecisionFinder(String text, Layout layout, List<Span> sentences, Actors actors) {
		this.text = text;
		this.layout = layout;
		this.sentences = sentences;
		this.actors = actors;
	}

	List<Happening> find() {
		for (var sentence : sentences) {
			if (!EventFinder.readable(layout, sentence)) {
				continue;
			}
			int before = found.size();
			measures(sentence, PLACED, "placed");
			measures(sentence, REMOVED, "removed");
			measures(sentence, REMAINS, "remains");
			placedBack(sentence);
			generic(sentence);
			found.subList(before, found.size()).sort((a, b) -> a.trigger.start() - b.trigger.start());
		}
		return found;
	}

	private void measures(Span sentence, Pattern pattern, String outcome) {
		var m = pattern.matcher(text).region(sentence.start(), sentence.end());
		while (m.find()) {
			var before = text.substring(sentence.start(), m.start());
			boolean recommended = RECOMMENDED.matcher(before).find();
			boolean wished = EventFinder.unreal(before) || UNREAL.matcher(before).find() || before.matches("(?is).*\\bto\\s+be\\s+$");
			if (wished && !recommended) {
				continue; // "calls for it to be placed into special administration": asked for, not decided
			}
			int verb = m.group(1) != null ? m.start(1) : m.start(4);
			var measures = Pattern.compile("(?i)special\\s+(measures|administration)").matcher(m.group());
			measures.find();
			var h = decision(sentence, new Span(verb, m.end()), "special-" + Lexicon.lower(measures.group(1)), outcome);
			var after = text.substring(m.end(), sentence.end());
			var again = AGAIN.matcher(after);
			if (outcome.equals("placed") && (m.group(3) != null || Lexicon.lower(m.group(1)).equals("returned"))) {
				h.outcome = "placed-back";
			}
			else if (outcome.equals("placed") && again.find()) {
				h.outcome = "placed-back";
				h.doubts.add("\"" + again.group().strip() + "\" read as placed back (it had been taken out before)");
			}
			// the object between the verb and "in special measures" is what it concerns (active voice)
			var middle = m.group(2) == null || m.group(2).isBlank() ? null : new Span(m.start(2), m.end(2));
			var object = middle == null ? Actors.Actor.NONE : actors.named(middle);
			var concerned = object.entities().stream().filter(DecisionFinder::decidable).findFirst().orElse(null);
			if (concerned != null) {
				h.link("CONCERNS", concerned, false, null, sentence, object.doubt());
				var decider = actors.subject(sentence, verb);
				decider.entities().stream().filter(e -> e != concerned).forEach(e -> h.link("DECIDED", e, true, null, sentence, decider.doubt()));
			}
			else {
				var subject = concerned(sentence, verb);
				h.link("CONCERNS", subject.first(), false, null, sentence, subject.doubt());
			}
			if (recommended) {
				recommender(h, sentence, before);
			}
			var by = DECIDED_BY.matcher(after);
			if (by.find() && !after.substring(0, by.end()).matches("(?is).*\\b(?:inspection|report|rating)\\b.*")) {
				var who = actors.named(new Span(m.end() + by.end(), Math.min(sentence.end(), m.end() + by.end() + 80)));
				h.link("DECIDED", who.first(), true, null, sentence, who.doubt());
			}
		}
	}

	/** "It was taken out of special measures in 2021, then placed back in 2023." */
	private void placedBack(Span sentence) {
		var m = PLACED_BACK.matcher(text).region(sentence.start(), sentence.end());
		while (m.find()) {
			var earlier = found.stream().filter(h -> h.sentence().equals(sentence) && h.trigger.start() < m.start()).reduce((a, b) -> b).orElse(null);
			if (earlier == null) {
				continue;
			}
			var h = decision(sentence, new Span(m.start(1), m.end()), earlier.kind, "placed-back");
			earlier.links.stream().filter(l -> l.type().equals("CONCERNS"))
				.forEach(l -> h.link("CONCERNS", l.entity(), false, null, sentence, l.doubt()));
		}
	}

	/** "The board voted to close the ward", "The council approved the plans": decisions of a body. */
	private void generic(Span sentence) {
		var m = GENERIC.matcher(text).region(sentence.start(), sentence.end());
		while (m.find()) {
			var before = text.substring(sentence.start(), m.start());
			if (EventFinder.unreal(before) || actors.statementAt(m.start()) != null && actors.statementAt(m.start()).kind == ProposedStatement.Kind.QUOTE
					|| before.matches("(?is).*\\b(?:is|are|was|were|be|been|being|a|an|the)\\s+$")) {
				continue; // "was approved", "an approved provider"; a speaker's own "I decided to" is not a body's decision
			}
			var subject = actors.subject(sentence, m.start());
			var body = subject.entities().stream().filter(e -> e.organisation()).findFirst().orElse(null);
			if (body == null) {
				continue; // a person deciding to do something is not a decision about an organisation
			}
			var verb = Lexicon.lower(m.group(1));
			var h = decision(sentence, new Span(m.start(), m.end()), verb.equals("voted") ? "vote" : "decision", null);
			h.link("DECIDED", body, true, null, sentence, subject.doubt());
			int end = clauseEnd(m.start(), sentence);
			h.description = text.substring(m.start(), end).strip();
			var object = actors.named(new Span(m.end(), end));
			object.entities().stream().filter(e -> e != body && !e.person()).findFirst()
				.ifPresent(e -> h.link("CONCERNS", e, false, null, sentence, object.doubt()));
		}
	}

	private Happening decision(Span sentence, Span trigger, String kind, String outcome) {
		var h = new Happening(Happening.Label.DECISION, kind, sentence, trigger);
		h.outcome = outcome;
		h.description = text.substring(trigger.start(), clauseEnd(trigger.start(), sentence)).strip();
		h.followsInspection = FOLLOWING_INSPECTION.matcher(sentence.of(text)).find();
		if (EventFinder.linkedHeadline(layout, sentence)) {
			h.doubts.add("told only in the headline of a linked article");
		}
		found.add(h);
		return h;
	}

	/**
	 * What a passive or intransitive decision concerns: the nearest organisation named before its verb (a
	 * regulator only decides), or "the trust", "it".
	 */
	private Actors.Actor concerned(Span sentence, int verb) {
		var subject = actors.subject(sentence, verb);
		var organisation = subject.entities().stream().filter(DecisionFinder::decidable).findFirst().orElse(null);
		if (organisation != null) {
			return new Actors.Actor(List.of(organisation), subject.doubt());
		}
		var named = actors.named(new Span(sentence.start(), verb));
		var last = named.entities().stream().filter(DecisionFinder::decidable).reduce((a, b) -> b).orElse(null);
		return last == null ? Actors.Actor.NONE : new Actors.Actor(List.of(last), named.doubt());
	}

	/** Who recommended it: the person or body before "recommended" (a title such as "Chief Inspector of Care Homes" as its holder). */
	private void recommender(Happening h, Span sentence, String before) {
		var rec = RECOMMENDED.matcher(before);
		int at = -1;
		while (rec.find()) {
			at = sentence.start() + rec.start();
		}
		var who = actors.subject(sentence, at);
		if (!who.entities().isEmpty()) {
			who.entities().forEach(e -> h.link("RECOMMENDED", e, true, null, sentence, who.doubt()));
			return;
		}
		var holder = actors.titleHolder(new Span(sentence.start(), at));
		if (holder != null) {
			h.link("RECOMMENDED", holder.first(), true, null, sentence, holder.doubt());
		}
	}

	private static boolean decidable(ArticleEntity e) {
		return e.organisation() && !e.group && !"Regulator".equals(e.kind) && !"PoliticalParty".equals(e.kind);
	}

	private int clauseEnd(int from, Span sentence) {
		var m = Pattern.compile("[.;:!?]|,\\s+(?:and|but|which|who|while|then)\\b|\\s(?:following|after|because|as)\\b").matcher(text).region(from, sentence.end());
		return m.find() ? m.start() : sentence.end();
	}
}
