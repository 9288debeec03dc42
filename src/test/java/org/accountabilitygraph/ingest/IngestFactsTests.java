package org.accountabilitygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The facts a proposal states besides who said what: roles, seats, parties, calls and criticism, with evidence. */
class IngestFactsTests {

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> facts(String text, KnownEntity... known) {
		var proposal = new Ingester(IngestFixture.known(known), new BreakIteratorSentences(), LocalDate.of(2026, 11, 30))
			.ingest("facts.txt", 200, text.getBytes(StandardCharsets.UTF_8));
		var facts = (List<Map<String, Object>>) proposal.factFile().get("facts");
		for (var f : facts) {
			assertThat(text.replaceAll("\\s+", " ")).contains(String.valueOf(f.get("evidence")).replaceAll("\\s+", " "));
		}
		return facts;
	}

	@Test
	void rolesSeatsAndParties() {
		var facts = facts("""
				Hospital bosses met two MPs on Friday to talk about the waiting lists that have grown in the town.

				New RHT chief executive Mark Stone and chairman Ann Lee met Labour MP Peter Black and Millbrook MP Rosa Field.

				It was the first time that they had all been in the same room since the trust was set up.
				""", IngestFixture.RIVERSIDE, IngestFixture.MILLBROOK);
		assertThat(facts).extracting(f -> f.get("type"), f -> f.get("from"), f -> f.get("to"), f -> f.get("role"), f -> f.get("status"))
			.contains(tuple("LEADS", "mark-stone", "riverside-trust", "chief executive", "new"),
					tuple("LEADS", "ann-lee", "riverside-trust", "chair", "current"),
					tuple("MEMBER_OF", "peter-black", "labour-party", null, null),
					tuple("REPRESENTS", "rosa-field", "millbrook", null, null));
	}

	@Test
	void aCallForActionAndACriticism() {
		var facts = facts("""
				Campaigners want answers.

				Millbrook MP Rosa Field has called for an independent inquiry into the deaths.

				Campaigner Ann Lee has criticised the Riverside Hospital Trust for its silence.
				""", IngestFixture.RIVERSIDE, IngestFixture.MILLBROOK);
		assertThat(facts).filteredOn(f -> f.get("type").equals("CALLED_FOR")).singleElement()
			.satisfies(f -> assertThat(f.get("from")).isEqualTo("rosa-field"));
		assertThat(facts).filteredOn(f -> f.get("type").equals("CRITICISED")).singleElement()
			.satisfies(f -> assertThat(f).containsEntry("from", "ann-lee").containsEntry("to", "riverside-trust"));
	}

	@Test
	void aRatingToldInThePassiveIsAnInspectionOfTheRatedBody() {
		var facts = facts("""
				The hospital has been told to improve its care for older patients and its waiting times.

				The Riverside Hospital Trust was rated 'inadequate' for the second time by the Care Standards Commission in 2024.
				""", IngestFixture.RIVERSIDE);
		assertThat(facts).extracting(f -> f.get("type"), f -> f.get("from"), f -> f.get("to"), f -> f.get("rating"), f -> f.get("note"))
			.contains(tuple("INSPECTED", "inspection-riverside-trust-2024", "riverside-trust", null, null),
					tuple("RATED", "inspection-riverside-trust-2024", "riverside-trust", "inadequate", "for the second time"),
					tuple("CONDUCTED", "care-standards-commission", "inspection-riverside-trust-2024", null, null));
	}
}
