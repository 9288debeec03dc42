package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.accountabilitygraph.facts.FactSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An organisation's claims against outcomes in a real headless Chromium ({@code ?view=claims&id=nsft}): the API's
 * entries in two columns by date (said left, shown right), commitments marked, From/To narrowing them to the API's
 * answer for the range, each source opening the article at the sentence, the address restoring the view, and on a
 * phone one column in date order that fits the screen.
 */
class ClaimsIT extends PageInChromium {

	@Test
	void theEntriesAreTheApisAnswerSaidBesideShownWithCommitmentsMarked() throws IOException {
		size(DESKTOP);
		open("/?view=claims&id=nsft");
		waitUntilLoaded("claims");
		var answer = get("/api/claims?org=nsft&size=1000").json();
		assertThat(shownIds()).isEqualTo(ids(answer));
		assertThat(browser.findElement(By.id("claims-title")).getText())
			.isEqualTo("Claims and outcomes: Norfolk and Suffolk NHS Foundation Trust");
		assertThat(browser.findElement(By.id("tab-claims")).getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(browser.findElements(By.cssSelector("#claims .year h3")).stream().map(WebElement::getText))
			.contains("2015", "2018", "2019", "2022", "Undated");

		// the chief executive's promise: marked, the speaker and his role before the words, the words that promise marked
		var lejk = entry("statement-4dedf428-10");
		assertThat(lejk.getDomAttribute("class")).contains("commitment");
		assertThat(lejk.findElement(By.cssSelector(".badge")).getText()).isEqualToIgnoringCase("Commitment");
		assertThat(lejk.findElement(By.cssSelector(".who")).getText()).isEqualTo("Antek Lejk, chief executive said:");
		assertThat(lejk.findElement(By.cssSelector("mark.commitment")).getText()).isEqualTo("We are determined to get things right.");
		assertThat(lejk.getText().indexOf("Antek Lejk")).isLessThan(lejk.getText().indexOf("The report did note"));
		// every commitment of the answer is marked, and nothing else
		var commitments = StreamSupport.stream(answer.spliterator(), false).filter(e -> e.get("commitment").asBoolean())
			.map(e -> e.get("id").asText()).toList();
		assertThat(browser.findElements(By.cssSelector("#claims li.commitment")).stream().map(e -> e.getDomAttribute("data-id")))
			.containsExactlyElementsOf(commitments).hasSize(8);

		// the rating that followed it, in words, in the right-hand column
		var inspection = entry("cqc-inspection-nsft-2019");
		assertThat(inspection.getText()).contains("rated ‘requires improvement’").contains("between 7 October and 6 November 2019");
		assertThat(inspection.getRect().getX()).isGreaterThan(lejk.getRect().getX() + 300);
		assertThat(entry("special-measures-nsft-2017").getText()).contains("Placed back in special measures");
		// what was said is left, what was shown right, each in date order down the page
		assertThat(java.util.Set.copyOf(xs("said"))).hasSize(1);
		assertThat(java.util.Set.copyOf(xs("shown"))).hasSize(1);
		assertThat(ys("said")).isSorted();
		assertThat(ys("shown")).isSorted();
		assertThat(fitsTheWidth()).isTrue();
		screenshot("claims-nsft-1400x900");
		script("document.getElementById('claims-year-2018').scrollIntoView()");
		screenshot("claims-nsft-2018-1400x900");
	}

	@Test
	void fromAndToNarrowTheEntriesToTheApisAnswerForTheRange() throws IOException {
		size(DESKTOP);
		open("/?view=claims&id=nsft");
		waitUntilLoaded("claims");
		int all = shownIds().size();
		var from = browser.findElement(By.id("from"));
		from.clear();
		from.sendKeys("2018");
		var to = browser.findElement(By.id("to"));
		to.clear();
		to.sendKeys("2019");
		browser.findElement(By.id("apply")).click();
		waitUntilLoaded("claims");
		var answer = get("/api/claims?org=nsft&from=2018&to=2019&size=1000").json();
		assertThat(shownIds()).isEqualTo(ids(answer)).hasSizeLessThan(all).contains("statement-4dedf428-10", "cqc-inspection-nsft-2019")
			.doesNotContain("statement-60032d35-05");
		assertThat(address()).contains("view=claims").contains("id=nsft").contains("from=2018").contains("to=2019");
		assertThat(browser.findElement(By.id("claims-range")).getText()).contains("between 2018 and 2019");
		screenshot("claims-nsft-2018-2019-1400x900");
	}

	@Test
	void aSourceOpensTheArticleAtTheSentenceAndBackReturns() {
		size(DESKTOP);
		open("/?view=claims&id=nsft");
		waitUntilLoaded("claims");
		var answer = StreamSupport.stream(get("/api/claims?org=nsft&size=1000").json().spliterator(), false)
			.filter(e -> e.get("id").asText().equals("statement-d486f7aa-03")).findFirst().orElseThrow();
		var link = entry("statement-d486f7aa-03").findElement(By.cssSelector("a.source"));
		assertThat(link.getText()).startsWith(answer.at("/source/title").asText().substring(0, 40));
		link.click();
		waitUntilLoaded("article");
		assertThat(address()).contains("view=article").contains("id=article-d486f7aa")
			.contains("at=SAID:antek-lejk:statement-d486f7aa-03");
		var marked = (String) script("return [...document.querySelectorAll('#article-text a.ev.current')].map(a => a.textContent).join('')");
		assertThat(FactSet.normalise(marked)).isEqualTo(FactSet.normalise(answer.at("/source/evidence").asText()));
		browser.navigate().back();
		waitUntilLoaded("claims");
		assertThat(address()).contains("view=claims").contains("id=nsft");
	}

	@Test
	void theAddressRestoresTheViewAndTheProfileLinksToIt() {
		size(DESKTOP);
		open("/?view=claims&id=nsft&from=2022");
		waitUntilLoaded("claims");
		var before = shownIds();
		assertThat(before).isEqualTo(ids(get("/api/claims?org=nsft&from=2022&size=1000").json()));
		browser.navigate().refresh();
		waitUntilLoaded("claims");
		assertThat(shownIds()).isEqualTo(before);
		assertThat(browser.findElement(By.id("from")).getDomProperty("value")).isEqualTo("2022");

		open("/?view=profile&id=nsft");
		waitUntilLoaded("profile");
		browser.findElement(By.id("profile-claims")).click();
		waitUntilLoaded("claims");
		assertThat(address()).endsWith("/?view=claims&id=nsft");
		assertThat(shownIds()).isEqualTo(ids(get("/api/claims?org=nsft&size=1000").json()));
		// a person's profile has no such link; without an organisation the view says what to do
		open("/?view=profile&id=norman-lamb");
		waitUntilLoaded("profile");
		assertThat(browser.findElement(By.id("profile-claims")).isDisplayed()).isFalse();
		open("/?view=claims");
		waitUntilLoaded("claims");
		assertThat(browser.findElement(By.id("claims-message")).getText()).startsWith("Choose an organisation");
		open("/?view=claims&id=nobody");
		waitUntilLoaded("claims");
		assertThat(browser.findElement(By.id("claims-message")).getText()).contains("'nobody'");
	}

	@Test
	void onAPhoneTheColumnsAreOneInDateOrderAndNothingIsCutOff() throws IOException {
		size(PHONE);
		try {
			open("/?view=claims&id=nsft");
			waitUntilLoaded("claims");
			assertThat(shownIds()).isEqualTo(ids(get("/api/claims?org=nsft&size=1000").json()));
			assertThat(fitsTheWidth()).isTrue();
			var entries = browser.findElements(By.cssSelector("#claims li.claim"));
			int left = entries.get(0).getRect().getX();
			assertThat(entries).allSatisfy(e -> {
				assertThat(e.getRect().getX()).isEqualTo(left);
				assertThat(e.getRect().getX() + e.getRect().getWidth()).isLessThanOrEqualTo(390);
			});
			assertThat(ys("said", "shown")).isSorted();
			screenshot("claims-nsft-390x844");
			script("document.querySelector(\"#claims li[data-id='statement-60032d35-05']\").scrollIntoView()");
			screenshot("claims-nsft-commitment-390x844");
		}
		finally {
			size(DESKTOP);
		}
	}

	private WebElement entry(String id) {
		return browser.findElement(By.cssSelector("#claims li[data-id='" + id + "']"));
	}

	@SuppressWarnings("unchecked")
	private List<String> shownIds() {
		return (List<String>) script("return [...document.querySelectorAll('#claims li.claim')].map(li => li.dataset.id)");
	}

	private static List<String> ids(JsonNode answer) {
		return StreamSupport.stream(answer.spliterator(), false).map(e -> e.get("id").asText()).toList();
	}

	@SuppressWarnings("unchecked")
	private List<Long> xs(String side) {
		return (List<Long>) script("return [...document.querySelectorAll('#claims li.claim." + side
				+ "')].map(li => Math.round(li.getBoundingClientRect().left))");
	}

	/** The entries' tops, in the order of the list (the page's scroll position added, so one scale for the whole page). */
	@SuppressWarnings("unchecked")
	private List<Double> ys(String... sides) {
		var selector = String.join(", ", java.util.Arrays.stream(sides).map(s -> "#claims li.claim." + s).toList());
		return ((List<Number>) script("return [...document.querySelectorAll(arguments[0])].map(li => li.getBoundingClientRect().top"
				+ " + document.getElementById('claims-view').scrollTop + window.scrollY)", selector)).stream()
			.map(Number::doubleValue).toList();
	}

	private String address() {
		return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
	}
}
