package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who is speaking in the words before a verb of saying: the last person named or described there (a
 * name, "he"/"she"/"they", "a spokesman for the trust", "the MP", "the Chief Inspector"), else the last
 * organisation or group ("the CQC", "One Norfolk family", "NSFT bosses", "both organisations"). Pronouns
 * and definite descriptions go back to the last speaker or sentence subject that fits; a relative "who"
 * to the person just before it.
 */
final class Speakers {

	record Subject(int offset, ArticleEntity entity) {
	}

	/** What was found, and a doubt when it was a guess. */
	record Found(List<ArticleEntity> entities, String doubt) {
		static Found none() {
			return new Found(List.of(), null);
		}
	}

	private static final Pattern PRONOUN = Pattern.compile("\\b(he|she|they|who|it)\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern UNNAMED = Pattern.compile("\\b(a|an|the|one)\\s+((?:former|senior|local|[a-z]+)\\s+)?"
			+ "(spokesman|spokeswoman|spokesperson|consultant|doctor|source|official|insider|whistleblower|campaigner|nurse)\\b"
			+ "(?:\\s+(?:for|from|of|at|with)\\s+((?:the\\s+)?[A-Za-z][\\w'’&-]*(?:\\s+(?:[A-Z][\\w'’&-]*|of|and|for|to|in))*))?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern NAMED_SPOKESPERSON = Pattern.compile("\\b([Aa]n?|[Tt]he)\\s+((?:[A-Z][\\w&'’-]*)(?:\\s+(?:[A-Z][\\w&'’-]*|of|and|for|the))*)"
			+ "\\s+(spokesman|spokeswoman|spokesperson)\\b");
	private static final Pattern TITLE = Pattern.compile("\\b[Tt]he\\s+(?:[\\w-]+\\s+){0,3}?(MP|(?i:minister|secretary|inspector|executive|chairman|chairwoman|chair|director|officer))\\b");
	private static final Pattern GROUP = Pattern.compile("\\b(?:((?i:one|both|the|a|an)|\\d+)\\s+)?((?:[A-Za-z]+\\s+){0,2}?)"
			+ "(family|families|bosses|organisations|groups?|campaigners|doctors|nurses|staff|MPs|inspectors|police|residents|patients"
			+ "|members|ministers|officials|councillors|campaign|trust|union|charity)\\b");
	private static final List<String> ORGANISATION_NOUNS = List.of("organisations", "group", "groups", "campaign", "trust", "union", "charity");

	private final String text;
	private final EntityTable table;
	final List<Subject> history = new ArrayList<>();

	Speakers(String text, EntityTable table) {
		this.text = text;
		this.table = table;
	}

	void remember(int offset, ArticleEntity entity) {
		history.add(new Subject(offset, entity));
	}

	/** The speaker named in {@code clause} (the words before the verb of saying). */
	Found in(Span clause) {
		var words = clause.of(text);
		var people = new ArrayList<Subject>();
		var bodies = new ArrayList<Subject>();
		for (var entity : table.byOffset.entrySet()) {
			if (clause.contains(entity.getKey()) && entity.getValue().type != Mention.Type.PLACE) {
				(entity.getValue().person() ? people : bodies).add(new Subject(entity.getKey(), entity.getValue()));
			}
		}
		String doubt = null;
		var unnamed = UNNAMED.matcher(words);
		while (unnamed.find()) {
			int at = clause.start() + unnamed.start();
			boolean apposition = people.stream().anyMatch(p -> p.entity().mentions.stream()
				.anyMatch(m -> m.span().end() <= at && text.substring(m.span().end(), at).matches("\\s*,\\s*")));
			if (apposition) {
				continue;
			}
			var entity = unnamed(unnamed, clause);
			if (entity != null) {
				people.add(new Subject(clause.start() + unnamed.start(), entity));
			}
		}
		// "A Department of Health and Social Care spokesperson": unnamed, for the organisation named before the word
		var named = NAMED_SPOKESPERSON.matcher(words);
		while (named.find()) {
			var organisation = table.at(new Span(clause.start() + named.start(2), clause.start() + named.end(2)));
			if (organisation != null && organisation.organisation()) {
				var where = new Span(clause.start() + named.start(), clause.start() + named.end());
				people.add(new Subject(where.start(), table.unnamed(Lexicon.lower(named.group(3)), named.group().trim(), organisation, where)
					.describedAs("")));
			}
		}
		var title = TITLE.matcher(words);
		while (title.find()) {
			var holder = holder(title.group(1));
			if (holder != null) {
				people.add(new Subject(clause.start() + title.start(), holder));
			}
		}
		for (var role : table.roles) {
			var holder = clause.contains(role.span().start()) ? holder(role.name()) : null;
			if (holder != null) {
				people.add(new Subject(role.span().start(), holder));
			}
		}
		var pronoun = PRONOUN.matcher(words);
		Subject lastPronoun = null;
		while (pronoun.find()) {
			lastPronoun = new Subject(clause.start() + pronoun.start(), null);
			var word = Lexicon.lower(pronoun.group(1));
			if (word.equals("who")) {
				int at = lastPronoun.offset();
				var before = people.stream().filter(s -> s.offset() < at).max(Comparator.comparingInt(Subject::offset));
				if (before.isPresent()) {
					people.add(new Subject(at, before.get().entity()));
				}
				continue;
			}
			var referent = pronoun(word, clause.start() + pronoun.start());
			if (referent != null) {
				(referent.person() ? people : bodies).add(new Subject(clause.start() + pronoun.start(), referent));
				doubt = "\"" + pronoun.group(1) + "\" read as " + referent.name;
			}
		}
		if (!people.isEmpty()) {
			var last = people.stream().max(Comparator.comparingInt(Subject::offset)).get();
			if (lastPronoun == null || last.offset() != lastPronoun.offset()) {
				doubt = null;
			}
			return new Found(List.of(last.entity()), doubt);
		}
		// the group nearest the verb, not one in a possessive ("the trust's difficulties")
		var group = GROUP.matcher(words);
		Found last = null;
		while (group.find()) {
			if (words.startsWith("'s", group.end()) || words.startsWith("’s", group.end())) {
				continue;
			}
			var entities = group(group, clause);
			if (!entities.isEmpty()) {
				last = new Found(entities, entities.size() > 1 || entities.get(0).group ? null
						: "\"" + group.group().trim() + "\" read as " + entities.get(0).name);
			}
		}
		if (last != null) {
			return last;
		}
		if (!bodies.isEmpty()) {
			return new Found(List.of(bodies.stream().max(Comparator.comparingInt(Subject::offset)).get().entity()), doubt);
		}
		return Found.none();
	}

	/** "a spokesman for the group": a new unnamed speaker; "the spokesman": the last one. */
	private ArticleEntity unnamed(Matcher m, Span clause) {
		var head = Lexicon.lower(m.group(3));
		var determiner = Lexicon.lower(m.group(1));
		var where = new Span(clause.start() + m.start(), clause.start() + m.end());
		if (determiner.equals("the") && m.group(4) == null) {
			for (int i = history.size() - 1; i >= 0; i--) {
				var e = history.get(i).entity();
				if (e.anonymous && e.person()) {
					return e;
				}
			}
		}
		ArticleEntity speaksFor = null;
		if (m.group(4) != null) {
			var target = m.group(4).replaceFirst("^(?i)the\\s+", "");
			int at = clause.start() + m.start(4);
			speaksFor = table.at(new Span(at, clause.start() + m.end(4)));
			if (speaksFor == null) {
				speaksFor = organisationByNoun(Lexicon.lower(target.split("\\s+")[0]), at);
			}
		}
		var modifier = m.group(2) == null ? "" : m.group(2);
		return table.unnamed(head, m.group().trim(), speaksFor, where).describedAs(modifier.trim());
	}

	/** "the group", "the trust": the last organisation before {@code offset} that the noun fits, else the next. */
	ArticleEntity organisationByNoun(String noun, int offset) {
		ArticleEntity before = null;
		ArticleEntity after = null;
		for (var entry : table.byOffset.entrySet()) {
			var e = entry.getValue();
			if (!e.organisation() || e.group || "PoliticalParty".equals(e.kind)) {
				continue;
			}
			// "the group" is a campaign, charity or other association, not a public body
			boolean fits = Lexicon.lower(e.name).contains(noun) || noun.equals("group") && (e.kind == null
					|| List.of("Campaign", "Charity", "Organisation").contains(e.kind))
					|| noun.equals("organisation") || noun.equals(Lexicon.lower(String.valueOf(e.kind)));
			if (!fits) {
				continue;
			}
			if (entry.getKey() < offset) {
				before = e;
			}
			else if (after == null) {
				after = e;
			}
		}
		return before != null ? before : after;
	}

	private List<ArticleEntity> group(Matcher m, Span clause) {
		var noun = m.group(3);
		var determiner = m.group(1) == null ? "" : Lexicon.lower(m.group(1));
		var modifier = m.group(2).trim();
		int at = clause.start() + m.start();
		if (determiner.equals("both") && noun.equals("organisations")) {
			var orgs = new ArrayList<ArticleEntity>();
			for (int i = history.size() - 1; i >= 0 && orgs.size() < 2; i--) {
				var e = history.get(i).entity();
				if (e.organisation() && !e.group && !orgs.contains(e)) {
					orgs.add(e);
				}
			}
			var earlier = new ArrayList<>(table.byOffset.entrySet().stream().filter(e -> e.getKey() < at).map(java.util.Map.Entry::getValue)
				.filter(e -> e.organisation() && !e.group && !"PoliticalParty".equals(e.kind)).toList());
			java.util.Collections.reverse(earlier);
			earlier.stream().filter(e -> !orgs.contains(e)).distinct().limit(Math.max(0, 2 - orgs.size())).forEach(orgs::add);
			return orgs;
		}
		if (ORGANISATION_NOUNS.contains(noun)) {
			var key = modifier.isEmpty() ? noun : Lexicon.lower(modifier.split("\\s+")[modifier.split("\\s+").length - 1]);
			var org = organisationByNoun(key, at);
			return org == null ? List.of() : List.of(org);
		}
		var partOf = table.at(new Span(at, clause.start() + m.end()));
		var description = m.group().trim();
		return List.of(table.group(description, partOf != null && partOf.organisation() ? partOf : null, new Span(at, clause.start() + m.end())));
	}

	/** The person holding a title the article gave with a name ("Chief Inspector of Hospitals", "MP"). */
	private ArticleEntity holder(String title) {
		var t = Lexicon.lower(title);
		ArticleEntity found = null;
		for (int i = history.size() - 1; i >= 0 && found == null; i--) {
			var e = history.get(i).entity();
			if (e.person() && e.role != null && Lexicon.lower(e.role).contains(t)) {
				found = e;
			}
		}
		if (found == null) {
			found = table.entities.stream().filter(e -> e.person() && e.role != null && Lexicon.lower(e.role).contains(t))
				.findFirst().orElse(null);
		}
		return found;
	}

	/** "he", "she": the last speaker or subject of that gender; "they": the last unnamed speaker or group; "it": organisation. */
	private ArticleEntity pronoun(String word, int offset) {
		for (int i = history.size() - 1; i >= 0; i--) {
			var s = history.get(i);
			var e = s.entity();
			if (s.offset() >= offset) {
				continue;
			}
			boolean fits = switch (word) {
				case "he" -> e.person() && !"f".equals(e.gender) && !(e.anonymous && e.gender == null && "they".equals(e.description));
				case "she" -> e.person() && !"m".equals(e.gender);
				case "they" -> e.anonymous || !e.person();
				case "it" -> e.organisation() && !e.group;
				default -> false;
			};
			if (fits) {
				return e;
			}
		}
		return null;
	}
}
