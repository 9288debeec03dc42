package org.accountabilitygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** First-person promises in what was said are proposed as the statement's commitments, each under review. */
class IngestCommitmentTests {

	@Test
	void thePromisingSentencesOfAStatementAreItsCommitments() {
		assertThat(Commitments.in("Demand is high. We will open two new wards by the spring. That is the plan."))
			.containsExactly("We will open two new wards by the spring.");
		assertThat(Commitments.in("The board is committed to keeping these conversations going. I'll be there."))
			.containsExactly("The board is committed to keeping these conversations going.", "I'll be there.");
		assertThat(Commitments.in("You will be - that’s a promise. We can only get better together."))
			.containsExactly("You will be - that’s a promise.");
		assertThat(Commitments.in("has pledged to work more closely with the trust")).hasSize(1);
		// a hope, a wish, someone else's future, a past
		assertThat(Commitments.in("I hope he will agree to meet. We want to work with them. The trust will remain in "
				+ "special measures. We have been working hard.")).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aProposedCommitmentIsADoubtForTheCurator() {
		var text = """
				The Riverside Hospital Trust has answered its critics.

				Trust chairman Ann Lee said: 'Demand has never been higher. We will open two new wards by the spring.'
				""";
		var proposal = new Ingester(IngestFixture.known(IngestFixture.RIVERSIDE), new BreakIteratorSentences(),
				LocalDate.of(2026, 11, 30)).ingest("commitments.txt", 200, text.getBytes(StandardCharsets.UTF_8));
		var entities = (List<Map<String, Object>>) proposal.factFile().get("entities");
		var statement = entities.stream().filter(e -> "quote".equals(e.get("kind"))).findFirst().orElseThrow();
		assertThat(statement.get("commitments")).isEqualTo(List.of("We will open two new wards by the spring."));
		assertThat((String) statement.get("ambiguity")).contains("marked as a commitment");
		var review = (List<Map<String, Object>>) proposal.factFile().get("review");
		assertThat(review).anySatisfy(r -> assertThat(r).containsEntry("id", statement.get("id"))
			.satisfies(d -> assertThat((String) d.get("doubt")).contains("marked as a commitment")));
		assertThat(proposal.yaml()).contains("commitments: [\"We will open two new wards by the spring.\"]");
	}
}
