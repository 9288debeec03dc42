package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the events and decisions into the proposal: each an entity with a stable id in the curated files' style
 * (kind, main participant, year: {@code special-measures-riverside-trust-2019}), its first sentence as {@code mentioned}, kind,
 * status or outcome, date, and its doubts (also listed for review); each link a fact with the sentence that states
 * it; {@code FOLLOWED} for what it followed (the inspection of its sentence, for a decision "following an
 * inspection"); {@code MADE_IN} for a statement made in a letter, a tweet or a meeting ("In her letter, ..., Ms
 * Field said: ...").
 */
final class EventFacts {

	/** "In her letter", "At a meeting", "During a rally": what is said in the sentence was said there. */
	private static final Pattern IN_EVENT = Pattern.compile("(?i)\\b(?:in|during|at)\\s+(?:a|an|the|his|her|their|its|our)\\s+(?:[\\w'’-]+\\s+){0,2}$");

	private final ProposalParts parts;
	private final String text;
	private final Map<Happening, String> ids = new HashMap<>();

	EventFacts(ProposalParts parts) {
		this.parts = parts;
		this.text = parts.text;
	}

	void write(List<Happening> happenings, List<ProposedStatement> statements) {
		for (var h : happenings) {
			entity(h);
		}
		for (var h : happenings) {
			var id = ids.get(h);
			for (var l : h.links) {
				var other = parts.id(l.entity());
				if (other == null) {
					continue;
				}
				var props = new LinkedHashMap<String, Object>();
				if (l.role() != null) {
					props.put("role", l.role());
				}
				if (l.doubt() != null) {
					props.put("ambiguity", l.doubt());
				}
				parts.fact(l.type(), l.toEvent() ? other : id, l.toEvent() ? id : other, l.evidence().of(text), props);
			}
			if (h.follows != null && ids.containsKey(h.follows)) {
				parts.fact("FOLLOWED", id, ids.get(h.follows), h.sentence().of(text), null);
			}
			if (h.followsInspection) {
				var inspection = parts.inspections.get(h.sentence());
				if (inspection != null) {
					parts.fact("FOLLOWED", id, inspection, h.sentence().of(text), null);
				}
			}
			madeIn(h, id, statements);
		}
	}

	private void entity(Happening h) {
		var m = new LinkedHashMap<String, Object>();
		var key = key(h);
		var year = year(h);
		var natural = Resolver.slug(h.kind + (key == null ? "" : "-" + key) + "-" + (year != null ? year : parts.shortId));
		var id = parts.unique(natural);
		parts.usedIds.add(id);
		if (parts.known.taken(natural)) {
			// the graph has a node of that id from another article: likely the same, but only a curator can say
			h.doubts.add("another article's file has " + natural + ": if it is the same " + (h.label == Happening.Label.EVENT ? h.kind : "decision")
					+ ", use that id, give it only its mention here and define it in registry.yaml");
		}
		ids.put(h, id);
		m.put("id", id);
		m.put("labels", List.of(h.label == Happening.Label.EVENT ? "Event" : "Decision"));
		m.put("mentioned", h.sentence().of(text).strip());
		m.put("kind", h.kind);
		if (h.label == Happening.Label.EVENT) {
			m.put("name", name(h));
			m.put("status", h.status);
		}
		else {
			m.put("outcome", h.outcome);
			m.put("description", h.description);
		}
		EventDates.write(h.date, m);
		var doubts = new ArrayList<>(h.doubts);
		for (var l : h.links) {
			if (l.doubt() != null && parts.id(l.entity()) != null) {
				doubts.add(l.type() + " " + parts.id(l.entity()) + ": " + l.doubt());
			}
		}
		if (h.label == Happening.Label.DECISION && h.outcome != null && h.linked("CONCERNS").isEmpty()) {
			doubts.add("the organisation it concerns is not named in its sentence");
		}
		if (h.followsInspection && parts.inspections.get(h.sentence()) == null) {
			doubts.add("it followed an inspection the proposal does not list: link it to the graph's inspection");
		}
		var distinct = doubts.stream().distinct().toList();
		if (!distinct.isEmpty()) {
			m.put("ambiguity", String.join("; ", distinct));
			parts.doubt(id, String.join("; ", distinct), null, List.of());
		}
		parts.entities.add(m);
	}

	/**
	 * A statement made in the event: its cue sentence tells of the event outside the quoted or reported words ("In
	 * her letter, dated ..., Ms Field said: '...'"; "he posted on Twitter, writing: ..."). A letter nobody is said to
	 * have written is that speaker's.
	 */
	private void madeIn(Happening h, String id, List<ProposedStatement> statements) {
		boolean written = h.kind.equals("letter") || h.kind.equals("tweet") || h.kind.equals("post");
		for (int k = 0; k < h.mentions.size(); k++) {
			var sentence = h.mentions.get(k);
			var word = h.triggers.get(k);
			for (var s : statements) {
				var statementId = parts.statementIds.get(s);
				if (statementId == null || s.cue == null || !s.cue.overlaps(sentence) || s.parts.stream().anyMatch(p -> p.overlaps(word))
						|| word.start() > s.span().start()) {
					continue;
				}
				var before = text.substring(sentence.start(), word.start());
				if (!written && !IN_EVENT.matcher(before).find()) {
					continue;
				}
				var evidence = s.cue.of(text).strip();
				parts.fact("MADE_IN", statementId, id, evidence, null);
				if (h.kind.equals("letter") && h.linked("WROTE").isEmpty() && h.linked("SIGNED").isEmpty()) {
					for (var speaker : s.speakers) {
						var speakerId = parts.id(speaker);
						if (speakerId != null) {
							parts.fact("WROTE", speakerId, id, evidence,
									Map.of("ambiguity", "the writer read as " + speaker.name + ", who is reported saying what the letter says"));
						}
					}
				}
			}
		}
	}

	/** The main participant's id: who died, wrote, organised or resigned, else where, else what it concerns. */
	private String key(Happening h) {
		var order = h.label == Happening.Label.DECISION ? List.of("CONCERNS", "DECIDED")
				: h.kind.equals("letter") ? List.of("WROTE", "SIGNED", "SENT_TO")
				: List.of("DIED_IN", "ESTABLISHED", "ORGANISED", "CHAIRED", "WROTE", "INVOLVED", "ATTENDED", "TOOK_PLACE_AT", "ABOUT");
		for (var type : order) {
			for (var e : h.linked(type)) {
				var id = parts.id(e);
				if (id != null) {
					return id;
				}
			}
		}
		return null;
	}

	/** Its year when the date settles one, else null (the id then ends with the article's short id). */
	private static String year(Happening h) {
		var d = h.date;
		if (d != null && d.earliest() != null && d.latest() != null && d.earliest().getYear() == d.latest().getYear()) {
			return String.valueOf(d.earliest().getYear());
		}
		return null;
	}

	/** A name in words from its kind and participants: "Protest by X at Y", "Letter from A to B", "Death of C". */
	private static String name(Happening h) {
		var who = names(h, "ORGANISED", "CHAIRED", "WROTE", "ATTENDED");
		var where = names(h, "TOOK_PLACE_AT");
		var about = names(h, "ABOUT");
		var involved = names(h, "INVOLVED", "DIED_IN", "ESTABLISHED");
		var label = Character.toUpperCase(h.kind.charAt(0)) + h.kind.substring(1).replace('-', ' ');
		var name = switch (h.kind) {
			case "letter" -> "Letter" + (who.isEmpty() ? "" : " from " + who) + (names(h, "SIGNED").isEmpty() ? "" : " signed by " + names(h, "SIGNED"))
					+ (h.linked("SENT_TO").isEmpty() ? "" : " to " + h.linked("SENT_TO").get(0).name);
			case "death", "founding" -> label + (involved.isEmpty() ? "" : " of " + involved);
			case "resignation" -> label + role(h, "resigned", " of ") + role(h, "left", " from ");
			case "report-publication" -> "Publication of a report" + (involved.isEmpty() ? "" : " by " + involved);
			case "inquiry", "investigation", "review", "inquest" -> label + (about.isEmpty() ? "" : " into " + about) + role(h, "launched", " by ");
			case "tweet", "post" -> label + (who.isEmpty() ? "" : " by " + who);
			default -> label + (who.isEmpty() ? "" : (h.kind.equals("meeting") ? " of " : " by ") + who);
		};
		return name + (where.isEmpty() || h.kind.equals("letter") ? "" : " at " + where);
	}

	/** " of A" for the entities {@code INVOLVED} in that role, or "". */
	private static String role(Happening h, String role, String prefix) {
		var names = h.links.stream().filter(l -> role.equals(l.role())).map(l -> l.entity().name).distinct().toList();
		return names.isEmpty() ? "" : prefix + String.join(" and ", names);
	}

	private static String names(Happening h, String... types) {
		var names = new ArrayList<String>();
		for (var type : types) {
			h.linked(type).forEach(e -> {
				if (!names.contains(e.name)) {
					names.add(e.name);
				}
			});
		}
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}
}
