package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article's entities, built from its mentions in reading order: a full name starts a person, a surname
 * after an honorific ("Mr Baker") is the last person of that surname named before it (so two people who
 * share a surname stay apart by which was named last), or one spelled within a letter or two of it ("Mrs
 * Bellingham" after "Zoe Billingham"); a first name or surname alone only refers back; an acronym in
 * brackets joins its organisation.
 */
final class EntityTable {

	final List<ArticleEntity> entities = new ArrayList<>();
	/** Each mention's entity, by the mention's start offset. */
	final Map<Integer, ArticleEntity> byOffset = new LinkedHashMap<>();
	final List<String> notes = new ArrayList<>();
	/** Titles written without a name ("England's Chief Inspector of Hospitals"), for finding their holder. */
	final List<Mention> roles = new ArrayList<>();

	void add(Mention m) {
		switch (m.type()) {
			case PERSON -> person(m);
			case ORGANISATION, PLACE -> named(m);
			case UNKNOWN -> backReference(m);
			case ROLE -> roles.add(m);
		}
	}

	private void person(Mention m) {
		ArticleEntity entity;
		if (!m.name().contains(" ")) {
			entity = bySurname(m);
			if (entity == null) {
				entity = create(m);
			}
		}
		else {
			entity = entities.stream().filter(e -> e.person() && e.name.equalsIgnoreCase(m.name())).findFirst().orElse(null);
			if (entity == null) {
				entity = create(m);
			}
		}
		if (m.honorific() != null) {
			entity.aliases.add(m.asWritten());
			var gender = Lexicon.HONORIFICS.get(m.honorific());
			if (gender != null && !gender.isEmpty()) {
				entity.gender = gender;
			}
		}
		if (m.role() != null && (entity.role == null || entity.qualifier == null && m.qualifier() != null)) {
			entity.role = m.role();
			entity.qualifier = m.qualifier();
		}
		attach(entity, m);
	}

	private ArticleEntity bySurname(Mention m) {
		var surname = m.name();
		var gender = m.honorific() == null ? "" : Lexicon.HONORIFICS.getOrDefault(m.honorific(), "");
		ArticleEntity exact = null;
		ArticleEntity close = null;
		for (var e : entities) {
			if (!e.person() || e.anonymous || !gender.isEmpty() && e.gender != null && !e.gender.equals(gender)) {
				continue;
			}
			var last = lastMention(e);
			if (e.surname().equalsIgnoreCase(surname)) {
				if (exact == null || lastMention(exact) < last) {
					exact = e;
				}
			}
			else if (Resolver.similar(Lexicon.lower(e.surname()), Lexicon.lower(surname)) && (close == null || lastMention(close) < last)) {
				close = e;
			}
		}
		if (exact == null && close != null) {
			var note = "\"" + m.asWritten() + "\" read as " + close.name + " (spelled differently)";
			notes.add(note);
			close.doubts.add(note);
		}
		return exact != null ? exact : close;
	}

	/** Where the entity was last named outside quotations (a name a speaker uses is not the narrative's subject). */
	private int lastMention(ArticleEntity e) {
		int last = -1;
		for (var m : e.mentions) {
			if (!quoted.test(m.span().start()) || last < 0) {
				last = m.span().start();
			}
		}
		return last;
	}

	private java.util.function.IntPredicate quoted = offset -> false;

	EntityTable quoted(java.util.function.IntPredicate inQuotation) {
		this.quoted = inQuotation;
		return this;
	}

	private void named(Mention m) {
		var party = Lexicon.PARTIES.getOrDefault(Lexicon.lower(m.name()), m.name());
		var entity = entities.stream()
			.filter(e -> e.type == m.type() && (e.name.equalsIgnoreCase(party) || e.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(m.name()))))
			.findFirst().orElse(null);
		if (entity == null) {
			entity = create(m);
			if (m.type() == Mention.Type.ORGANISATION) {
				entity.kind = !party.equals(m.name()) ? "PoliticalParty" : Lexicon.organisationKind(m.name());
				if (!party.equals(m.name())) {
					entity.aliases.add(m.name());
					entity.name = party;
				}
			}
		}
		if (m.acronym() != null) {
			entity.aliases.add(m.acronym());
		}
		attach(entity, m);
	}

	/** A first name or surname alone, or a word the rules could not type: only an earlier person's. */
	private void backReference(Mention m) {
		if (m.name().contains(" ")) {
			return;
		}
		var kind = Lexicon.ORGANISATION_WORDS.get(Lexicon.lower(m.name()));
		if (kind != null) {
			entities.stream().filter(e -> e.organisation() && !e.group && ("Organisation".equals(kind) || kind.equals(e.kind) || Lexicon.lower(e.name).contains(Lexicon.lower(m.name()))))
				.max(Comparator.comparingInt(this::lastMention)).ifPresent(e -> attach(e, m));
			return;
		}
		entities.stream().filter(e -> e.person() && !e.anonymous && e.name.contains(" ")
				&& (e.firstName().equals(m.name()) || e.surname().equals(m.name())))
			.max(Comparator.comparingInt(this::lastMention))
			.ifPresent(e -> attach(e, m));
	}

	private ArticleEntity create(Mention m) {
		var entity = new ArticleEntity(m.type(), m.name(), m.sentence());
		entities.add(entity);
		return entity;
	}

	private void attach(ArticleEntity entity, Mention m) {
		entity.mentions.add(m);
		byOffset.put(m.span().start(), entity);
		boolean bareName = m.type() == Mention.Type.PERSON && m.honorific() == null && !m.name().contains(" ");
		if (!m.asWritten().equals(entity.name) && m.type() != Mention.Type.UNKNOWN && !bareName) {
			entity.aliases.add(m.asWritten());
		}
	}

	/** An unnamed speaker ("a spokesman for the campaign"), described in the article's words. */
	ArticleEntity unnamed(String head, String description, ArticleEntity speaksFor, Span where) {
		var entity = new ArticleEntity(Mention.Type.PERSON, capitalise(head) + (speaksFor == null ? "" : " for " + speaksFor.name), where);
		entity.anonymous = true;
		entity.description = description;
		entity.speaksFor = speaksFor;
		entity.role = head;
		entities.add(entity);
		return entity;
	}

	/** A group named only collectively ("One Norfolk family", "NSFT bosses"). */
	ArticleEntity group(String description, ArticleEntity partOf, Span where) {
		var existing = entities.stream().filter(e -> e.group && e.name.equalsIgnoreCase(capitalise(description))).findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		var entity = new ArticleEntity(Mention.Type.ORGANISATION, capitalise(description), where);
		entity.group = true;
		entity.description = description;
		entity.speaksFor = partOf;
		entities.add(entity);
		return entity;
	}

	ArticleEntity at(Span span) {
		return byOffset.entrySet().stream().filter(e -> span.contains(e.getKey())).map(Map.Entry::getValue)
			.reduce((a, b) -> b).orElse(null);
	}

	/** The entities mentioned within {@code span}, in order. */
	List<ArticleEntity> within(Span span) {
		return byOffset.entrySet().stream().filter(e -> span.contains(e.getKey())).map(Map.Entry::getValue).distinct().toList();
	}

	static String capitalise(String s) {
		var t = s.replaceFirst("^(?i)(a|an|the|one)\\s+", "");
		return t.isEmpty() ? s : Character.toUpperCase(t.charAt(0)) + t.substring(1);
	}
}
