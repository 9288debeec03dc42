package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.accountabilitygraph.facts.FactSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Searching in a real headless Chromium: what was said (the "What was said" tab, {@code ?view=said&q=...}), hits
 * with the speaker first and the matching words marked, each opening its article at the sentence; and the names
 * "Focus on" suggests, a combobox the keyboard drives, the trust's acronym first.
 */
class SearchIT extends PageInChromium {

	@Test
	void wordsTypedAndEnterListWhatWasSaidSpeakerFirstWithTheWordsMarked() throws IOException {
		open("/?view=said");
		waitUntilLoaded("said");
		assertThat(message()).contains("Type a word");
		var box = browser.findElement(By.id("said-q"));
		box.sendKeys("unsafe", Keys.ENTER);
		waitUntilLoaded("said");
		assertThat(address()).contains("view=said").contains("q=unsafe");

		var answer = get("/api/statements/search?q=unsafe&limit=50").json();
		var hits = hits();
		assertThat(hits).hasSize(answer.size());
		for (int i = 0; i < hits.size(); i++) {
			var hit = hits.get(i);
			var expected = answer.get(i);
			// the speaker, then the words, then the article's title and date
			assertThat(hit.findElement(By.cssSelector(".speaker")).getText()).isEqualTo(expected.at("/speaker/name").asText());
			assertThat(hit.getText()).startsWith(expected.at("/speaker/name").asText() + " ")
				.contains(expected.at("/source/title").asText().substring(0, 30));
			assertThat(hit.findElement(By.cssSelector(".date")).getText()).isNotBlank().isNotEqualTo("undated");
			var marked = hit.findElements(By.cssSelector(".text mark")).stream().map(m -> m.getText().toLowerCase()).toList();
			assertThat(marked).as(expected.get("text").asText()).isNotEmpty().allSatisfy(w -> assertThat(w).contains("uns"));
		}
		assertThat(hits).anySatisfy(h -> assertThat(h.findElements(By.cssSelector(".text mark"))).extracting(WebElement::getText)
			.contains("unsafe"));
		assertThat(message()).isEqualTo(answer.size() + " statements match “unsafe”, best match first.");
		screenshot("said-unsafe-1400x900");

		// the hits are reached with Tab, after the box, its button and "Said by", and Enter opens one
		assertThat(script("return document.activeElement.id")).isEqualTo("said-q");
		box.sendKeys(Keys.TAB);
		assertThat(script("return document.activeElement.id")).isEqualTo("said-submit");
		browser.switchTo().activeElement().sendKeys(Keys.TAB);
		assertThat(script("return document.activeElement.closest('#said-by') !== null")).isEqualTo(true);
		browser.switchTo().activeElement().sendKeys(Keys.TAB);
		assertThat(script("return document.activeElement.dataset.statement")).isEqualTo(answer.get(0).get("statement").asText());
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		waitUntilLoaded("article");
		assertThat(address()).contains("view=article").contains("id=" + answer.get(0).get("article").asText());
	}

	@Test
	void aHitOpensItsArticleWithItsSentenceMarkedAndBackReturnsToTheHits() throws IOException {
		open("/?view=said&q=unsafe");
		waitUntilLoaded("said");
		var hit = get("/api/statements/search?q=unsafe&limit=50").json().get(0);
		var statement = hit.get("statement").asText();
		var speaker = hit.at("/speaker/id").asText();
		browser.findElement(By.cssSelector("a.said-hit[data-statement='" + statement + "']")).click();
		waitUntilLoaded("article");
		assertThat(address()).contains("view=article").contains("id=" + hit.get("article").asText())
			.contains("at=SAID:" + speaker + ":" + statement).doesNotContain("q=");
		var current = browser.findElement(By.cssSelector("#article-text a.ev.current"));
		assertThat(inView(current)).isTrue();
		var marked = (String) script("return [...document.querySelectorAll('#article-text a.ev.current')].map(a => a.textContent).join('')");
		assertThat(FactSet.normalise(marked)).isEqualTo(FactSet.normalise(hit.at("/source/evidence").asText()));
		screenshot("said-hit-opened-article-1400x900");

		browser.navigate().back();
		waitUntilLoaded("said");
		assertThat(address()).contains("view=said").contains("q=unsafe");
		assertThat(browser.findElement(By.id("said-q")).getDomProperty("value")).isEqualTo("unsafe");
		assertThat(hits()).isNotEmpty();
	}

