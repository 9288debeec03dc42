package org.accountabilitygraph.ingest;

import static org.accountabilitygraph.ingest.IngestFixture.said;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IngestSpeakerTests {

	@Test
	void heAddedIsTheLastManWhoSpoke() {
		var text = "A ward will close.\n\nRiverside chief executive Mark Stone said: 'The ward has too few nurses to stay open.'\n\n"
				+ "He added: 'Patients will be moved to the new unit in the spring.'";
		assertThat(said(text, IngestFixture.RIVERSIDE)).extracting(IngestFixture.Said::speakers)
			.containsExactly(List.of("Mark Stone"), List.of("Mark Stone"));
	}

	@Test
	void aQuotationAfterHeSaidInTheSameParagraphIsHisWithADoubt() {
		var text = "A ward will close.\n\nRiverside chief executive Mark Stone spoke to staff on Monday.\n\n"
				+ "\"We cannot staff it safely,\" he said. \"Patients will move to the new unit.\"";
		var said = said(text, IngestFixture.RIVERSIDE);
		assertThat(said).extracting(IngestFixture.Said::text, IngestFixture.Said::speakers).containsExactly(
				org.assertj.core.groups.Tuple.tuple("We cannot staff it safely", List.of("Mark Stone")),
				org.assertj.core.groups.Tuple.tuple("Patients will move to the new unit.", List.of("Mark Stone")));
	}

	@Test
	void sheIsTheLastWomanNamedAsASubjectEvenAfterAManSpoke() {
		var text = "A ward will close.\n\nMr Mark Stone said: 'The ward has too few nurses to stay open.'\n\n"
				+ "Mrs Ann Lee, whose mother was a patient there, disagreed with him. She said: 'Nobody asked the families at all.'";
		assertThat(said(text)).extracting(IngestFixture.Said::speakers).containsExactly(List.of("Mark Stone"), List.of("Ann Lee"));
	}

	@Test
	void anUnnamedSpokespersonSpeaksForTheOrganisationNamedBefore() {
		var text = "The Riverside Hospital Trust has closed a ward.\n\nA spokesperson for the trust said the closure was temporary and would end in May.";
		var said = said(text, IngestFixture.RIVERSIDE);
		assertThat(said).singleElement().satisfies(s -> {
			assertThat(s.kind()).isEqualTo("reported");
			assertThat(s.text()).isEqualTo("the closure was temporary and would end in May");
			assertThat(s.speakers()).containsExactly("Spokesperson for Riverside Hospital Trust");
			assertThat(s.onBehalfOf()).isEqualTo("Riverside Hospital Trust");
		});
	}

	@Test
	void anOrganisationCanBeTheSpeaker() {
		var text = "A ward will close.\n\nHowever, the Care Standards Commission believes more improvement is needed at the hospital.";
		assertThat(said(text)).singleElement().satisfies(s -> {
			assertThat(s.speakers()).containsExactly("Care Standards Commission");
			assertThat(s.text()).isEqualTo("more improvement is needed at the hospital");
		});
	}

	@Test
	void reportedSpeechWithSaidAndWithAVerbOfItsOwn() {
		var text = "A ward will close.\n\nHer brother, Alan Green, said it was hard to understand why nobody had warned them.\n\n"
				+ "One Millbrook family have criticised the decision, saying it is \"a disgrace\".";
		assertThat(said(text, IngestFixture.MILLBROOK)).extracting(IngestFixture.Said::text, IngestFixture.Said::speakers).containsExactly(
				org.assertj.core.groups.Tuple.tuple("it was hard to understand why nobody had warned them", List.of("Alan Green")),
				org.assertj.core.groups.Tuple.tuple("have criticised the decision, saying it is \"a disgrace\"", List.of("Millbrook family")));
	}

	@Test
	void theMpIsTheLastPersonGivenThatTitle() {
		var text = "An MP wants answers.\n\nMillbrook MP Rosa Field wrote to the minister last week.\n\n"
				+ "The MP said: 'I expect a full answer before the end of the month.'";
		assertThat(said(text, IngestFixture.MILLBROOK)).last().extracting(IngestFixture.Said::speakers).isEqualTo(List.of("Rosa Field"));
	}

	@Test
	void twoPeopleWhoShareASurnameAreKeptApartByTheirHonorifics() {
		var text = "A couple run the shop.\n\nTom Walker and Sara Walker opened it in 1990.\n\n"
				+ "Mrs Walker said: 'We never expected to stay this long in the town.'\n\nMr Walker said: 'The rent has tripled since we opened.'";
		assertThat(said(text)).extracting(IngestFixture.Said::speakers).containsExactly(List.of("Sara Walker"), List.of("Tom Walker"));
	}

	@Test
	void theyIsTheUnnamedSpeakerIntroducedBefore() {
		var text = "A nurse has resigned.\n\nA former nurse who left the ward last year has described the job as \"impossible\".\n\n"
				+ "They said: \"I could not sleep after a shift for the whole of my last year there.\"";
		var said = said(text);
		assertThat(said).hasSize(2);
		assertThat(said.get(1).speakers()).isEqualTo(said.get(0).speakers()).hasSize(1);
	}

	@Test
	void bothOrganisationsAreTheLastTwoNamed() {
		var text = "The Friends of Millbrook Campaign met the Riverside Hospital Trust last month.\n\n"
				+ "Both organisations today announced that they would work together on the new ward.";
		assertThat(said(text, IngestFixture.RIVERSIDE)).singleElement().extracting(IngestFixture.Said::speakers).asList()
			.containsExactlyInAnyOrder("Friends of Millbrook Campaign", "Riverside Hospital Trust");
	}

	@Test
	void toldSomeoneThatAndARoleOfTheTrustNamedByItsNoun() {
		var text = "The Riverside Hospital Trust has new nurses.\n\nMark Stone, the trust's chief executive, told the board on "
				+ "Monday, May 4 that recruitment was improving.";
		var said = said(text, IngestFixture.RIVERSIDE);
		assertThat(said).singleElement().satisfies(s -> {
			assertThat(s.text()).isEqualTo("recruitment was improving");
			assertThat(s.speakers()).containsExactly("Mark Stone");
			assertThat(s.onBehalfOf()).isEqualTo("Riverside Hospital Trust");
		});
	}

	@Test
	void aCapitalisedNameOfALawOrAPlaceIsNotAPerson() {
		var analysis = IngestFixture.analyse("Figures obtained under the Freedom of Information Act show long waits at Woodlands Road.");
		assertThat(analysis.table().entities).noneMatch(e -> e.person());
	}

	@Test
	void aSurnameAfterAnHonorificIsTheLastOfThatNameInTheNarrativeNotInAQuotation() {
		var text = "A mother has died.\n\nAmy Clarke, 29, died in March.\n\nHer sister, Linda Clarke, said: 'Amy begged them to keep her in.'\n\n"
				+ "Asked about legal action, Mrs Clarke said: 'We want answers first, and then we will decide.'";
		assertThat(said(text)).extracting(IngestFixture.Said::speakers).containsExactly(List.of("Linda Clarke"), List.of("Linda Clarke"));
	}

	@Test
	void aQuotationSplitAroundSheSaidIsTwoQuotationsOfOneSpeakerAndNoReportedSpeech() {
		var text = "A coroner has ruled.\n\nCoroner Jane Fields gave her findings. \"There was no plan for her discharge,\" she said, "
				+ "\"and nobody checked on her afterwards.\"";
		assertThat(said(text)).extracting(IngestFixture.Said::kind, IngestFixture.Said::speakers).containsExactly(
				org.assertj.core.groups.Tuple.tuple("quote", List.of("Jane Fields")), org.assertj.core.groups.Tuple.tuple("quote", List.of("Jane Fields")));
	}

	@Test
	void toldSomeoneWithoutThat() {
		var text = "A patient was sent home.\n\nJohn Hale told staff he did not feel safe to go home.";
		assertThat(said(text)).singleElement().extracting(IngestFixture.Said::text).isEqualTo("he did not feel safe to go home");
	}

	@Test
	void aRoleWrittenBeforeTheNameInAnApposition() {
		var text = "The Riverside Hospital Trust has apologised.\n\nThe trust's medical director, Dr Paul Grey, added that a review had been commissioned.";
		assertThat(said(text, IngestFixture.RIVERSIDE)).last().satisfies(s -> {
			assertThat(s.speakers()).containsExactly("Paul Grey");
			assertThat(s.onBehalfOf()).isEqualTo("Riverside Hospital Trust");
		});
	}

	@Test
	void aPlaceOfOriginIsNotTheSpeakerAndTheBbcIsWhomSheTold() {
		var text = "Families travel far.\n\nJenny Ward, from Great Yarmouth, told the BBC her son was sent to a unit in Manchester.";
		assertThat(said(text)).singleElement().satisfies(s -> {
			assertThat(s.speakers()).containsExactly("Jenny Ward");
			assertThat(s.text()).isEqualTo("her son was sent to a unit in Manchester");
		});
	}

	@Test
	void aDescriptionInAppositionToANamedPersonIsThatPerson() {
		var text = "Doctors are worried.\n\nDr Sam Patel, a consultant psychiatrist who works in Norwich, says the practice harms recovery.";
		assertThat(said(text)).singleElement().extracting(IngestFixture.Said::speakers).isEqualTo(List.of("Sam Patel"));
	}

	@Test
	void anOrganisationsSpokespersonNamedBeforeTheWord() {
		var text = "The government responded.\n\nA Department of Health and Social Care spokesperson said: \"We are investing in services.\"";
		assertThat(said(text)).singleElement().satisfies(s -> {
			assertThat(s.speakers()).containsExactly("Spokesperson for Department of Health and Social Care");
			assertThat(s.onBehalfOf()).isEqualTo("Department of Health and Social Care");
		});
	}
}
