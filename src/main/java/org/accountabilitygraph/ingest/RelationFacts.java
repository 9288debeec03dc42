package org.accountabilitygraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts a proposal states besides who said what: roles (LEADS, REPRESENTS, MEMBER_OF of a party, PART_OF),
 * calls for action, reported criticism and ratings, each with its evidence.
 */
final class RelationFacts {

	private static final Set<String> CALL_VERBS = Set.of("called", "urged", "appealed", "demanded", "asked");
	private static final Set<String> CRITICISE_VERBS = Set.of("criticised", "criticized", "condemned", "attacked", "slammed",
			"blasted", "accused", "branded", "blamed");

	private final ProposalParts parts;
	private final Ingester.Analysis analysis;
	private final String text;
	private final String shortId;

	RelationFacts(ProposalParts parts, Ingester.Analysis analysis) {
		this.parts = parts;
		this.analysis = analysis;
		this.text = parts.text;
		this.shortId = parts.shortId;
	}

	/** What a statement states besides itself: a call for action, a criticism. */
	void of(ProposedStatement s, String statementId) {
		callForAction(s, statementId);
		criticism(s, statementId);
	}

	/** What the article states of its entities: roles, seats, parties, groups, ratings. */
	void all() {
		roles();
		ratings();
	}

	/** "have criticised the trust", "branded the board ...": the speakers criticised the first entity the phrase names. */
	private void criticism(ProposedStatement s, String statementId) {
		if (s.kind != ProposedStatement.Kind.REPORTED || s.speakers.isEmpty()) {
			return;
		}
		var words = s.text(text);
		var first = Lexicon.lower(words.replaceFirst("^(has|have|had)\\s+", "").split("\\s+")[0]);
		if (!CRITICISE_VERBS.contains(first)) {
			return;
		}
		var target = analysis.table().within(s.span()).stream().filter(e -> !s.speakers.contains(e) && parts.id(e) != null
				&& e.type != Mention.Type.PLACE).findFirst();
		if (target.isEmpty()) {
			return;
		}
		for (var speaker : s.speakers) {
			if (parts.id(speaker) != null) {
				var props = new LinkedHashMap<String, Object>();
				props.put("statement", statementId);
				props.put("summary", words);
				parts.fact("CRITICISED", parts.id(speaker), parts.id(target.get()), s.span().of(text), props);
			}
		}
	}

	/** A reported call ("called for ...", "urged ...", "appealed to ...") is a :CallForAction of its speakers. */
	private void callForAction(ProposedStatement s, String statementId) {
		if (s.kind != ProposedStatement.Kind.REPORTED || s.speakers.isEmpty()) {
			return;
		}
		var words = s.text(text);
		var first = Lexicon.lower(words.replaceFirst("^(has|have|had)\\s+", "").split("\\s+")[0]);
		if (!CALL_VERBS.contains(first)) {
			return;
		}
		var id = parts.unique("call-" + Resolver.slug(s.speakers.get(0).name) + "-" + shortId + "-" + statementId.substring(statementId.lastIndexOf('-') + 1));
		parts.usedIds.add(id);
		var m = new LinkedHashMap<String, Object>();
		m.put("id", id);
		m.put("labels", List.of("CallForAction"));
		m.put("mentioned", s.span().of(text));
		m.put("action", words);
		parts.entities.add(m);
		for (var speaker : s.speakers) {
			if (parts.id(speaker) != null) {
				parts.fact("CALLED_FOR", parts.id(speaker), id, s.span().of(text), Map.of("statement", statementId));
			}
		}
	}

