package org.accountabilitygraph.ingest;

import static org.accountabilitygraph.ingest.IngestFixture.said;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IngestQuotationTests {

	@Test
	void straightDoubleQuotesAfterSaid() {
		var text = "A library will close.\n\nCouncillor Jane Doe said: \"We have no choice but to close the library this spring.\"";
		assertThat(said(text)).singleElement().satisfies(s -> {
			assertThat(s.kind()).isEqualTo("quote");
			assertThat(s.text()).isEqualTo("We have no choice but to close the library this spring.");
			assertThat(s.speakers()).containsExactly("Jane Doe");
		});
	}

	@Test
	void curlyDoubleAndSingleQuotes() {
		var text = "A library will close.\n\nJane Doe said: “The building is no longer safe for the public.”\n\n"
				+ "Peter Black said: ‘We will fight this decision all the way to the courts.’";
		assertThat(said(text)).extracting(IngestFixture.Said::text, IngestFixture.Said::speakers).containsExactly(
				org.assertj.core.groups.Tuple.tuple("The building is no longer safe for the public.", List.of("Jane Doe")),
				org.assertj.core.groups.Tuple.tuple("We will fight this decision all the way to the courts.", List.of("Peter Black")));
	}

	@Test
	void aBritishQuotationOverParagraphsThatOpenWithoutClosingIsOneStatement() {
		var text = "A library will close.\n\nJane Doe said: 'We looked at every option for the building.\n\n"
				+ "'None of them could be paid for from this year's budget.\n\n'We are sorry.'";
		assertThat(said(text)).singleElement().satisfies(s -> {
			assertThat(s.text()).isEqualTo("We looked at every option for the building. None of them could be paid for from "
					+ "this year's budget. We are sorry.");
			assertThat(s.speakers()).containsExactly("Jane Doe");
		});
	}

	@Test
	void aQuotationSplitAroundHeAddedKeepsItsSpeaker() {
		var text = "A library will close.\n\nMr Peter Black, the campaign's chairman, was angry. \"This is a sad day,\" he added, "
				+ "\"and the whole town will feel the loss of its library.\"";
		assertThat(said(text)).extracting(IngestFixture.Said::speakers).containsOnly(List.of("Peter Black"));
	}

	@Test
	void aQuotationWithItsSpeakerAfterIt() {
		var text = "A library will close.\n\n'We will keep the mobile library running for now,' said a spokeswoman for the Millbrook Library Service.";
		assertThat(said(text)).singleElement().satisfies(s -> {
			assertThat(s.text()).isEqualTo("We will keep the mobile library running for now");
			assertThat(s.speakers()).containsExactly("Spokeswoman for Millbrook Library Service");
			assertThat(s.onBehalfOf()).isEqualTo("Millbrook Library Service");
		});
	}

	@Test
	void aHeadlineQuotationWithoutSpeakerIsKeptAndMarkedUncertain() {
		var text = "Parents who 'feel their children have been forgotten' will march on the town hall.\n\nThe march is on Saturday.";
		assertThat(said(text)).singleElement().satisfies(s -> {
			assertThat(s.text()).isEqualTo("feel their children have been forgotten");
			assertThat(s.speakers()).isEmpty();
			assertThat(s.doubts()).contains("the article does not say who said this");
		});
	}

	@Test
	void ratingsAndNamesInQuoteMarksAreNotSpeech() {
		var text = "The hospital was rated 'requires improvement' and its maternity unit 'good'.\n\n"
				+ "Campaign group 'Friends of Millbrook Park' held a vigil outside.";
		assertThat(said(text)).isEmpty();
	}

	@Test
	void aPluralsApostropheInsideSingleQuotesDoesNotEndTheQuotation() {
		var text = "A school will close.\n\nJane Doe said: 'The parents' petition was read by everyone on the board, and we listened.'";
		assertThat(said(text)).singleElement().extracting(IngestFixture.Said::text)
			.isEqualTo("The parents' petition was read by everyone on the board, and we listened.");
	}

	@Test
	void anUnattributedQuotationParagraphGoesOnFromTheQuotationBeforeIt() {
		var text = "A library will close.\n\nPeter Black said: 'We were not consulted at all.'\n\n'Nobody asked the readers what they wanted.'";
		assertThat(said(text)).singleElement().satisfies(s -> {
			assertThat(s.text()).isEqualTo("We were not consulted at all. Nobody asked the readers what they wanted.");
			assertThat(s.speakers()).containsExactly("Peter Black");
		});
	}

	@Test
	void aLineAfterAnUnattributedQuotationNamesItsSpeaker() {
		var text = "A library will close.\n\n\"This decision is short-sighted and will hurt the poorest families in the town.\n\n"
				+ "Friends of Millbrook Library Campaign\n\nThe council meets again next week.";
		assertThat(said(text)).singleElement().satisfies(s -> {
			assertThat(s.speakers()).containsExactly("Friends of Millbrook Library Campaign");
			assertThat(s.doubts()).anyMatch(d -> d.contains("the line after the quotation"));
		});
	}

	@Test
	void aHeadlineQuotationWithItsSpeakerAfterAColon() {
		var text = "'We were failed at every turn': family speaks out after inquest\n\nThe inquest ended on Friday.";
		assertThat(said(text)).singleElement().satisfies(s -> {
			assertThat(s.text()).isEqualTo("We were failed at every turn");
			assertThat(s.speakers()).hasSize(1);
		});
	}
}
