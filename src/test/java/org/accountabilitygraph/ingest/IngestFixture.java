package org.accountabilitygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Invented articles read by the rules, with a small invented graph: no model, no database. */
final class IngestFixture {

	/** Who said what, by the names the rules gave the speakers. */
	record Said(String kind, String text, List<String> speakers, String onBehalfOf, List<String> doubts) {
	}

	static final KnownEntity RIVERSIDE = new KnownEntity("riverside-trust", List.of("Organisation", "Trust"),
			"Riverside Hospital Trust", List.of("RHT"), false);
	static final KnownEntity HELEN = new KnownEntity("helen-ashworth", List.of("Person"), "Helen Ashworth", List.of("Mrs Ashworth"), false);
	static final KnownEntity TOM = new KnownEntity("tom-walker", List.of("Person"), "Tom Walker", List.of("Mr Walker"), false);
	static final KnownEntity SARA = new KnownEntity("sara-walker", List.of("Person"), "Sara Walker", List.of(), false);
	static final KnownEntity MATTHEW = new KnownEntity("matthew-oakes", List.of("Person", "MP"), "Matthew Oakes", List.of(), false);
	static final KnownEntity MILLBROOK = new KnownEntity("millbrook", List.of("Place"), "Millbrook", List.of(), false);

	private IngestFixture() {
	}

	static KnownEntities known(KnownEntity... entities) {
		return new KnownEntities(Arrays.asList(entities), new HashSet<>(Arrays.stream(entities).map(KnownEntity::id).toList()));
	}

	static Ingester.Analysis analyse(String text, KnownEntity... entities) {
		return new Ingester(known(entities), new BreakIteratorSentences(), LocalDate.of(2026, 11, 30)).analyse(text);
	}

	static List<Said> said(String text, KnownEntity... entities) {
		var analysis = analyse(text, entities);
		return analysis.statements().stream().map(s -> new Said(s.kind.name().toLowerCase(), s.text(text),
				s.speakers.stream().map(e -> e.name).toList(), s.onBehalfOf == null ? null : s.onBehalfOf.name, s.doubts)).toList();
	}

	static ArticleEntity entity(Ingester.Analysis analysis, String name) {
		return analysis.table().entities.stream().filter(e -> e.name.equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError(name + " not among " + analysis.table().entities));
	}

	/** The proposed fact file of an invented article, its evidence checked verbatim. */
	@SuppressWarnings("unchecked")
	static Proposal propose(String text, KnownEntity... entities) {
		var proposal = new Ingester(known(entities), new BreakIteratorSentences(), LocalDate.of(2026, 11, 30))
			.ingest("invented.txt", 200, text.getBytes(StandardCharsets.UTF_8));
		var flat = text.replaceAll("\\s+", " ");
		for (var f : (List<Map<String, Object>>) proposal.factFile().get("facts")) {
			assertThat(flat).contains(String.valueOf(f.get("evidence")).replaceAll("\\s+", " "));
		}
		for (var e : (List<Map<String, Object>>) proposal.factFile().get("entities")) {
			assertThat(flat).contains(String.valueOf(e.get("mentioned")).replaceAll("\\s+", " "));
		}
		return proposal;
	}

	/** The proposal's entities with this label ({@code Event}, {@code Decision}). */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> labelled(Proposal proposal, String label) {
		return ((List<Map<String, Object>>) proposal.factFile().get("entities")).stream()
			.filter(e -> e.get("labels") instanceof List<?> l && l.contains(label)).toList();
	}

	/** The facts from or to {@code id}, each as "TYPE from to". */
	@SuppressWarnings("unchecked")
	static List<String> facts(Proposal proposal, String id) {
		return ((List<Map<String, Object>>) proposal.factFile().get("facts")).stream()
			.filter(f -> id.equals(f.get("from")) || id.equals(f.get("to")))
			.map(f -> f.get("type") + " " + f.get("from") + " " + f.get("to")).toList();
	}

	/** The one proposed entity of this label and kind. */
	static Map<String, Object> only(Proposal proposal, String label, String kind) {
		var found = labelled(proposal, label).stream().filter(e -> Objects.equals(e.get("kind"), kind)).toList();
		assertThat(found).as(label + " " + kind + " in " + labelled(proposal, label)).hasSize(1);
		return found.get(0);
	}
}
