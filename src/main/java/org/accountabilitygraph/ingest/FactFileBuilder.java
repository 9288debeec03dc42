package org.accountabilitygraph.ingest;

import java.util.ArrayList;
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

	private final String text;
	private final String shortId;
	private final String sourceFile;
	private final KnownEntities known;
	private final Ingester.Analysis analysis;
	private final ProposalParts parts;
	private final RelationFacts relations;
	private final List<Map<String, Object>> review;
	private final List<Map<String, Object>> entities;
	private final List<Map<String, Object>> facts;
	private final List<Registry.Entry> additions;
	private final Map<ArticleEntity, String> ids;
	private final Set<String> usedIds;

	FactFileBuilder(String text, String shortId, String sourceFile, KnownEntities known, Ingester.Analysis analysis) {
		this.text = text;
		this.shortId = shortId;
		this.sourceFile = sourceFile;
		this.known = known;
		this.analysis = analysis;
		this.parts = new ProposalParts(text, shortId, known);
		this.relations = new RelationFacts(parts, analysis);
		this.review = parts.review;
		this.entities = parts.entities;
		this.facts = parts.facts;
		this.additions = parts.additions;
		this.ids = parts.ids;
		this.usedIds = parts.usedIds;
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
		relations.all();
		new EventFacts(parts).write(analysis.happenings(), analysis.statements());
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
			parts.doubt("article-" + shortId, "date: " + doubt, null, List.of());
		}
		return a;
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
			id = parts.unique(e.anonymous ? Resolver.slug(e.name) + "-" + shortId : e.group ? Resolver.slug(e.name) + "-" + shortId : Resolver.slug(e.name));
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
			parts.doubt(id, String.join("; ", doubts), resolution ? e.confidence : null, e.alternatives);
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

	private void statement(ProposedStatement s, String id) {
		parts.statementIds.put(s, id);
		var m = new LinkedHashMap<String, Object>();
		int from = Math.min(s.cue.start(), s.span().start());
		int to = s.kind == ProposedStatement.Kind.QUOTE ? Math.max(s.parts.get(0).end(), Math.min(s.cue.end(), s.span().end())) : s.span().end();
		var mentioned = text.substring(from, to).strip();
		m.put("id", id);
		m.put("labels", List.of("Statement"));
		m.put("mentioned", mentioned);
		m.put("kind", s.kind == ProposedStatement.Kind.QUOTE ? "quote" : "reported");
		m.put("text", s.text(text));
		var commitments = Commitments.in(s.text(text));
		if (!commitments.isEmpty()) {
			m.put("commitments", commitments);
		}
		m.put("medium", s.medium);
		var date = analysis.date();
		if (date.date() != null) {
			m.put("date", date.date());
			m.put("datePrecision", date.precision());
			m.put("dateReasoning", "Given for this article (see its dateReasoning); the text does not date the statement.");
		}
		var doubts = new ArrayList<>(s.doubts);
		if (!commitments.isEmpty()) {
			doubts.add(Commitments.doubt(commitments));
		}
		if (!doubts.isEmpty()) {
			m.put("ambiguity", String.join("; ", doubts));
			parts.doubt(id, String.join("; ", doubts), null, List.of());
		}
		entities.add(m);
		var cue = s.cue.of(text).strip();
		for (var speaker : s.speakers) {
			var speakerId = parts.id(speaker);
			if (speakerId != null) {
				parts.fact("SAID", speakerId, id, cue, null);
				if (speaker.speaksFor != null && parts.id(speaker.speaksFor) != null && speaker.anonymous) {
					parts.fact("MEMBER_OF", speakerId, parts.id(speaker.speaksFor), cue, Map.of("role", "spokesperson"));
				}
			}
		}
		if (s.onBehalfOf != null && parts.id(s.onBehalfOf) != null) {
			parts.fact("ON_BEHALF_OF", id, parts.id(s.onBehalfOf), cue, null);
		}
		for (var about : analysis.table().within(s.span())) {
			if (!s.speakers.contains(about) && parts.id(about) != null && about != s.onBehalfOf) {
				parts.fact("ABOUT", id, parts.id(about), sentenceOf(about, s.span()), null);
			}
		}
		relations.of(s, id);
	}

	private String sentenceOf(ArticleEntity e, Span within) {
		for (var m : e.mentions) {
			if (within.contains(m.span().start())) {
				return m.sentence().of(text);
			}
		}
		return within.of(text);
	}

}
