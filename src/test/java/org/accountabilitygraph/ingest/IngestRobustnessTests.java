package org.accountabilitygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Whatever text comes in, ingesting ends with a proposal or a clear error, never another exception. */
class IngestRobustnessTests {

	private static final String ARTICLE = """
			A Millbrook MP has asked the minister to 'act now' on waiting times.

			Millbrook MP Rosa Field said: "Families are waiting months. That is not acceptable.

			"I have written to the Riverside Hospital Trust (RHT)."

			She added: 'We will keep asking.'

			A spokesperson for the trust said it was recruiting, and the trust's chief executive, Mark Stone, told the board on Monday, May 4 that 40 nurses had joined since 2019.

			The trust was placed into special measures in 2019, taken out of them in 2021, then placed back last year.

			Campaigners will protest outside the Riverside Hospital Trust on June 1, and Ms Field met families last week; in a letter to Mark Stone she said a patient had died.
			""";

	@Test
	void quoteMarksAroundNothingQuoteNothing() {
		var text = "The word \"\" was left blank, and so was ' ' in the form.";
		assertThat(IngestFixture.said(text)).isEmpty();
	}

	@Test
	void mangledArticlesGiveAProposalOrAClearError() {
		var ingester = new Ingester(IngestFixture.known(IngestFixture.RIVERSIDE, IngestFixture.MILLBROOK), new BreakIteratorSentences(),
				LocalDate.of(2026, 11, 30));
		var random = new Random(7);
		var marks = "\"'‘’“”\n:,. ";
		for (int round = 0; round < 300; round++) {
			var text = new StringBuilder(ARTICLE);
			for (int k = random.nextInt(12); k > 0 && text.length() > 1; k--) {
				int at = random.nextInt(text.length());
				switch (random.nextInt(4)) {
					case 0 -> text.insert(at, marks.charAt(random.nextInt(marks.length())));
					case 1 -> text.deleteCharAt(at);
					case 2 -> text.setLength(Math.max(1, at));
					default -> text.insert(at, " said: ");
				}
			}
			try {
				var proposal = ingester.ingest("robust.txt", 200, text.toString().getBytes(StandardCharsets.UTF_8));
				assertThat(proposal.yaml()).contains("article:");
			}
			catch (InvalidArticleException expected) {
				assertThat(expected.getMessage()).isNotBlank();
			}
		}
	}
}
