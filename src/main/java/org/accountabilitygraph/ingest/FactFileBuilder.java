package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.accountabilitygraph.facts.Registry;

/**
 * Writes what the rules found as a fact file (see {@code cypher/MODEL.md}): the article with its inferred
 * date, every entity with the sentence that first mentions it (only its mention when the graph knows it), the
 * statements, and the facts between them, each with verbatim evidence; uncertain choices carry an
 * {@code ambiguity} and are listed in the {@code review} section at the top.
 */
final class FactFileBuilder {

	private static final Set<String> KIND_LABELS = Set.of("Trust", "Regulator", "Campaign", "GovernmentBody", "MediaOutlet",
			"PoliticalParty", "HealthBody", "PublicService", "Charity");
	private static final Set<String> CALL_VERBS = Set.of("called", "urged", "appealed", "demanded", "asked");
	private static final Set<String> CRITICISE_VERBS = Set.of("criticised", "criticized", "condemned", "attacked", "slammed",
			"blasted", "accused", "branded", "blamed");

	private final String text;
	private final String shortId;
	private final String sourceFile;
	private final KnownEntities known;
	private final Ingester.Analysis analysis;
	private final List<Map<String, Object>> review = new ArrayList<>();
	private final List<Map<String, Object>> entities = new ArrayList<>();
	private final List<Map<String, Object>> facts = new ArrayList<>();
	private final List<Registry.Entry> additions = new ArrayList<>();
	private final Map<ArticleEntity, String> ids = new LinkedHashMap<>();
	private final Set<String> usedIds = new HashSet<>();

	FactFileBuilder(String text, String shortId, String sourceFile, KnownEntities known, Ingester.Analysis analysis) {
		this.text = text;
		this.shortId = shortId;
		this.sourceFile = sourceFile;
		this.known = known;
		this.analysis = analysis;
	}

	Proposal build(String fileName) {
		var article = article();
		for (var e : analysis.table().entities) {
			if (!e.mentions.isEmpty() || e.anonymous || e.group) {
				entity(e);
			}
		}
		int n = 0;
		for (var s : analysis.statements()) {
			statement(s, String.format(Locale.ROOT, "statement-%s-%02d", shortId, ++n));
		}
		roles();
		ratings();
		var file = new LinkedHashMap<String, Object>();
		file.put("review", review);
		file.put("article", article);
		file.put("entities", entities);
		file.put("facts", facts);
		var yaml = new YamlWriter()
			.comment("Proposed by tools/ingest from " + sourceFile + ": every choice below is the rules' reading of the text.")
			.comment("Review first the choices listed under review: (each names the entity or statement and why it is uncertain),")
			.comment("correct what is wrong, then accept; accepting drops the review: section and writes the file to data/facts/.");
		if (!additions.isEmpty()) {
			yaml.comment("Accepting also adds to registry.yaml (shared with another article): "
					+ String.join(", ", additions.stream().map(Registry.Entry::id).toList()));
		}
		yaml.list("review", review).mapping("article", article).list("entities", entities).list("facts", facts);
		return new Proposal(fileName, sourceFile, yaml.toString(), file, List.copyOf(additions));
	}

	private Map<String, Object> article() {
		var date = analysis.date();
		var a = new LinkedHashMap<String, Object>();
		a.put("id", "article-" + shortId);
		a.put("title", analysis.layout().title());
		a.put("titleInferred", true);
		a.put("sourceFile", sourceFile);
		a.put("date", date.date());
		a.put("datePrecision", date.precision());
		a.put("dateEarliest", date.earliest());
		a.put("dateLatest", date.latest());
		a.put("dateText", date.dateText());
		a.put("dateReasoning", date.reasoning());
		for (var doubt : date.doubts()) {
			doubt("article-" + shortId, "date: " + doubt, null, List.of());
		}
		return a;
	}

	private String id(ArticleEntity e) {
		return ids.get(e);
	}

