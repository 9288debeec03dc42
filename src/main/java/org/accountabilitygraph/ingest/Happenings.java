package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The article's events and decisions: found sentence by sentence ({@link EventFinder}, {@link DecisionFinder}),
 * dated relative to the article ({@link EventDates}), one thing told twice made one ("she had attended a meeting
 * with families" and, later, "I attended a meeting on Friday, March 1 in Millbrook"), and what each followed
 * ("a vigil after the report's publication last month", "After the meeting, he tweeted ...").
 */
final class Happenings {

	private static final Pattern FOLLOWING = Pattern.compile("(?i)\\b(?:following|after)\\s+");
	private static final Pattern FOLLOWING_THE = Pattern.compile("(?i)\\b(?:following|after)\\s+(?:the|that|this)\\s+(meeting|protest|demonstration|letter|publication|report|tweet|death|resignation|inquiry|investigation|review)\\b");

	private Happenings() {
	}

	static List<Happening> find(String text, Layout layout, List<Span> sentences, EntityTable table, List<ProposedStatement> statements,
			ArticleDate articleDate) {
		var actors = new Actors(text, table, statements, sentences);
		var all = new ArrayList<Happening>(new EventFinder(text, layout, sentences, table, actors).find());
		all.addAll(new DecisionFinder(text, layout, sentences, actors).find());
		all.sort(Comparator.comparingInt(h -> h.trigger.start()));
		date(all, text, articleDate);
		merge(all, text);
		follows(all, text);
		return all;
	}

	/** Each one's date from the phrase that belongs to it in its sentence (or the later mention that dates it). */
	private static void date(List<Happening> all, String text, ArticleDate articleDate) {
		var dates = new EventDates(articleDate);
		for (var h : all) {
			var sentence = h.sentence();
			var words = sentence.of(text);
			var triggers = all.stream().filter(o -> o.sentence().equals(sentence)).map(o -> o.trigger.start() - sentence.start()).toList();
			boolean planned = "planned".equals(h.status);
			boolean ongoing = "remains".equals(h.outcome);
			EventDates.Dated d;
			if (h.datedBy != null && !EventDates.phrases(h.datedBy.of(text)).isEmpty()) {
				d = dates.date(EventDates.phrases(h.datedBy.of(text)).get(0).text(), planned);
			}
			else {
				int at = h.trigger.start() - sentence.start();
				d = dates.of(words, at, triggers, planned, ongoing);
				var phrase = EventDates.phraseOf(words, at, triggers);
				var inspection = Pattern.compile("(?i)\\b(?:following|after)\\s+(?:a|an|the|its|their)\\s+(?:[\\w'’-]+\\s+){0,4}?inspection\\b").matcher(words);
				if (h.followsInspection && phrase != null && inspection.find() && phrase.start() >= inspection.end()) {
					h.doubts.add("dated by the inspection it followed (\"" + words.substring(inspection.start(), phrase.end()) + "\"), not by the decision itself");
				}
			}
			h.date = d;
			if (d.doubt() != null) {
				h.doubts.add("date: " + d.doubt());
			}
			if (h.label == Happening.Label.EVENT && "happened".equals(h.status) && dates.after(d)) {
				h.status = "planned";
				h.doubts.add("dated after the article, so read as planned");
			}
		}
	}

	/** The same kind, told again of the same participant at a date that fits, is the same event or decision. */
	private static void merge(List<Happening> all, String text) {
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				var a = all.get(i);
				var b = all.get(j);
				if (same(a, b)) {
					for (int k = 0; k < b.mentions.size(); k++) {
						a.mention(b.mentions.get(k), b.triggers.get(k));
					}
					b.links.forEach(l -> a.link(l.type(), l.entity(), l.toEvent(), l.role(), l.evidence(), l.doubt()));
					if (b.date.text() != null && (a.date.text() == null || within(b.date, a.date))) {
						a.date = b.date; // the later mention's date is more precise ("in 2024", then "on Friday, March 1")
						a.doubts.removeIf(d -> d.startsWith("date: "));
					}
					b.doubts.stream().filter(d -> !a.doubts.contains(d)).forEach(a.doubts::add);
					a.doubts.add("told again later (\"" + abbreviate(b.sentence().of(text)) + "\"), read as the same " + (a.label == Happening.Label.EVENT ? a.kind : "decision"));
					all.remove(j--);
				}
			}
		}
	}

	private static boolean same(Happening a, Happening b) {
		if (a.label != b.label || !a.kind.equals(b.kind) || a.sentence().equals(b.sentence())) {
			return false;
		}
		if (a.label == Happening.Label.DECISION) {
			return a.outcome != null && a.outcome.equals(b.outcome) && !a.linked("CONCERNS").isEmpty()
					&& a.linked("CONCERNS").equals(b.linked("CONCERNS")) && overlap(a.date, b.date);
		}
		if (!a.status.equals(b.status) || !overlap(a.date, b.date)) {
			return false;
		}
		var placeA = a.linked("TOOK_PLACE_AT");
		var placeB = b.linked("TOOK_PLACE_AT");
		if (!placeA.isEmpty() && !placeB.isEmpty() && !placeA.equals(placeB)) {
			return false;
		}
		var doers = doers(a);
		return doers(b).stream().anyMatch(doers::contains);
	}

	/**
	 * Who its own sentence says did it (not who a later sentence adds: "The meeting was also attended by ..."), so
	 * that two meetings someone attended stay two.
	 */
	private static List<ArticleEntity> doers(Happening h) {
		return h.links.stream().filter(l -> l.evidence().equals(h.sentence()))
			.filter(l -> l.toEvent() || l.type().equals("INVOLVED") || l.type().equals("ESTABLISHED")).map(Happening.Link::entity).toList();
	}

	private static boolean within(EventDates.Dated inner, EventDates.Dated outer) {
		return inner.earliest() != null && inner.latest() != null && outer.earliest() != null && outer.latest() != null
				&& !inner.earliest().isBefore(outer.earliest()) && !inner.latest().isAfter(outer.latest()) && !inner.equals(outer);
	}

	private static boolean overlap(EventDates.Dated a, EventDates.Dated b) {
		if (a == null || b == null) {
			return true;
		}
		boolean aBeforeB = a.latest() != null && b.earliest() != null && a.latest().isBefore(b.earliest());
		boolean bBeforeA = b.latest() != null && a.earliest() != null && b.latest().isBefore(a.earliest());
		return !aBeforeB && !bBeforeA;
	}

	/**
	 * "a vigil following the report's publication": the one named after "following" in the same sentence;
	 * "Following the meeting, she posted ...": the last meeting before.
	 */
	private static void follows(List<Happening> all, String text) {
		for (var h : all) {
			if (h.label != Happening.Label.EVENT) {
				continue;
			}
			var sentence = h.sentence();
			var after = FOLLOWING.matcher(text).region(h.trigger.end(), sentence.end());
			if (after.find()) {
				int at = after.end();
				var next = all.stream().filter(o -> o != h && o.sentence().equals(sentence) && o.trigger.start() >= at
						&& o.trigger.start() - at < 60).findFirst();
				if (next.isPresent()) {
					h.follows = next.get();
					continue;
				}
			}
			var the = FOLLOWING_THE.matcher(text).region(sentence.start(), sentence.end());
			if (the.find()) {
				var noun = Lexicon.lower(the.group(1));
				var kind = noun.equals("demonstration") ? "protest" : noun.equals("publication") || noun.equals("report") ? "report-publication" : noun;
				// what happened follows what happened, not what is planned
				all.stream().filter(o -> o != h && o.kind.equals(kind) && o.trigger.start() < sentence.start()
						&& !("happened".equals(h.status) && "planned".equals(o.status))).reduce((a, b) -> b)
					.ifPresent(o -> h.follows = o);
			}
		}
	}

	private static String abbreviate(String words) {
		var w = words.strip();
		return w.length() <= 60 ? w : w.substring(0, 57) + "...";
	}
}