	@Test
	void theAddressHoldsTheSearchAndBringsItBack() {
		open("/?view=said&q=" + "special%20measures");
		waitUntilLoaded("said");
		assertThat(browser.findElement(By.id("said-q")).getDomProperty("value")).isEqualTo("special measures");
		assertThat(browser.findElement(By.id("tab-said")).getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(hits()).hasSize(get("/api/statements/search?q=special%20measures&limit=50").json().size()).isNotEmpty();
		assertThat(address()).endsWith("/?view=said&q=special measures");
		// another tab leaves the words out of the address; coming back brings them and their hits
		browser.findElement(By.id("tab-article")).click();
		waitUntilLoaded("article-list");
		assertThat(address()).doesNotContain("q=");
		browser.findElement(By.id("tab-said")).click();
		waitUntilLoaded("said");
		assertThat(address()).contains("q=special measures");
		assertThat(hits()).isNotEmpty();
		// a second search is a new entry of the history: Back returns to the first
		var box = browser.findElement(By.id("said-q"));
		box.clear();
		box.sendKeys("waiting", Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> address().contains("q=waiting") && hitsFor("waiting"));
		browser.navigate().back();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> hitsFor("special measures"));
		assertThat(address()).contains("q=special measures");
		assertThat(browser.findElement(By.id("said-q")).getDomProperty("value")).isEqualTo("special measures");
	}

	@Test
	void noHitsABadSearchAndASearchUnderWayAreSaidInWords() throws IOException {
		open("/?view=said&q=zzqqxx");
		waitUntilLoaded("said");
		assertThat(hits()).isEmpty();
		assertThat(message()).startsWith("Nothing said matches “zzqqxx”.");

		// the API's problem detail (400, parameter q), as a sentence
		search("*** ~~~");
		waitUntilLoaded("said");
		assertThat(message()).isEqualTo("The search contains no letters or digits to search for.");
		assertThat(browser.findElement(By.id("said-message")).getDomAttribute("class")).isEqualTo("error");
		screenshot("said-bad-search-1400x900");

		// a slow answer: "Searching…" until it comes; a newer search aborts it and only the newer one's hits show
		delayRequestsContaining("q=unsafe");
		search("unsafe");
		assertThat(message()).isEqualTo("Searching for “unsafe”…");
		assertThat(browser.findElement(By.id("said-results")).getDomAttribute("aria-busy")).isEqualTo("true");
		search("trust");
		waitUntilLoaded("said");
		assertThat(script("return window.aborted.length")).isEqualTo(1L);
		assertThat(message()).contains("match “trust”");
		assertThat(address()).contains("q=trust");
		assertThat(browser.findElement(By.id("said-results")).getDomAttribute("aria-busy")).isNull();
		assertThat(hits()).isNotEmpty().allSatisfy(h -> assertThat(h.findElements(By.cssSelector(".text mark"))).isNotEmpty());
	}

