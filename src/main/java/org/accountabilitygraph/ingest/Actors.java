package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who an event's or decision's words name: the doer before its verb ("The group will protest", "New chief
 * executive A and chairman B met"), the entities of a phrase ("with councillors at the town hall"), its place ("outside the
 * Ministry of Justice"). A pronoun is read as in reported speech when it stands in a statement ("I", "we" and "he"
 * there are its speaker, or whom the speaker speaks for), else as the last subject or speaker that fits; "the trust"
 * and "campaigners" as the last organisation of that kind; each such reading comes with a doubt.
 */
final class Actors {

	/** Who was found, and a doubt when it was read from a pronoun or a noun. */
	record Actor(List<ArticleEntity> entities, String doubt) {
		static final Actor NONE = new Actor(List.of(), null);

		ArticleEntity first() {
			return entities.isEmpty() ? null : entities.get(0);
		}
	}

	private record Candidate(int start, int end, ArticleEntity entity, String pronoun, String noun) {
	}

	private record Subject(int offset, ArticleEntity entity) {
	}

	private static final Pattern PRONOUN = Pattern.compile("\\b(?:(?i:he|she|they|we|it)|I)\\b");
	/** "the trust", "its board", "campaigners": an organisation named by what it is. */
	private static final Pattern BODY_NOUN = Pattern.compile("(?i)\\b(?:(?:the|its|their|our|this|that)\\s+)?"
			+ "(?:(?!(?:the|a|an|of|for|to|from|with|at|in|on|by|and|or|but|its|their|our|this|that|is|was|were|are|has|have|had)\\b)[a-z]+\\s+){0,2}?"
			+ "(trust|campaign|campaigners|group|council|board|charity|union|hospital|organisation|government|regulator|department|ministry|commission)\\b(?!['’]s)");
	private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:of|to|for|from|with|at|in|on|by|outside|near|against|about|into|over|after|before|than|between|among)\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?$");
	/** "Managers from the hospital": the organisation of the people who act is the one who acts. */
	private static final Pattern PEOPLE_OF = Pattern.compile("(?i)\\b(?:officials|representatives|members|staff|bosses|leaders|managers|executives|directors|spokes(?:man|woman|person)|campaigners|doctors|nurses)\\s+(?:from|of|at)\\s+(?:the\\s+)?$");
	private static final Pattern COORDINATED = Pattern.compile("^\\s*(?:,\\s*)?(?:and|&)\\s+(?:[a-z-]+\\s+){0,3}$|^\\s*,\\s*$");
	private static final Pattern CLAUSE_BREAK = Pattern.compile(";\\s*|,\\s+(?:but|and|while|whereas|although|though|yet|so)\\s+");
	/** A clause that names something before its verb has a subject of its own. */
	private static final Pattern OWN_SUBJECT = Pattern.compile("\\b(?i:the|a|an|this|these|those|their|its|his|her|our|my|they|he|she|it|we)\\b|\\bI\\b|\\b[A-Z]");
	private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(outside|at|in|near|on|inside)\\s+(?:the\\s+|my\\s+|his\\s+|her\\s+|their\\s+|our\\s+)?(?:[a-z]+\\s+){0,2}?(?:of\\s+(?:the\\s+)?)?$");

	private final String text;
	private final EntityTable table;
	private final List<ProposedStatement> statements;
	private final Speakers nouns;
	private final List<Subject> history = new ArrayList<>();

	Actors(String text, EntityTable table, List<ProposedStatement> statements, List<Span> sentences) {
		this.text = text;
		this.table = table;
		this.statements = statements;
		this.nouns = new Speakers(text, table);
		for (var s : statements) {
			for (var speaker : s.speakers) {
				history.add(new Subject(s.cue == null ? s.span().start() : s.cue.start(), speaker));
			}
		}
		// the first entity a sentence names, outside quotations and prepositional phrases, is its subject
		for (var sentence : sentences) {
			for (var c : candidates(sentence, true)) {
				if (c.entity() != null && c.noun() == null && statementAt(c.start()) == null) {
					history.add(new Subject(c.start(), c.entity()));
					break;
				}
			}
		}
	}

	/** Remembers the doer of an event, for the pronouns after it. */
	void remember(int offset, ArticleEntity entity) {
		history.add(new Subject(offset, entity));
	}

	/** The statement whose words hold {@code offset}, or null. */
	ProposedStatement statementAt(int offset) {
		for (var s : statements) {
			if (s.parts.stream().anyMatch(p -> p.contains(offset))) {
				return s;
			}
		}
		return null;
	}

	/**
	 * The doer of the event whose verb starts at {@code trigger}: the last entity, pronoun or body noun before it in
	 * the sentence (or in the statement that holds it), with those coordinated with it ("A and chairman B").
	 */
	Actor subject(Span sentence, int trigger) {
		var inside = statementAt(trigger);
		int start = sentence.start();
		if (inside != null) {
			var part = inside.parts.stream().filter(p -> p.contains(trigger)).findFirst().orElseThrow();
			if (part.start() < trigger) {
				start = Math.max(start, part.start()); // "he said he had attended ...": the doer is in the words said
			}
			else {
				inside = null; // the verb opens what was said ("appealed to ..."): its doer is the speaker, before it
			}
		}
		if (trigger <= start) {
			return Actor.NONE;
		}
		// a clause of its own (", but the facts were established") has its own subject; an elided one (", and marched") not
		var breaks = CLAUSE_BREAK.matcher(text).region(start, trigger);
		int clause = start;
		while (breaks.find()) {
			clause = breaks.end();
		}
		if (clause > start && OWN_SUBJECT.matcher(text.substring(clause, trigger)).find()) {
			start = clause;
		}
		var region = new Span(start, trigger);
		var found = candidates(region, true);
		if (found.isEmpty()) {
			return Actor.NONE;
		}
		var last = found.get(found.size() - 1);
		if (last.pronoun() != null) {
			return pronoun(last.pronoun(), last.start(), inside);
		}
		if (last.noun() != null) {
			return last.entity() == null ? Actor.NONE : new Actor(List.of(last.entity()), "\"" + last.noun() + "\" read as " + last.entity().name);
		}
		var entities = new ArrayList<ArticleEntity>();
		entities.add(last.entity());
		for (int i = found.size() - 2; i >= 0; i--) {
			var c = found.get(i);
			var gap = text.substring(c.end(), found.get(i + 1).start());
			if (c.entity() == null || c.entity().person() != last.entity().person() || !COORDINATED.matcher(gap).find()) {
				break;
			}
			entities.add(0, c.entity());
		}
		return new Actor(entities.stream().distinct().toList(), null);
	}

	/** The entities named in {@code span} (not places), with "the trust" and "campaigners" read as organisations. */
	Actor named(Span span) {
		var entities = new ArrayList<ArticleEntity>();
		var doubts = new ArrayList<String>();
		for (var c : candidates(span, false)) {
			if (c.entity() != null && c.pronoun() == null && !entities.contains(c.entity()) && !qualifiesAPerson(c)) {
				entities.add(c.entity());
				if (c.noun() != null) {
					doubts.add("\"" + c.noun() + "\" read as " + c.entity().name);
				}
			}
		}
		return new Actor(entities, doubts.isEmpty() ? null : String.join("; ", doubts));
	}

	/** The place of an event: the first place or organisation in {@code span} after "outside", "at", "in", "near", "on". */
	ArticleEntity place(Span span) {
		for (var e : table.byOffset.entrySet()) {
			int at = e.getKey();
			if (!span.contains(at)) {
				continue;
			}
			var entity = e.getValue();
			var before = text.substring(Math.max(span.start(), at - 40), at);
			var m = LOCATIVE.matcher(before);
			if (m.find() && (entity.type == Mention.Type.PLACE || entity.organisation() && !entity.group
					&& !Lexicon.lower(m.group(1)).equals("in"))) {
				return entity;
			}
		}
		return null;
	}

	/**
	 * The holder of a title written without a name ("the county's Chief Fire Officer"): the person the
	 * article names with that title elsewhere.
	 */
	Actor titleHolder(Span span) {
		for (var role : table.roles) {
			if (!span.contains(role.span().start())) {
				continue;
			}
			var title = Lexicon.lower(role.name());
			var holder = table.entities.stream().filter(e -> e.person() && e.role != null && Lexicon.lower(e.role).contains(title)).findFirst();
			if (holder.isPresent()) {
				return new Actor(List.of(holder.get()), "\"" + role.name() + "\" read as " + holder.get().name + ", named with that title in the article");
			}
		}
		return null;
	}

	/** An organisation named only by what it is ("the trust") at {@code offset}: the last of that kind before it. */
	ArticleEntity organisation(String noun, int offset) {
		var key = Lexicon.lower(noun);
		key = key.equals("campaigners") ? "campaign" : key;
		var found = nouns.organisationByNoun(key, offset);
		return found != null && (found.kind != null && Lexicon.lower(found.kind).equals(key) || Lexicon.lower(found.name).contains(key)
				|| key.equals("organisation") || key.equals("group")) ? found : null;
	}

	private Actor pronoun(String word, int offset, ProposedStatement inside) {
		var w = word.equals("I") ? "I" : Lexicon.lower(word);
		if (inside != null && !inside.speakers.isEmpty()) {
			var speaker = inside.speakers.get(0);
			ArticleEntity e = switch (w) {
				case "I" -> speaker;
				case "we" -> inside.onBehalfOf != null ? inside.onBehalfOf : speaker;
				case "he" -> speaker.person() && !"f".equals(speaker.gender) ? speaker : null;
				case "she" -> speaker.person() && !"m".equals(speaker.gender) ? speaker : null;
				case "they" -> !speaker.person() || speaker.anonymous ? speaker : null;
				default -> null;
			};
			if (e != null) {
				return new Actor(List.of(e), "\"" + word + "\" read as " + e.name + (w.equals("I") || w.equals("we") ? ", the speaker" : ", who is reported speaking"));
			}
		}
		if (w.equals("I") || w.equals("we")) {
			return Actor.NONE;
		}
		var fit = history.stream().filter(s -> s.offset() < offset).filter(s -> fits(w, s.entity()))
			.max(Comparator.comparingInt(Subject::offset));
		return fit.map(s -> new Actor(List.of(s.entity()), "\"" + word + "\" read as " + s.entity().name)).orElse(Actor.NONE);
	}

	private static boolean fits(String pronoun, ArticleEntity e) {
		return switch (pronoun) {
			case "he" -> e.person() && !"f".equals(e.gender) && !e.anonymous;
			case "she" -> e.person() && !"m".equals(e.gender) && !e.anonymous;
			case "they" -> e.anonymous || !e.person();
			case "it" -> e.organisation() && !e.group;
			default -> false;
		};
	}

	/**
	 * What may name a doer or participant in {@code span}, in order: entity mentions (a subject only when no
	 * preposition stands before it, unless people of it act: "managers from the hospital"), pronouns and body nouns.
	 */
	private List<Candidate> candidates(Span span, boolean subjectsOnly) {
		var found = new ArrayList<Candidate>();
		for (Map.Entry<Integer, ArticleEntity> e : table.byOffset.entrySet()) {
			int at = e.getKey();
			var entity = e.getValue();
			if (!span.contains(at) || entity.type == Mention.Type.PLACE) {
				continue;
			}
			if (subjectsOnly && afterPreposition(span, at)) {
				continue;
			}
			var mention = entity.mentions.stream().filter(m -> m.span().start() == at).findFirst();
			int end = mention.map(m -> m.span().end()).orElse(at);
			found.add(new Candidate(at, end, entity, null, null));
		}
		var words = span.of(text);
		var pronouns = PRONOUN.matcher(words);
		while (pronouns.find()) {
			int at = span.start() + pronouns.start();
			// "it" opening "It comes after ..." or "it is understood" names nothing
			if (subjectsOnly && !(Lexicon.lower(pronouns.group()).equals("it") && text.startsWith(" is", at + 2))) {
				found.add(new Candidate(at, at + pronouns.group().length(), null, pronouns.group(), null));
			}
		}
		var bodies = BODY_NOUN.matcher(words);
		while (bodies.find()) {
			int at = span.start() + bodies.start();
			int end = span.start() + bodies.end();
			int noun = span.start() + bodies.start(1);
			if (table.byOffset.keySet().stream().anyMatch(k -> k >= at && k < end) || subjectsOnly && afterPreposition(span, at)
					|| Character.isUpperCase(text.charAt(noun)) && !opensSentence(noun)) {
				continue; // a name the mentions already hold, a prepositional phrase, or part of a capitalised name
			}
			var organisation = organisation(bodies.group(1), at);
			if (organisation != null) {
				found.add(new Candidate(at, end, organisation, null, bodies.group().strip()));
			}
		}
		found.sort(Comparator.comparingInt(Candidate::start));
		return found;
	}

	/** Whether only white space or quote marks stand between {@code at} and the end of the sentence before. */
	private boolean opensSentence(int at) {
		int i = at - 1;
		while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "'\"‘’“”".indexOf(text.charAt(i)) >= 0)) {
			i--;
		}
		return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0 || text.charAt(i + 1) == '\n';
	}

	private boolean afterPreposition(Span span, int at) {
		var before = text.substring(Math.max(span.start(), at - 60), at);
		return PREPOSITION_BEFORE.matcher(before).find() && !PEOPLE_OF.matcher(before).find();
	}

	/** An organisation written as a person's qualifier ("RHT chairman Ann Lee") is not a participant of its own. */
	private boolean qualifiesAPerson(Candidate c) {
		if (c.entity() == null || !c.entity().organisation()) {
			return false;
		}
		var after = text.substring(c.end(), Math.min(text.length(), c.end() + 40));
		var m = Pattern.compile("^\\s+((?:[a-z-]+\\s+){1,4})").matcher(after);
		if (!m.find()) {
			return false;
		}
		int next = c.end() + m.end();
		var there = table.byOffset.get(next);
		return there != null && there.person();
	}
}
