package org.accountabilitygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;

class IngestDateTests {

	private static ArticleDate date(String text) {
		var layout = Layout.of(text);
		var sentences = new ArrayList<Span>();
		layout.paragraphs().forEach(p -> sentences.addAll(new BreakIteratorSentences().split(text, p.span())));
		return new DateInference(text, sentences, LocalDate.of(2026, 11, 30)).infer();
	}

	@Test
	void weekdaysFixTheYearFromTheLowerBoundOn() {
		var d = date("The school opened in 2014. The head wrote a letter dated Tuesday, March 3, after a meeting on Friday, February 27.");
		assertThat(d.date()).isEqualTo("2015");
		assertThat(d.precision()).isEqualTo("year");
		assertThat(d.earliest()).isEqualTo("2015-03-03");
		assertThat(d.reasoning()).contains("Tuesday, March 3");
		assertThat(d.doubts()).isNotEmpty();
	}

	@Test
	void yearsAgoAfterAYearGiveTheYear() {
		var d = date("We wrote to the minister in 2011, more than five years ago, and heard nothing.");
		assertThat(d.date()).isEqualTo("2016");
		assertThat(d.doubts()).anyMatch(x -> x.contains("5 years ago"));
	}

	@Test
	void aPastPeriodWithItsYearIsALowerBoundOnly() {
		var d = date("Inspectors visited between 4 May and 2 June 2021 and found the wards clean.");
		assertThat(d.date()).isNull();
		assertThat(d.precision()).isEqualTo("range");
		assertThat(d.earliest()).isEqualTo("2021-06-02");
		assertThat(d.latest()).isNull();
	}

	@Test
	void aDayStillToComeBoundsTheArticleAbove() {
		var d = date("The council was told in 2020, four years ago, to act. Campaigners will march on July 9.");
		assertThat(d.date()).isEqualTo("2024");
		assertThat(d.latest()).isEqualTo("2024-07-08");
	}

	@Test
	void lastYearAfterTheLatestYearNamed() {
		var d = date("She joined in 2019 and resigned in 2020. She left the hospital last year.");
		assertThat(d.date()).isEqualTo("2021");
		assertThat(d.doubts()).anyMatch(x -> x.contains("last year"));
	}

	@Test
	void noDateIsSaidAndNotInvented() {
		var d = date("The ward closed last month and campaigners were angry.");
		assertThat(d.date()).isNull();
		assertThat(d.precision()).isEqualTo("range");
		assertThat(d.earliest()).isNull();
		assertThat(d.doubts()).contains("the text gives no date");
	}

	@Test
	void aWeekdayWithoutAYearIsNeverAfterToday() {
		var d = date("She was found at home on Sunday, March 14, three days after she left the unit.");
		assertThat(d.date()).isEqualTo("2021");
		assertThat(d.reasoning()).contains("the last year up to today");
	}
}
