package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.accountabilitygraph.facts.FactSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The timeline as a chronology in a real headless Chromium: the page's From/To honoured, grouped by year, dates and
 * kinds in words, the speaker before the quotation, every entry chosen by mouse or keyboard and its source opened at
 * the sentence; and the page's date wording (words.js) checked case by case in the same browser.
 */
class ChronologyIT extends PageInChromium {

	@Test
	void datesAndKindsInWords() {
		open("/?view=article");
		waitUntilLoaded("article-list");
		var cases = new LinkedHashMap<String, String>();
		cases.put("2015", "2015");
		cases.put("2018-12", "December 2018");
		cases.put("2018-12-06", "6 December 2018");
		cases.put("../2015-12-31", "by the end of 2015");
		cases.put("../2015-11-30", "by the end of November 2015");
		cases.put("../2018-12-16", "by 16 December 2018");
		cases.put("2019-11-06/..", "on or after 6 November 2019");
		cases.put("2019-11-01/..", "November 2019 or later");
		cases.put("2019/..", "2019 or later");
		cases.put("2019-10-07/2019-11-06", "between 7 October and 6 November 2019");
		cases.put("2019-10-07/2019-10-20", "between 7 and 20 October 2019");
		cases.put("2018-12-30/2019-01-02", "between 30 December 2018 and 2 January 2019");
		cases.put("2014/2015", "between 2014 and 2015");
		cases.put("2018/2018-12-16", "2018, by 16 December");
		cases.put("2022/2022-09-30", "2022, by the end of September");
		cases.put("2018-12-06/2018", "2018, on or after 6 December");
		cases.put("2022-01-01/2022-12-31", "2022");
		cases.put("../..", "undated");
		cases.put("", "undated");
		cases.put("2018-13", "2018-13"); // not a date: shown as it is
		for (var c : cases.entrySet()) {
			assertThat(script("return page.words.date(arguments[0])", c.getKey())).as(c.getKey()).isEqualTo(c.getValue());
		}
		assertThat(script("return page.words.date(null)")).isEqualTo("undated");

		Map<String, String> articles = Map.of("{\"date\":\"2018\",\"dateLatest\":\"2018-12-16\"}", "2018, by 16 December",
				"{\"dateLatest\":\"2015-12-31\"}", "by the end of 2015", "{\"dateEarliest\":\"2019-11-06\"}",
				"on or after 6 November 2019",
				"{\"date\":\"2022\",\"dateEarliest\":\"2022-01-01\",\"dateLatest\":\"2022-09-30\"}", "2022, by the end of September",
				"{\"date\":\"2018-12-06\"}", "6 December 2018");
		for (var a : articles.entrySet()) {
			assertThat(script("return page.words.articleDate(JSON.parse(arguments[0]))", a.getKey())).as(a.getKey()).isEqualTo(a.getValue());
		}

		assertThat(script("return page.words.decision('special-measures', 'placed-back')")).isEqualTo("placed back in special measures");
		assertThat(script("return page.words.decision('special-measures', 'removed')")).isEqualTo("taken out of special measures");
		assertThat(script("return page.words.decision('special-measures', 'remains')")).isEqualTo("kept in special measures");
		assertThat(script("return page.words.decision('special-measures', 'placed')")).isEqualTo("placed in special measures");
		assertThat(script("return page.words.decision('licence', 'revoked')")).isEqualTo("licence: revoked");
		assertThat(script("return page.words.rating('inadequate')")).isEqualTo("rated inadequate");
		assertThat(script("return page.words.rating('requires improvement')")).isEqualTo("rated ‘requires improvement’");
		assertThat(script("return page.words.kind({kind: 'report-publication'})")).isEqualTo("report published");
		assertThat(script("return page.words.kind({kind: 'protest', status: 'planned'})")).isEqualTo("planned protest");
		assertThat(script("return page.words.kind({kind: 'said about', statementKind: 'reported'})")).isEqualTo("reported speech");
		assertThat(script("return page.words.kind({kind: 'inspection', status: 'planned'})")).isEqualTo("planned inspection");
	}

	@Test
	void theChronologyHonoursFromAndToGroupedByYearWithDatesAndKindsInWords() throws IOException {
		open("/?focus=nsft&view=timeline");
		waitUntilLoaded("timeline");
		var everything = entries().size();
		assertThat(years()).startsWith("2015").endsWith("Undated");

		setRange("2018", "2019");
		var expected = get("/api/entities/nsft/timeline?from=2018&to=2019").json();
		assertThat(entries()).hasSize(told(expected)).hasSizeLessThan(everything);
		assertThat(years()).containsExactly("2018", "2019", "Undated");
		assertThat(address()).contains("from=2018").contains("to=2019").contains("view=timeline");
		assertThat(browser.findElement(By.id("timeline-range")).getText()).contains("between 2018 and 2019");
		for (var when : browser.findElements(By.cssSelector("#timeline .entry .when"))) {
			// no raw forms such as ../2015-12-31 or 2019-11-06/..
			assertThat(when.getText()).doesNotContain("..").doesNotContain("/").doesNotMatch(".*\\d{4}-\\d{2}.*");
		}
		var text = browser.findElement(By.id("timeline")).getText();
		assertThat(text).doesNotContain("special-measures").contains("Placed in special measures")
			.contains("Kept in special measures").contains("on or after 6 November 2019")
			.contains("between 7 October and 6 November 2019").contains("rated ‘requires improvement’")
			.doesNotContain("2015").doesNotContain("2022");
		// the speaker before the quotation
		var lamb = browser.findElements(By.cssSelector("#timeline .entry-open")).stream()
			.filter(b -> b.getText().startsWith("Norman Lamb")).findFirst().orElseThrow();
		assertThat(lamb.getText()).matches("Norman Lamb (said: “|\\(reported\\): ).+");
		screenshot("chronology-nsft-2018-2019-1400x900");

		setRange("2015", "2015");
		assertThat(years()).startsWith("2015").endsWith("Undated");
		// a later year only for what is known only to be no later than a date of it (it may be from 2015)
		for (var year : browser.findElements(By.cssSelector("#timeline .year"))) {
			var heading = year.findElement(By.tagName("h3")).getText();
			if (!heading.equals("2015") && !heading.equals("Undated")) {
				assertThat(year.findElements(By.cssSelector(".when"))).isNotEmpty()
					.allSatisfy(when -> assertThat(when.getText()).startsWith("by "));
			}
		}
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("by the end of 2015")
			.contains("Placed in special measures").contains("rated inadequate");
	}

