package org.accountabilitygraph.ingest;

import static org.accountabilitygraph.ingest.IngestFixture.facts;
import static org.accountabilitygraph.ingest.IngestFixture.labelled;
import static org.accountabilitygraph.ingest.IngestFixture.only;
import static org.accountabilitygraph.ingest.IngestFixture.propose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Events proposed from invented sentences: what is one, who took part, where, when, planned or not; what is not one. */
class IngestEventTests {

	/** Dates the invented articles to 2024 (a year told as past, and how long ago). */
	private static final String DATED = "The Riverside Hospital Trust was warned in 2021, three years ago, that its wards were unsafe.\n\n";

	@Test
	void aPlannedProtestHasItsOrganiserPlaceAndDay() {
		var p = propose("Campaigners are angry.\n\n" + DATED
				+ "Members of the Riverside Patients Group will protest outside the Riverside Hospital Trust on December 17.", IngestFixture.RIVERSIDE);
		var protest = only(p, "Event", "protest");
		assertThat(protest).containsEntry("status", "planned").containsEntry("date", "2024-12-17").containsEntry("datePrecision", "day")
			.containsEntry("dateText", "December 17").containsEntry("id", "protest-riverside-patients-group-2024");
		assertThat(facts(p, "protest-riverside-patients-group-2024")).containsExactlyInAnyOrder(
				"ORGANISED riverside-patients-group protest-riverside-patients-group-2024",
				"TOOK_PLACE_AT protest-riverside-patients-group-2024 riverside-trust");
	}

	@Test
	void protestsHeldLastMonthHappenedAfterWhatTheSentenceNames() {
		var p = propose("Campaigners are angry.\n\n" + DATED + "The Riverside Patients Group was set up in 2019.\n\n"
				+ "The group held two days of protests following the publication of the Care Standards Commission report last month.",
				IngestFixture.RIVERSIDE);
		var protest = only(p, "Event", "protest");
		var publication = only(p, "Event", "report-publication");
		assertThat(protest).containsEntry("status", "happened").containsEntry("datePrecision", "range").containsEntry("dateLatest", "2024-12-31");
		assertThat(String.valueOf(protest.get("ambiguity"))).contains("\"The group\" read as Riverside Patients Group");
		assertThat(publication).containsEntry("dateText", "last month").containsEntry("date", "2024");
		assertThat(facts(p, (String) protest.get("id"))).contains("FOLLOWED " + protest.get("id") + " " + publication.get("id"));
		assertThat(facts(p, (String) publication.get("id"))).contains("INVOLVED " + publication.get("id") + " care-standards-commission");
		// every uncertain choice is listed for review
		assertThat(p.review()).anyMatch(r -> r.get("id").equals(protest.get("id")));
	}

	@Test
	void theWordProtestIsNotAlwaysAnEvent() {
		var p = propose("""
				Campaigners are angry.

				'This is not a protest, it is a plea for help,' said campaigner Ann Lee.

				A doctor resigned in protest at the cuts, and others called it a protest vote against the board.

				The figures demonstrate how far the Riverside Hospital Trust has fallen.
				""", IngestFixture.RIVERSIDE);
		assertThat(labelled(p, "Event")).extracting(e -> e.get("kind")).doesNotContain("protest");
	}

	@Test
	void peopleWhoMetOrWillMeetButNotNeedsThatAreMet() {
		var p = propose("Hospital bosses are under pressure.\n\n" + DATED + """
				Chief executive Mark Stone met Millbrook MP Rosa Field last week.

				Mr Stone will meet families next month, and he has asked the minister to meet them too.

				The meeting was also attended by Peter Black.

				Targets were met, and the new unit will meet the needs of patients.
				""", IngestFixture.RIVERSIDE, IngestFixture.MILLBROOK);
		var meetings = labelled(p, "Event").stream().filter(e -> e.get("kind").equals("meeting")).toList();
		assertThat(meetings).extracting(e -> e.get("status")).containsExactly("happened", "planned");
		var met = (String) meetings.get(0).get("id");
		assertThat(facts(p, met)).containsExactlyInAnyOrder("ATTENDED mark-stone " + met, "ATTENDED rosa-field " + met, "ATTENDED peter-black " + met);
		// "next month" in an article of 2024 (its month unknown): February to December 2024, with a doubt
		assertThat(meetings.get(1)).containsEntry("dateText", "next month").containsEntry("date", "2024").containsEntry("dateEarliest", "2024-02-01");
	}

