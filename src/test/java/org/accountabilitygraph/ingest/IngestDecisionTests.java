package org.accountabilitygraph.ingest;

import static org.accountabilitygraph.ingest.IngestFixture.facts;
import static org.accountabilitygraph.ingest.IngestFixture.labelled;
import static org.accountabilitygraph.ingest.IngestFixture.only;
import static org.accountabilitygraph.ingest.IngestFixture.propose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Decisions proposed from invented sentences: special measures told actively or passively, who decided, and what is not one. */
class IngestDecisionTests {

	private static final String DATED = "The Riverside Hospital Trust was warned in 2021, three years ago, that its wards were unsafe.\n\n";

	@Test
	void placedRemovedAndPlacedBackToldInThePassive() {
		var p = propose("Families are worried.\n\n" + DATED + """
				The Riverside Hospital Trust was placed into special measures in 2019.

				It was taken out of special measures in 2021, then placed back in 2023.
				""", IngestFixture.RIVERSIDE);
		assertThat(labelled(p, "Decision")).extracting(d -> d.get("id"), d -> d.get("kind"), d -> d.get("outcome"), d -> d.get("date"))
			.containsExactly(tuple("special-measures-riverside-trust-2019", "special-measures", "placed", "2019"),
					tuple("special-measures-riverside-trust-2021", "special-measures", "removed", "2021"),
					tuple("special-measures-riverside-trust-2023", "special-measures", "placed-back", "2023"));
		assertThat(facts(p, "special-measures-riverside-trust-2023")).containsExactly("CONCERNS special-measures-riverside-trust-2023 riverside-trust");
		// the subject was a pronoun: a choice to review
		assertThat(p.review()).anyMatch(r -> r.get("id").equals("special-measures-riverside-trust-2021")
				&& String.valueOf(r.get("doubt")).contains("\"It\" read as Riverside Hospital Trust"));
	}

	@Test
	void decidedByTheRegulatorAndFollowingTheInspectionOfItsSentence() {
		var p = propose("Families are worried.\n\n" + DATED + """
				The Riverside Hospital Trust was rated 'inadequate' overall and placed into special measures following an inspection in 2022.

				The Millbrook Hospital Trust was placed in special measures by the Care Standards Commission in 2020.
				""", IngestFixture.RIVERSIDE);
		var riverside = "special-measures-riverside-trust-2022";
		assertThat(facts(p, riverside)).containsExactlyInAnyOrder("CONCERNS " + riverside + " riverside-trust",
				"FOLLOWED " + riverside + " inspection-riverside-trust-2022");
		assertThat(String.valueOf(labelled(p, "Decision").get(0).get("ambiguity"))).contains("dated by the inspection it followed");
		assertThat(facts(p, "special-measures-millbrook-hospital-trust-2020")).contains(
				"DECIDED care-standards-commission special-measures-millbrook-hospital-trust-2020");
	}

	@Test
	void theActiveVoiceAndARecommendationToRemain() {
		var p = propose("Families are worried.\n\n" + DATED + """
				The Care Standards Commission put the trust in special measures in 2022.

				This year the Care Standards Commission recommended the trust remains in special measures.
				""", IngestFixture.RIVERSIDE);
		assertThat(facts(p, "special-measures-riverside-trust-2022")).containsExactlyInAnyOrder(
				"CONCERNS special-measures-riverside-trust-2022 riverside-trust", "DECIDED care-standards-commission special-measures-riverside-trust-2022");
		var remains = labelled(p, "Decision").get(1);
		assertThat(remains).containsEntry("outcome", "remains").containsEntry("date", "2024");
		assertThat(facts(p, (String) remains.get("id"))).contains("RECOMMENDED care-standards-commission " + remains.get("id"),
				"CONCERNS " + remains.get("id") + " riverside-trust");
	}

	@Test
	void forTheThirdTimeIsPlacedBackWithADoubt() {
		var p = propose("Families are worried.\n\nEastfield Health Trust has been put in special measures for the third time.");
		var decision = only(p, "Decision", "special-measures");
		assertThat(decision).containsEntry("outcome", "placed-back");
		assertThat(String.valueOf(decision.get("ambiguity"))).contains("\"for the third time\" read as placed back");
	}

	@Test
	void whatIsAskedForFearedOrLooselySaidIsNoDecision() {
		var p = propose("""
				Families are worried.

				Campaigners have called for the Riverside Hospital Trust to be placed into special measures.

				The trust could be placed in special administration, and it risks being put in special measures.

				'It was the best decision of my life,' she said of her move to a new job.

				Chief executive Mark Stone decided to retire.
				""", IngestFixture.RIVERSIDE);
		assertThat(labelled(p, "Decision")).isEmpty();
	}

	@Test
	void aBodysVoteOrApprovalIsADecision() {
		var p = propose("Families are worried.\n\n" + DATED + "The Millbrook Council voted to close the day centre in 2023.", IngestFixture.MILLBROOK);
		var vote = only(p, "Decision", "vote");
		assertThat(vote).containsEntry("description", "voted to close the day centre in 2023").containsEntry("date", "2023");
		assertThat(facts(p, (String) vote.get("id"))).containsExactly("DECIDED millbrook-council " + vote.get("id"));
	}
}