	@Test
	void everyEntryCanBeChosenAndItsSourceOpenedAtTheSentence() throws IOException {
		open("/?focus=norman-lamb&view=timeline");
		waitUntilLoaded("timeline");
		var entries = get("/api/entities/norman-lamb/timeline").json();
		var buttons = browser.findElements(By.cssSelector("#timeline .entry-open"));
		assertThat(buttons).hasSize(told(entries));
		// by mouse: his first quotation
		JsonNode entry = null;
		for (var e : entries) {
			if (e.get("kind").asText().equals("said") && e.get("statementKind").asText().equals("quote")) {
				entry = e;
				break;
			}
		}
		var item = browser.findElement(By.cssSelector("#timeline .entry[data-id='" + entry.get("relatedId").asText() + "']"));
		var said = Integer.parseInt(item.getDomAttribute("data-index"));
		item.findElement(By.className("entry-open")).click();
		assertThat(waitFor(By.cssSelector("#details blockquote.quotation")).getText()).isEqualTo(entry.get("title").asText());
		assertThat(browser.findElement(By.cssSelector("#details")).getText()).contains("Quotation, ").contains("Norman Lamb said:");
		assertThat(browser.findElement(By.cssSelector("#timeline .entry.selected")).getDomAttribute("data-id"))
			.isEqualTo(entry.get("relatedId").asText());
		assertThat(address()).contains("selected=" + entry.get("relatedId").asText());
		screenshot("chronology-norman-lamb-entry-1400x900");
		// by keyboard: the next entry, with Enter
		var next = buttons.get(said + 1);
		next.sendKeys(Keys.ENTER);
		assertThat(browser.findElement(By.cssSelector("#timeline .entry.selected")).getDomAttribute("data-index"))
			.isEqualTo(String.valueOf(said + 1));

		// its source, from the details panel: the article at the sentence
		buttons.get(said).click();
		browser.findElement(By.cssSelector("#details a.read-article")).click();
		waitUntilLoaded("article");
		assertThat(address()).contains("at=" + entry.get("fact").asText());
		var marked = (String) script("return [...document.querySelectorAll('#article-text a.ev.current')].map(a => a.textContent).join('')");
		assertThat(FactSet.normalise(marked)).isEqualTo(FactSet.normalise(entry.at("/source/evidence").asText()));
		browser.navigate().back();
		waitUntilLoaded("timeline");

		// and from the entry's own Source link
		var role = browser.findElements(By.cssSelector("#timeline .entry")).stream()
			.filter(e -> e.findElement(By.className("kind")).getText().toLowerCase().startsWith("role")).findFirst().orElseThrow();
		var roleEntry = StreamSupport.stream(entries.spliterator(), false).filter(e -> e.get("kind").asText().equals("role")
				&& e.get("relatedId").asText().equals(role.getDomAttribute("data-id"))).findFirst().orElseThrow();
		role.findElement(By.cssSelector(".source-line a")).click();
		waitUntilLoaded("article");
		assertThat(address()).contains("at=" + roleEntry.get("fact").asText());
		assertThat(browser.findElements(By.cssSelector("#article-text a.ev.current"))).isNotEmpty();
	}

	@Test
	void aChronologyAtPhoneWidth() throws IOException {
		size(PHONE);
		try {
			open("/?focus=nsft&view=timeline&from=2019&to=2019");
			waitUntilLoaded("timeline");
			assertThat(fitsTheWidth()).isTrue();
			assertThat(years()).containsExactly("2019", "Undated");
			screenshot("chronology-nsft-2019-390x844");
			browser.findElements(By.cssSelector("#timeline .entry-open")).get(0).click();
			assertThat(inView(waitFor(By.cssSelector("#details h2")))).isTrue();
			screenshot("chronology-nsft-2019-390x844-entry");
		}
		finally {
			size(DESKTOP);
		}
	}

	/** How many entries the chronology shows for the API's: an item several articles tell is one entry. */
	private static int told(JsonNode entries) {
		var keys = new java.util.HashSet<List<String>>();
		for (var e : entries) {
			keys.add(java.util.Arrays.asList(e.path("when").asText(null), e.get("kind").asText(), e.get("title").asText(),
					e.path("relatedId").asText(null)));
		}
		return keys.size();
	}

	private void setRange(String from, String to) {
		var fromField = browser.findElement(By.id("from"));
		fromField.clear();
		fromField.sendKeys(from);
		var toField = browser.findElement(By.id("to"));
		toField.clear();
		toField.sendKeys(to);
		script("document.body.removeAttribute('data-loaded'); return null;");
		browser.findElement(By.id("apply")).click();
		waitUntilLoaded("timeline");
	}

	private List<WebElement> entries() {
		return browser.findElements(By.cssSelector("#timeline .entry"));
	}

	private List<String> years() {
		return browser.findElements(By.cssSelector("#timeline .year h3")).stream().map(WebElement::getText).toList();
	}

	private String address() {
		return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
	}
}
