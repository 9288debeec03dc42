package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.accountabilitygraph.ingest.Tokens.Token;

/**
 * Finds names: runs of capitalised words (joined over "of", "and", "for", ... when the run names an
 * organisation: "Department of Health and Social Care"), cut where a title stands between an organisation
 * or seat and a person ("North Norfolk MP Duncan Baker"), typed by honorifics, organisation words, acronyms
 * and the names already known; with the role written before the name ("NSFT chief executive Antek Lejk") or
 * after it ("Cath Byford, deputy chief executive at NSFT,") and an acronym in brackets after it.
 */
final class MentionFinder {

	private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "to", "in", "on", "the", "&", "upon");
	private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "mid", "central", "greater",
			"northern", "southern", "eastern", "western", "upper", "lower");
	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "across", "around", "outside", "to");
	/** Last words of capitalised names that are not people's. */
	private static final Set<String> NOT_PEOPLE = Set.of("act", "report", "review", "inquiry", "street", "road", "lane",
			"avenue", "square", "centre", "center", "building", "unit", "award", "awards", "day", "week", "month", "year",
			"festival", "plan", "strategy", "programme", "scheme", "fund", "station", "airport", "school", "college", "church",
			"cathedral", "museum", "library", "stadium", "hospital", "clinic");
	/** Words that make a capitalised name a body of people rather than a person: "Norfolk Mental Health Watch". */
	private static final Set<String> BODY_WORDS = Set.of("health", "mental", "care", "watch", "action", "support", "network",
			"alliance", "forum", "partnership", "society", "community", "patients", "families", "carers", "friends", "voice",
			"rights", "justice", "league", "coalition", "initiative", "project", "movement", "mind", "healthwatch");
	/** Prepositions after which a name is a place ("in Sheringham", "outside Westminster"), and ", from X". */
	private static final Set<String> AT_PLACE = Set.of("in", "at", "near", "across", "around", "outside");
	private static final Set<String> TWO_LETTER_PLACES = Set.of("UK", "US", "EU", "GB");
	private static final Pattern CREDIT = Pattern.compile("\\((?:Image|Picture|Photo|Photograph|Credit|Video):[^)]*\\)");
	private static final Pattern ACRONYM_AFTER = Pattern.compile("^(?:['’]s)?\\s*\\(([A-Z][A-Za-z&]{1,9})\\)");
	private static final Pattern PRE_APPOSITIVE = Pattern.compile("((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|([A-Z][\\w&]*(?:\\s[A-Z][\\w&]*)*)['’]s|"
			+ "[Tt]he\\s+\\w+['’]s)\\s+(?:[a-z-]+\\s+){0,3}?([\\w-]+))\\s*,\\s*$");
	private static final Pattern APPOSITIVE = Pattern.compile("^,\\s+([^,;.:()]{3,80}?)(?=,|;|\\.|:| said| says| added|$)");

	private final String text;
	private String lastQualifier;
	private int lastQualifierSentence = -1;
	/** The type of an entity the graph knows by this name or alias, or null. */
	private final Function<String, Mention.Type> known;

	MentionFinder(String text, Function<String, Mention.Type> known) {
		this.text = text;
		this.known = known;
	}

	List<Mention> find(Span sentence) {
		var credits = CREDIT.matcher(text).region(sentence.start(), sentence.end());
		int end = credits.find() ? credits.start() : sentence.end();
		var tokens = Tokens.of(text, new Span(sentence.start(), Math.max(sentence.start(), end)));
		var mentions = new ArrayList<Mention>();
		int i = 0;
		while (i < tokens.size()) {
			if (!tokens.get(i).capitalised()) {
				i++;
				continue;
			}
			int j = chainEnd(tokens, i);
			mentions.addAll(split(tokens, i, j, sentence));
			i = j;
		}
		return mentions;
	}

	/** The end (exclusive) of the run of capitalised words starting at {@code i}. */
	private int chainEnd(List<Token> tokens, int i) {
		int j = i + 1;
		if (possessive(tokens.get(i)) && !(j < tokens.size() && Lexicon.ORGANISATION_WORDS.containsKey(tokens.get(j).lower()))) {
			return j;
		}
		while (j < tokens.size()) {
			var t = tokens.get(j);
			if (!Tokens.spaced(text, tokens.get(j - 1).end(), t.start())) {
				break;
			}
			if (t.capitalised()) {
				j++;
				if (possessive(t) && !(j < tokens.size() && Lexicon.ORGANISATION_WORDS.containsKey(tokens.get(j).lower())
						&& Tokens.spaced(text, t.end(), tokens.get(j).start()))) {
					break;
				}
				continue;
			}
			// a connector joins two capitalised runs only inside an organisation's name
			if (CONNECTORS.contains(t.text()) && j + 1 < tokens.size() && tokens.get(j + 1).capitalised()
					&& Tokens.spaced(text, t.end(), tokens.get(j + 1).start())) {
				int k = chainEnd(tokens, j + 1);
				var joined = text.substring(tokens.get(i).start(), tokens.get(k - 1).end());
				if (Lexicon.organisationKind(joined) != null && !Lexicon.ROLE_HEADS.contains(tokens.get(j - 1).lower())
						|| known.apply(strip(joined)) != null) {
					j = k;
					continue;
				}
			}
			break;
		}
		return j;
	}

	private List<Mention> split(List<Token> tokens, int from, int to, Span sentence) {
		var out = new ArrayList<Mention>();
		// drop sentence-opening and general words: "However", "The", "New"
		while (from < to && (Lexicon.GENERAL_WORDS.contains(tokens.get(from).lower()) || CONNECTORS.contains(tokens.get(from).lower())
				|| Lexicon.WEEKDAYS.contains(tokens.get(from).lower()) || Lexicon.MONTHS.contains(tokens.get(from).lower()))
				&& known.apply(strip(join(tokens, from, to))) == null) {
			from++;
		}
		if (from >= to) {
			return out;
		}
		var first = tokens.get(from);
		String honorific = Lexicon.HONORIFICS.containsKey(first.text()) && to - from > 1 ? first.text() : null;
		if (honorific != null) {
			out.add(person(tokens, from + 1, to, honorific, sentence));
			return out;
		}
		// a title between an organisation or seat and a person: "North Norfolk MP Duncan Baker"
		for (int k = from; k < to; k++) {
			var word = tokens.get(k).text();
			if (word.equals("MP") || word.equals("MPs") || word.equals("MEP")) {
				// "north Norfolk MP": a direction in lower case belongs to the seat
				if (k > from && from > 0 && DIRECTIONS.contains(tokens.get(from - 1).text())
						&& Tokens.spaced(text, tokens.get(from - 1).end(), tokens.get(from).start())) {
					from--;
				}
				String qualifier = k > from ? join(tokens, from, k) : null;
				if (qualifier != null) {
					var seat = typed(tokens, from, k, sentence);
					out.add(seat.type() == Mention.Type.UNKNOWN || seat.type() == Mention.Type.PERSON ? seat.with(Mention.Type.PLACE) : seat);
				}
				if (k + 1 < to) {
					out.add(person(tokens, k + 1, to, null, sentence).withRole(qualifier == null ? "MP" : qualifier + " MP", qualifier));
				}
				return out;
			}
		}
		// a capitalised title between an organisation and a person: "NSFT Chief Executive Jonathan Warren"
		for (int k = from; k < to - 2; k++) {
			if (Lexicon.ROLE_HEADS.contains(tokens.get(k).lower()) && !CONNECTORS.contains(tokens.get(k + 1).lower())) {
				int end = k;
				while (end + 1 < to && Lexicon.ROLE_HEADS.contains(tokens.get(end + 1).lower())) {
					end++;
				}
				int roleStart = k;
				while (roleStart - 1 > from && Set.of("deputy", "chief", "medical", "assistant", "acting", "interim").contains(tokens.get(roleStart - 1).lower())) {
					roleStart--;
				}
				if (to - end - 1 >= 2) {
					var qualifier = roleStart > from ? join(tokens, from, roleStart) : null;
					if (qualifier != null) {
						out.add(typed(tokens, from, roleStart, sentence));
					}
					var role = Lexicon.lower(join(tokens, roleStart, end + 1));
					out.add(person(tokens, end + 1, to, null, sentence).withRole(role, qualifier));
					return out;
				}
			}
		}
		out.add(typed(tokens, from, to, sentence));
		return out;
	}

	private Mention typed(List<Token> tokens, int from, int to, Span sentence) {
		var name = strip(join(tokens, from, to));
		var span = new Span(tokens.get(from).start(), tokens.get(from).start() + name.length());
		var acronym = acronymAfter(tokens.get(to - 1).end());
		var knownType = known.apply(name);
		Mention.Type type;
		if (knownType != null) {
			type = knownType;
		}
		else if (Lexicon.PARTIES.containsKey(Lexicon.lower(name))) {
			type = Mention.Type.ORGANISATION;
		}
		else if (TWO_LETTER_PLACES.contains(name)) {
			type = Mention.Type.PLACE;
		}
		else if (Lexicon.ROLE_HEADS.contains(tokens.get(from).lower()) || Lexicon.ROLE_HEADS.contains(tokens.get(to - 1).lower())) {
			type = Mention.Type.ROLE; // "Chief Inspector of Hospitals"
		}
		else if (to - from == 1 && Lexicon.ORGANISATION_WORDS.containsKey(tokens.get(from).lower())) {
			type = Mention.Type.UNKNOWN; // "the Trust", "the Board": the organisation named before
		}
		else if (Lexicon.organisationKind(name) != null || tokens.get(from).acronym()) {
			type = Mention.Type.ORGANISATION;
		}
		else if (DIRECTIONS.contains(tokens.get(from).lower()) && to - from >= 2) {
			type = Mention.Type.PLACE;
		}
		else if (to - from >= 2 && tokens.subList(from, to).stream().anyMatch(t -> BODY_WORDS.contains(t.lower()))) {
			type = Mention.Type.ORGANISATION;
		}
		else if (to - from >= 2 && from > 0 && (AT_PLACE.contains(tokens.get(from - 1).lower()) || tokens.get(from - 1).lower().equals("from")
				&& text.substring(0, tokens.get(from - 1).start()).stripTrailing().endsWith(","))) {
			type = Mention.Type.PLACE; // "in Great Yarmouth", "Jenny Ward, from Great Yarmouth,"
		}
		else if (NOT_PEOPLE.contains(tokens.get(to - 1).lower())) {
			type = Mention.Type.UNKNOWN; // "Information Act", "Woodlands Road": not a person's name
		}
		else if (to - from >= 2 && to - from <= 4 && tokens.subList(from, to).stream().allMatch(t -> t.text().chars().allMatch(Character::isLetter) || t.text().contains("-"))) {
			type = Mention.Type.PERSON;
		}
		else if (from > 0 && PLACE_PREPOSITIONS.contains(tokens.get(from - 1).lower()) && !isSentenceStart(tokens, from, sentence)) {
			type = Mention.Type.PLACE;
		}
		else {
			type = Mention.Type.UNKNOWN;
		}
		var mention = new Mention(span, name, type, null, null, null, acronym, sentence);
		return type == Mention.Type.PERSON ? withRoles(mention, tokens, from) : mention;
	}

	private Mention person(List<Token> tokens, int from, int to, String honorific, Span sentence) {
		var name = strip(join(tokens, from, to));
		var span = new Span(tokens.get(from).start(), tokens.get(from).start() + name.length());
		return withRoles(new Mention(span, name, Mention.Type.PERSON, honorific, null, null, null, sentence), tokens, from);
	}

	/** The role written before the name ("NSFT chief executive") or in an apposition after it. */
	private Mention withRoles(Mention mention, List<Token> tokens, int from) {
		int start = from - (mention.honorific() == null ? 0 : 1);
		int k = start - 1;
		var words = new ArrayList<String>();
		while (k >= 0 && words.size() < 4 && !tokens.get(k).capitalised() && !Lexicon.GENERAL_WORDS.contains(tokens.get(k).lower())
				&& !Lexicon.SAY_VERBS.contains(tokens.get(k).lower()) && !Lexicon.ACT_VERBS.contains(tokens.get(k).lower())
				&& Tokens.spaced(text, tokens.get(k).end(), tokens.get(k + 1).start())) {
			words.add(0, tokens.get(k).text());
			k--;
		}
		while (!words.isEmpty() && !Lexicon.ROLE_HEADS.contains(Lexicon.lower(words.get(words.size() - 1)))) {
			words.clear();
		}
		if (!words.isEmpty()) {
			String qualifier = null;
			int q = k;
			while (q >= 0 && tokens.get(q).capitalised() && Tokens.spaced(text, tokens.get(q).end(), tokens.get(q + 1).start())
					&& !Lexicon.GENERAL_WORDS.contains(tokens.get(q).lower())) {
				q--;
			}
			if (q < k) {
				qualifier = strip(join(tokens, q + 1, k + 1));
			}
			else if (k >= 0 && tokens.get(k).lower().equals("and") && lastQualifierSentence == mention.sentence().start()) {
				qualifier = lastQualifier;
			}
			if (qualifier != null) {
				lastQualifier = qualifier;
				lastQualifierSentence = mention.sentence().start();
			}
			var role = String.join(" ", words);
			return mention.withRole(qualifier == null || k >= 0 && tokens.get(k).lower().equals("and") ? role : qualifier + " " + role, qualifier);
		}
		// "The trust's medical director, Dr Paul Grey," / "NSFT's chief executive, Jane Doe,"
		int nameStart = start >= 0 && start < tokens.size() ? tokens.get(start).start() : mention.span().start();
		var before = PRE_APPOSITIVE.matcher(text.substring(mention.sentence().start(), nameStart));
		if (before.find() && Lexicon.ROLE_HEADS.contains(Lexicon.lower(before.group(3)))) {
			var owner = before.group(2);
			return mention.withRole(before.group(1).strip(), owner != null && Character.isUpperCase(owner.charAt(0)) ? owner : null);
		}
		var after = APPOSITIVE.matcher(text.substring(mention.span().end(), Math.min(text.length(), mention.span().end() + 100)));
		if (after.find()) {
			var phrase = after.group(1).trim();
			var heads = phrase.split("\\s+");
			boolean isRole = false;
			for (int w = 0; w < Math.min(heads.length, 5); w++) {
				isRole |= Lexicon.ROLE_HEADS.contains(Lexicon.lower(heads[w]));
			}
			if (isRole && heads.length <= 9) {
				var of = Pattern.compile("\\s(?:at|of|for)\\s+((?:the\\s+)?[A-Z][\\w&' ]*)$").matcher(phrase);
				if (of.find()) {
					// a caption glued to its repeat ("of NSFTCath Byford") ends the organisation's name
					var qualifier = of.group(1).replaceFirst("^the\\s+", "").replaceFirst("(?<=[A-Z]{2}|[a-z])(?=[A-Z][a-z]).*$", "").strip();
					return mention.withRole(phrase.substring(0, of.start()), qualifier);
				}
				return mention.withRole(phrase, null);
			}
		}
		return mention;
	}

	private String acronymAfter(int offset) {
		var m = ACRONYM_AFTER.matcher(text.substring(offset, Math.min(text.length(), offset + 16)));
		return m.find() ? m.group(1) : null;
	}

	private boolean isSentenceStart(List<Token> tokens, int index, Span sentence) {
		return text.substring(sentence.start(), tokens.get(index).start()).chars().noneMatch(Character::isLetterOrDigit);
	}

	private static boolean possessive(Token t) {
		return t.text().endsWith("'s") || t.text().endsWith("’s");
	}

	private String join(List<Token> tokens, int from, int to) {
		return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
	}

	/** Without a possessive 's. */
	static String strip(String name) {
		return name.endsWith("'s") || name.endsWith("’s") ? name.substring(0, name.length() - 2) : name;
	}
}