	@Test
	void aMeetingToldInReportedSpeechAndAgainInTheQuotationIsOne() {
		var p = propose("""
				A Millbrook MP has written to the minister.

				In a letter to Matthew Oakes, Millbrook MP Rosa Field said she had attended a meeting with families in 2024.

				Ms Field wrote: 'I attended a meeting on Friday, March 1 in Millbrook where families told me how they had been let down.'
				""", IngestFixture.MATTHEW, IngestFixture.MILLBROOK);
		var meeting = only(p, "Event", "meeting");
		assertThat(meeting).containsEntry("status", "happened").containsEntry("date", "2024-03-01");
		assertThat(String.valueOf(meeting.get("ambiguity"))).contains("read as the same meeting").contains("\"she\" read as Rosa Field");
		var id = (String) meeting.get("id");
		assertThat(facts(p, id)).contains("ATTENDED rosa-field " + id, "TOOK_PLACE_AT " + id + " millbrook");
		var letter = only(p, "Event", "letter");
		var letterId = (String) letter.get("id");
		// the reported statement was made in the letter, whose writer is the one reported saying it
		assertThat(facts(p, letterId)).contains("SENT_TO " + letterId + " matthew-oakes", "WROTE rosa-field " + letterId)
			.anyMatch(f -> f.startsWith("MADE_IN statement-"));
	}

	@Test
	void lettersWrittenToSomeoneAndTheirDateFromALaterMention() {
		var p = propose("Campaigners are angry.\n\n" + DATED + """
				Rosa Field wrote to the Riverside Hospital Trust in 2023.

				In a letter to Mark Stone, campaigner Ann Lee said the ward must stay open.

				In her letter, dated Monday, March 4, Ms Lee added: 'Families feel ignored.'

				A spokesman for the Riverside Patients Group said: 'We wrote to Millbrook MP Peter Black in 2022 and he never replied.'
				""", IngestFixture.RIVERSIDE, IngestFixture.MILLBROOK);
		var letters = labelled(p, "Event").stream().filter(e -> e.get("kind").equals("letter")).toList();
		assertThat(letters).hasSize(3);
		assertThat(letters.get(0)).containsEntry("date", "2023").containsEntry("status", "happened");
		assertThat(facts(p, (String) letters.get(0).get("id"))).containsExactlyInAnyOrder(
				"WROTE rosa-field " + letters.get(0).get("id"), "SENT_TO " + letters.get(0).get("id") + " riverside-trust");
		assertThat(letters.get(1)).containsEntry("date", "2024-03-04").containsEntry("dateText", "Monday, March 4");
		assertThat(facts(p, (String) letters.get(1).get("id"))).contains("SENT_TO " + letters.get(1).get("id") + " mark-stone",
				"WROTE ann-lee " + letters.get(1).get("id"));
		// "We" in a quotation is whom the speaker speaks for
		var ours = (String) letters.get(2).get("id");
		assertThat(facts(p, ours)).contains("WROTE riverside-patients-group " + ours, "SENT_TO " + ours + " peter-black");
		assertThat(String.valueOf(letters.get(2).get("ambiguity"))).contains("\"We\" read as Riverside Patients Group, the speaker");
	}

	@Test
	void aDeathIsSomeonesAndIsToldOnce() {
		var p = propose("Families are grieving.\n\n" + DATED + """
				Jane Doe, 54, died at Riverside General Hospital in 2022.

				She died after waiting nine hours for a bed.

				Hopes of a quick fix soon died down, and patients could die if nothing changes.
				""", IngestFixture.RIVERSIDE);
		var death = only(p, "Event", "death");
		assertThat(death).containsEntry("date", "2022").containsEntry("status", "happened").containsEntry("name", "Death of Jane Doe at Riverside General Hospital");
		assertThat(facts(p, (String) death.get("id"))).containsExactlyInAnyOrder("DIED_IN jane-doe " + death.get("id"),
				"TOOK_PLACE_AT " + death.get("id") + " riverside-general-hospital");
	}