	private void entity(ArticleEntity e) {
		var m = new LinkedHashMap<String, Object>();
		String id;
		var mentioned = e.mentions.isEmpty() ? e.first.of(text) : e.mentions.get(0).sentence().of(text);
		if (e.known) {
			id = e.id;
			if (usedIds.contains(id)) {
				return;
			}
			m.put("id", id);
			m.put("mentioned", mentioned);
			var k = known.get(id);
			var aliases = new ArrayList<String>();
			if (!e.name.equals(k.name())) {
				aliases.add(e.name);
			}
			e.aliases.stream().filter(a -> !a.equals(k.name()) && !aliases.contains(a)).forEach(aliases::add);
			if (!aliases.isEmpty()) {
				m.put("aliases", aliases);
			}
			if (!isRegistered(id)) {
				additions.add(new Registry.Entry(id, k.labels(), Map.of("name", k.name()), 0));
			}
		}
		else {
			id = unique(e.anonymous ? Resolver.slug(e.name) + "-" + shortId : e.group ? Resolver.slug(e.name) + "-" + shortId : Resolver.slug(e.name));
			m.put("id", id);
			m.put("labels", labels(e));
			m.put("mentioned", mentioned);
			m.put("name", e.name);
			if (!e.aliases.isEmpty()) {
				m.put("aliases", List.copyOf(e.aliases));
			}
			if (e.anonymous) {
				m.put("anonymous", true);
			}
			m.put("description", e.description);
		}
		usedIds.add(id);
		ids.put(e, id);
		var doubts = new ArrayList<>(e.doubts);
		boolean resolution = e.known && e.confidence < Resolver.CERTAIN || !e.known && !e.alternatives.isEmpty();
		if (resolution) {
			doubts.add((e.known ? "resolved to " + id : "proposed as new") + " (" + e.resolutionNote + ", confidence " + Resolver.round(e.confidence) + ")");
		}
		if (!doubts.isEmpty()) {
			m.put("ambiguity", String.join("; ", doubts));
			doubt(id, String.join("; ", doubts), resolution ? e.confidence : null, e.alternatives);
		}
		entities.add(m);
	}

	private boolean isRegistered(String id) {
		return known.registered(id);
	}

	private List<String> labels(ArticleEntity e) {
		if (e.group) {
			return List.of("Group");
		}
		return switch (e.type) {
			case PERSON -> e.role != null && e.role.matches(".*\\bMP\\b.*") ? List.of("Person", "MP") : List.of("Person");
			case PLACE -> List.of("Place");
			default -> e.kind != null && KIND_LABELS.contains(e.kind) ? List.of("Organisation", e.kind)
					: "Group".equals(e.kind) ? List.of("Group") : List.of("Organisation");
		};
	}

	private String unique(String id) {
		var candidate = id;
		for (int i = 2; usedIds.contains(candidate) || known.get(candidate) != null; i++) {
			candidate = id + "-" + i;
		}
		return candidate;
	}