	@Test
	void fromAndToNarrowTheHitsAndMoreAddsTheNextPage() {
		// the dates of the page's filters: the hits are the API's for the same range
		open("/?view=said&q=trust&from=2022&to=2022");
		waitUntilLoaded("said");
		var answer = get("/api/statements/search?q=trust&from=2022&to=2022&size=50").json();
		assertThat(answer.size()).isPositive();
		assertThat(hits().stream().map(h -> h.getDomAttribute("data-statement")).toList())
			.isEqualTo(java.util.stream.StreamSupport.stream(answer.spliterator(), false).map(h -> h.get("statement").asText()).toList());
		assertThat(message()).contains("in 2022 (From/To above)");
		assertThat(browser.findElement(By.id("said-more")).isDisplayed()).isFalse();

		// pages of 3 instead of 50 (the page's request rewritten), so that this small graph has several
		script("""
				const real = window.fetch;
				window.fetch = (url, init) => real(String(url).replace('size=50', 'size=3'), init);
				return null;""");
		browser.findElement(By.id("from")).clear();
		browser.findElement(By.id("to")).clear();
		browser.findElement(By.id("apply")).click();
		waitUntilLoaded("said");
		var all = get("/api/statements/search?q=trust&size=100").json();
		var expected = java.util.stream.StreamSupport.stream(all.spliterator(), false).map(h -> h.get("statement").asText()).toList();
		assertThat(hits()).hasSize(3);
		assertThat(message()).startsWith("The best 3 statements that match “trust”; more with “More”.");
		var more = browser.findElement(By.id("said-more"));
		more.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> hits().size() == 6);
		assertThat(hits().stream().map(h -> h.getDomAttribute("data-statement")).toList()).isEqualTo(expected.subList(0, 6));
		assertThat(address()).doesNotContain("from=").contains("q=trust");
	}

	@Test
	void saidByNarrowsTheHitsToOneSpeakerAndAnyoneUndoesIt() {
		open("/?view=said&q=trust");
		waitUntilLoaded("said");
		var everyone = hits().size();
		var box = browser.findElement(By.cssSelector("#said-by input"));
		assertThat(box.getDomAttribute("role")).isEqualTo("combobox");
		box.sendKeys("Zoe Billingham");
		waitFor(By.cssSelector("#said-by li[data-id='zoe-billingham']"));
		box.sendKeys(Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> address().contains("by=zoe-billingham"));
		waitUntilLoaded("said");
		var answer = get("/api/statements/search?q=trust&speaker=zoe-billingham&size=50").json();
		assertThat(answer.size()).isPositive().isLessThan(everyone);
		assertThat(hits().stream().map(h -> h.getDomAttribute("data-statement")).toList())
			.isEqualTo(java.util.stream.StreamSupport.stream(answer.spliterator(), false).map(h -> h.get("statement").asText()).toList());
		assertThat(hits()).allSatisfy(h -> assertThat(h.findElement(By.cssSelector(".speaker")).getText()).isEqualTo("Zoe Billingham"));
		assertThat(message()).contains("by Zoe Billingham");
		assertThat(browser.findElement(By.id("said-by-now")).getText()).isEqualTo("Only what Zoe Billingham said");
		// a reload keeps it; Anyone undoes it
		browser.navigate().refresh();
		waitUntilLoaded("said");
		assertThat(hits()).hasSize(answer.size());
		browser.findElement(By.id("said-by-clear")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !address().contains("by="));
		waitUntilLoaded("said");
		assertThat(hits()).hasSize(everyone);
	}

	@Test
	void theWordsMarkedAreTheWordsTheSearchMatches() {
		open("/?view=said");
		waitUntilLoaded("said");
		// typed word -> the words of the text it marks: itself, a longer word it starts, a typo within its allowance
		// (none up to two letters, one up to five, two beyond), a transposition counting one
		var cases = Map.of(
				"unsafe", List.of("Services are unsafe, unsafely, unsaef and unsure; not sane.", "unsafe unsafely unsaef unsure"),
				"lamb", List.of("Mr Lamb's letter: lamb, lame, lambs; not lime or am.", "Lamb's lamb lame lambs"),
				"mp", List.of("MPs and an MP, not map or mo.", "MPs MP"),
				"cqc", List.of("The CQC, cqcs and cqx; not co-signed.", "CQC cqcs cqx"),
				"zoe", List.of("Zoë Billingham, Zoe.", "Zoë Zoe"));
		for (var c : cases.entrySet()) {
			@SuppressWarnings("unchecked")
			var marked = (List<String>) script("const text = arguments[0];"
					+ " return page.said.marks(text, page.said.wordsOf(arguments[1])).map(m => text.slice(m.start, m.end))",
					c.getValue().get(0), c.getKey());
			assertThat(String.join(" ", marked)).as(c.getKey()).isEqualTo(c.getValue().get(1));
		}
	}

	@Test
	void atPhoneWidthTheHitsFitAndOpenTheArticle() throws IOException {
		size(PHONE);
		try {
			open("/?view=said&q=unsafe%20services");
			waitUntilLoaded("said");
			assertThat(hits()).isNotEmpty();
			assertThat(fitsTheWidth()).isTrue();
			assertThat(inView(browser.findElement(By.id("said-q")))).isTrue();
			screenshot("said-unsafe-services-390x844");
			hits().get(0).click();
			waitUntilLoaded("article");
			assertThat(inView(browser.findElement(By.cssSelector("#article-text a.ev.current")))).isTrue();
			screenshot("said-hit-opened-article-390x844");
		}
		finally {
			size(DESKTOP);
		}
	}

	@Test
	void focusOnIsAComboboxWhoseFirstSuggestionForAnAcronymIsItsOrganisation() throws IOException {
		open("/");
		waitUntilLoaded("network");
		var input = browser.findElement(By.id("search"));
		assertThat(input.getDomAttribute("role")).isEqualTo("combobox");
		assertThat(input.getDomAttribute("aria-controls")).isEqualTo("suggestions");
		assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(browser.findElement(By.id("suggestions")).getDomAttribute("role")).isEqualTo("listbox");

		input.sendKeys("nsft");
		var options = waitForOptions("nsft");
		assertThat(options.get(0).getText()).startsWith("Norfolk and Suffolk NHS Foundation Trust (NSFT)");
		assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("true");
		assertThat(input.getDomAttribute("aria-activedescendant")).isNull();
		assertThat(options).allSatisfy(o -> {
			assertThat(o.getDomAttribute("role")).isEqualTo("option");
			assertThat(o.getDomAttribute("aria-selected")).isEqualTo("false");
		});
		screenshot("focus-suggestions-nsft-1400x900");

		// the arrows move the active option, the focus stays in the box
		input.sendKeys(Keys.ARROW_DOWN);
		assertThat(input.getDomAttribute("aria-activedescendant")).isEqualTo(options.get(0).getDomAttribute("id"));
		assertThat(options.get(0).getDomAttribute("aria-selected")).isEqualTo("true");
		input.sendKeys(Keys.ARROW_DOWN);
		assertThat(input.getDomAttribute("aria-activedescendant")).isEqualTo(options.get(1).getDomAttribute("id"));
		assertThat(options.get(0).getDomAttribute("aria-selected")).isEqualTo("false");
		input.sendKeys(Keys.ARROW_UP, Keys.ARROW_UP);
		assertThat(input.getDomAttribute("aria-activedescendant")).isEqualTo(options.get(options.size() - 1).getDomAttribute("id"));
		input.sendKeys(Keys.ARROW_DOWN);
		assertThat(input.getDomAttribute("aria-activedescendant")).isEqualTo(options.get(0).getDomAttribute("id"));
		assertThat(script("return document.activeElement.id")).isEqualTo("search");
		input.sendKeys(Keys.ESCAPE);
		assertThat(browser.findElement(By.id("suggestions")).isDisplayed()).isFalse();
		assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");

		// Enter takes the first, the best match: the trust for its acronym
		input.sendKeys(Keys.BACK_SPACE, "t");
		waitForOptions("nsft");
		input.sendKeys(Keys.ENTER);
		waitUntilLoaded("network");
		assertThat(address()).contains("focus=nsft");
		assertThat(browser.findElement(By.id("focus-now")).getText()).isEqualTo("Norfolk and Suffolk NHS Foundation Trust");
		assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");

		// "cqc" and "Lamb" too
		input.sendKeys("cqc");
		assertThat(waitForOptions("cqc").get(0).getText()).startsWith("Care Quality Commission (CQC)");
		input.clear();
		input.sendKeys("Lamb");
		assertThat(waitForOptions("norman-lamb").get(0).getText()).startsWith("Norman Lamb");
	}

	/** The options once the first is {@code id}. */
	private List<WebElement> waitForOptions(String id) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.findElements(
				By.cssSelector("#suggestions:not([hidden]) li[role=option]:first-child[data-id='" + id + "']")).isEmpty());
		return browser.findElements(By.cssSelector("#suggestions li[role=option]"));
	}

	private void search(String words) {
		var box = browser.findElement(By.id("said-q"));
		box.clear();
		box.sendKeys(words, Keys.ENTER);
	}

	private List<WebElement> hits() {
		return browser.findElements(By.cssSelector("#said-results a.said-hit"));
	}

	private boolean hitsFor(String words) {
		return (message().contains("match “" + words + "”") || message().contains("matches “" + words + "”")) && !hits().isEmpty();
	}

	private String message() {
		return browser.findElement(By.id("said-message")).getText();
	}

	private String address() {
		return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
	}
}