	@Test
	void aResignationButNotACallToResign() {
		var p = propose("Hospital bosses are under pressure.\n\n" + DATED + """
				Dr Paul Grey resigned as medical director of the Riverside Hospital Trust in 2023.

				Campaigners have called for chief executive Mark Stone to resign, but he is resigned to staying.
				""", IngestFixture.RIVERSIDE);
		var resignation = only(p, "Event", "resignation");
		assertThat(resignation).containsEntry("date", "2023").containsEntry("name", "Resignation of Paul Grey from Riverside Hospital Trust");
		assertThat(facts(p, (String) resignation.get("id"))).containsExactlyInAnyOrder("INVOLVED " + resignation.get("id") + " paul-grey",
				"INVOLVED " + resignation.get("id") + " riverside-trust");
	}

	@Test
	void inquiriesLaunchedReportsPublishedAndBodiesFoundedButNotWhatIsOnlyCalledFor() {
		var p = propose("Campaigners are angry.\n\n" + DATED + """
				The Care Standards Commission has launched an investigation into the Riverside Hospital Trust.

				Rosa Field has called for an independent inquiry, and the trust must review its policies.

				The Care Standards Commission published its report on the trust last week.

				The Riverside Patients Group was set up in 2019, but the facts were established by the coroner.
				""", IngestFixture.RIVERSIDE);
		assertThat(labelled(p, "Event")).extracting(e -> e.get("kind")).containsExactly("investigation", "report-publication", "founding");
		var investigation = only(p, "Event", "investigation");
		assertThat(facts(p, (String) investigation.get("id"))).containsExactlyInAnyOrder(
				"INVOLVED " + investigation.get("id") + " care-standards-commission", "ABOUT " + investigation.get("id") + " riverside-trust");
		assertThat(only(p, "Event", "founding")).containsEntry("id", "founding-riverside-patients-group-2019");
		assertThat(only(p, "Event", "report-publication")).containsEntry("dateText", "last week").containsEntry("date", "2024");
	}

	@Test
	void aTweetIsWrittenAndWhatItSaysIsMadeInIt() {
		var p = propose("Campaigners are angry.\n\n" + DATED + """
				Millbrook MP Rosa Field met families at the Riverside Hospital Trust on Friday.

				Following the meeting, she posted on Twitter, writing: "Families deserve answers and they will get them."
				""", IngestFixture.RIVERSIDE, IngestFixture.MILLBROOK);
		var tweet = only(p, "Event", "tweet");
		var meeting = only(p, "Event", "meeting");
		var id = (String) tweet.get("id");
		assertThat(facts(p, id)).contains("WROTE rosa-field " + id, "FOLLOWED " + id + " " + meeting.get("id"))
			.anyMatch(f -> f.startsWith("MADE_IN statement-"));
		assertThat(facts(p, (String) meeting.get("id"))).contains("TOOK_PLACE_AT " + meeting.get("id") + " riverside-trust");
	}

	@Test
	void eachEventHasItsEvidenceAndADateWithPrecision() {
		var p = propose("Campaigners are angry.\n\n" + DATED + "Campaigners from the Riverside Patients Group held a vigil outside the Riverside Hospital Trust.",
				IngestFixture.RIVERSIDE);
		Map<String, Object> vigil = only(p, "Event", "protest");
		assertThat(vigil).containsKeys("id", "mentioned", "name", "status", "datePrecision", "dateReasoning");
		assertThat(vigil).containsEntry("datePrecision", "range").containsEntry("dateLatest", "2024-12-31");
		assertThat(String.valueOf(vigil.get("ambiguity"))).contains("the text gives no date for it");
	}

	@Test
	void aDateInAClauseOfItsOwnDoesNotDateTheEventAfterIt() {
		var p = propose("Campaigners are angry.\n\n" + DATED + """
				The Riverside Hospital Trust, which was criticised by the coroner last year, said it had launched a review of its crisis services.

				Last year the Riverside Patients Group held a protest outside the Riverside Hospital Trust.
				""", IngestFixture.RIVERSIDE);
		var review = only(p, "Event", "review");
		assertThat(review).doesNotContainKey("dateText").containsEntry("name", "Review by Riverside Hospital Trust");
		assertThat(only(p, "Event", "protest")).containsEntry("dateText", "Last year").containsEntry("date", "2023");
	}
}
