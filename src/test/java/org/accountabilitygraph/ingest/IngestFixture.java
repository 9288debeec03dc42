package org.accountabilitygraph.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

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
}