	/** Roles written with names: LEADS, REPRESENTS, MEMBER_OF (party), PART_OF (groups). */
	private void roles() {
		for (var e : analysis.table().entities) {
			var id = parts.id(e);
			if (id == null) {
				continue;
			}
			var evidence = e.mentions.stream().filter(mm -> mm.role() != null).findFirst().map(mm -> mm.sentence().of(text)).orElse(null);
			if (e.person() && e.role != null && evidence != null) {
				var role = Lexicon.lower(e.role);
				var leadership = Lexicon.LEADERSHIP.entrySet().stream().filter(r -> role.endsWith(r.getKey()))
					.max((a, b) -> a.getKey().length() - b.getKey().length());
				if (leadership.isPresent() && e.leads != null && parts.id(e.leads) != null) {
					var props = new LinkedHashMap<String, Object>();
					props.put("role", leadership.get().getValue());
					props.put("roleAsWritten", e.role);
					props.put("status", status(evidence, e));
					parts.fact("LEADS", id, parts.id(e.leads), evidence, props);
				}
				if (role.matches(".*\\bmp\\b.*") && e.qualifier != null) {
					var seat = analysis.table().entities.stream().filter(o -> o.name.equalsIgnoreCase(e.qualifier) || o.aliases.contains(e.qualifier))
						.findFirst().orElse(null);
					if (seat != null && parts.id(seat) != null) {
						parts.fact("PoliticalParty".equals(seat.kind) ? "MEMBER_OF" : "REPRESENTS", id, parts.id(seat), evidence, null);
					}
				}
			}
			if (e.group && e.speaksFor != null && parts.id(e.speaksFor) != null) {
				parts.fact("PART_OF", id, parts.id(e.speaksFor), e.first.of(text), null);
			}
		}
	}

	/** Each rating the article tells: an :Inspection that INSPECTED and RATED the body, CONDUCTED by its rater. */
	private void ratings() {
		int n = 0;
		for (var r : Ratings.find(text, analysis.sentences(), analysis.table())) {
			var rated = parts.id(r.rated());
			if (rated == null) {
				continue;
			}
			var id = parts.unique("inspection-" + rated + "-" + (r.year() != null ? r.year() : shortId) + (++n > 1 ? "-" + n : ""));
			parts.usedIds.add(id);
			parts.inspections.putIfAbsent(r.sentence(), id);
			var evidence = r.sentence().of(text);
			var m = new LinkedHashMap<String, Object>();
			m.put("id", id);
			m.put("labels", List.of("Inspection"));
			m.put("mentioned", evidence);
			m.put("name", "Inspection of " + r.rated().name + (r.year() != null ? " in " + r.year() : " (as article-" + shortId + " reports it)"));
			m.put("status", "completed");
			if (r.year() != null) {
				m.put("date", r.year());
				m.put("datePrecision", "year");
			}
			var doubt = "a new inspection: the graph may already have it (the article does not name the inspection)";
			m.put("ambiguity", doubt);
			parts.entities.add(m);
			parts.doubt(id, doubt, null, List.of());
			parts.fact("INSPECTED", id, rated, evidence, null);
			var props = new LinkedHashMap<String, Object>();
			props.put("domain", "overall");
			props.put("rating", r.rating());
			props.put("note", r.note());
			props.put("ambiguity", "read as the overall rating");
			parts.fact("RATED", id, rated, evidence, props);
			if (r.by() != null && parts.id(r.by()) != null) {
				parts.fact("CONDUCTED", parts.id(r.by()), id, evidence, null);
			}
		}
	}

	private static String status(String evidence, ArticleEntity e) {
		var before = Lexicon.lower(evidence);
		var name = Lexicon.lower(e.name);
		int at = before.indexOf(name);
		var prefix = at < 0 ? before : before.substring(0, at);
		// "new" qualifies the role it stands before, not the next one after "and" ("new chief executive A and chair B")
		if (prefix.matches(".*\\b(new|newly appointed|incoming)\\b(?:(?!\\band\\b)[^,.])*$")) {
			return "new";
		}
		if (prefix.matches(".*\\b(former|ex|outgoing)\\b(?:(?!\\band\\b)[^,.])*$")) {
			return "former";
		}
		return "current";
	}
}