	private void statement(ProposedStatement s, String id) {
		var m = new LinkedHashMap<String, Object>();
		int from = Math.min(s.cue.start(), s.span().start());
		int to = s.kind == ProposedStatement.Kind.QUOTE ? Math.max(s.parts.get(0).end(), Math.min(s.cue.end(), s.span().end())) : s.span().end();
		var mentioned = text.substring(from, to).strip();
		m.put("id", id);
		m.put("labels", List.of("Statement"));
		m.put("mentioned", mentioned);
		m.put("kind", s.kind == ProposedStatement.Kind.QUOTE ? "quote" : "reported");
		m.put("text", s.text(text));
		m.put("medium", s.medium);
		var date = analysis.date();
		if (date.date() != null) {
			m.put("date", date.date());
			m.put("datePrecision", date.precision());
			m.put("dateReasoning", "Given for this article (see its dateReasoning); the text does not date the statement.");
		}
		if (!s.doubts.isEmpty()) {
			m.put("ambiguity", String.join("; ", s.doubts));
			doubt(id, String.join("; ", s.doubts), null, List.of());
		}
		entities.add(m);
		var cue = s.cue.of(text).strip();
		for (var speaker : s.speakers) {
			var speakerId = id(speaker);
			if (speakerId != null) {
				fact("SAID", speakerId, id, cue, null);
				if (speaker.speaksFor != null && id(speaker.speaksFor) != null && speaker.anonymous) {
					fact("MEMBER_OF", speakerId, id(speaker.speaksFor), cue, Map.of("role", "spokesperson"));
				}
			}
		}
		if (s.onBehalfOf != null && id(s.onBehalfOf) != null) {
			fact("ON_BEHALF_OF", id, id(s.onBehalfOf), cue, null);
		}
		for (var about : analysis.table().within(s.span())) {
			if (!s.speakers.contains(about) && id(about) != null && about != s.onBehalfOf) {
				fact("ABOUT", id, id(about), sentenceOf(about, s.span()), null);
			}
		}
		callForAction(s, id);
		criticism(s, id);
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
		var target = analysis.table().within(s.span()).stream().filter(e -> !s.speakers.contains(e) && id(e) != null
				&& e.type != Mention.Type.PLACE).findFirst();
		if (target.isEmpty()) {
			return;
		}
		for (var speaker : s.speakers) {
			if (id(speaker) != null) {
				var props = new LinkedHashMap<String, Object>();
				props.put("statement", statementId);
				props.put("summary", words);
				fact("CRITICISED", id(speaker), id(target.get()), s.span().of(text), props);
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
		var id = unique("call-" + Resolver.slug(s.speakers.get(0).name) + "-" + shortId + "-" + statementId.substring(statementId.lastIndexOf('-') + 1));
		usedIds.add(id);
		var m = new LinkedHashMap<String, Object>();
		m.put("id", id);
		m.put("labels", List.of("CallForAction"));
		m.put("mentioned", s.span().of(text));
		m.put("action", words);
		entities.add(m);
		for (var speaker : s.speakers) {
			if (id(speaker) != null) {
				fact("CALLED_FOR", id(speaker), id, s.span().of(text), Map.of("statement", statementId));
			}
		}
	}

	/** Roles written with names: LEADS, REPRESENTS, MEMBER_OF (party), PART_OF (groups). */
	private void roles() {
		for (var e : analysis.table().entities) {
			var id = id(e);
			if (id == null) {
				continue;
			}
			var evidence = e.mentions.stream().filter(mm -> mm.role() != null).findFirst().map(mm -> mm.sentence().of(text)).orElse(null);
			if (e.person() && e.role != null && evidence != null) {
				var role = Lexicon.lower(e.role);
				var leadership = Lexicon.LEADERSHIP.entrySet().stream().filter(r -> role.endsWith(r.getKey()))
					.max((a, b) -> a.getKey().length() - b.getKey().length());
				if (leadership.isPresent() && e.leads != null && id(e.leads) != null) {
					var props = new LinkedHashMap<String, Object>();
					props.put("role", leadership.get().getValue());
					props.put("roleAsWritten", e.role);
					props.put("status", status(evidence, e));
					fact("LEADS", id, id(e.leads), evidence, props);
				}
				if (role.matches(".*\\bmp\\b.*") && e.qualifier != null) {
					var seat = analysis.table().entities.stream().filter(o -> o.name.equalsIgnoreCase(e.qualifier) || o.aliases.contains(e.qualifier))
						.findFirst().orElse(null);
					if (seat != null && id(seat) != null) {
						fact("PoliticalParty".equals(seat.kind) ? "MEMBER_OF" : "REPRESENTS", id, id(seat), evidence, null);
					}
				}
			}
			if (e.group && e.speaksFor != null && id(e.speaksFor) != null) {
				fact("PART_OF", id, id(e.speaksFor), e.first.of(text), null);
			}
		}
	}

	/** Each rating the article tells: an :Inspection that INSPECTED and RATED the body, CONDUCTED by its rater. */
	private void ratings() {
		int n = 0;
		for (var r : Ratings.find(text, analysis.sentences(), analysis.table())) {
			var rated = id(r.rated());
			if (rated == null) {
				continue;
			}
			var id = unique("inspection-" + rated + "-" + (r.year() != null ? r.year() : shortId) + (++n > 1 ? "-" + n : ""));
			usedIds.add(id);
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
			entities.add(m);
			doubt(id, doubt, null, List.of());
			fact("INSPECTED", id, rated, evidence, null);
			var props = new LinkedHashMap<String, Object>();
			props.put("domain", "overall");
			props.put("rating", r.rating());
			props.put("note", r.note());
			props.put("ambiguity", "read as the overall rating");
			fact("RATED", id, rated, evidence, props);
			if (r.by() != null && id(r.by()) != null) {
				fact("CONDUCTED", id(r.by()), id, evidence, null);
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

	private String sentenceOf(ArticleEntity e, Span within) {
		for (var m : e.mentions) {
			if (within.contains(m.span().start())) {
				return m.sentence().of(text);
			}
		}
		return within.of(text);
	}

	private Map<String, Object> fact(String type, String from, String to, String evidence, Map<String, Object> more) {
		var f = new LinkedHashMap<String, Object>();
		f.put("type", type);
		f.put("from", from);
		f.put("to", to);
		if (more != null) {
			f.putAll(more);
		}
		f.put("evidence", evidence.strip());
		boolean duplicate = facts.stream().anyMatch(x -> x.get("type").equals(type) && x.get("from").equals(from) && x.get("to").equals(to));
		if (!duplicate && !from.equals(to)) {
			facts.add(f);
		}
		return f;
	}

	private void doubt(String id, String doubt, Double confidence, List<String> alternatives) {
		var d = new LinkedHashMap<String, Object>();
		d.put("id", id);
		d.put("doubt", doubt);
		if (confidence != null) {
			d.put("confidence", Math.round(confidence * 100) / 100.0);
		}
		if (!alternatives.isEmpty()) {
			d.put("alternatives", List.copyOf(alternatives));
		}
		review.add(d);
	}
}
