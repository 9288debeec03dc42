package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.accountabilitygraph.facts.FactSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An entity's profile in a real headless Chromium ({@code ?view=profile&id=nsft}): its leaders once each in date
 * order, its inspections drawn over time with the special-measures periods, what it said, each line's source opening
 * the article at the sentence; opened from the network's panel; its address brought back by a reload.
 */
class ProfileIT extends PageInChromium {

	@Test
	void theTrustsLeadersAreListedInDateOrderEachOnce() throws IOException {
		open("/?view=profile&id=nsft");
		waitUntilLoaded("profile");
		assertThat(browser.findElement(By.id("profile-name")).getText()).isEqualTo("Norfolk and Suffolk NHS Foundation Trust");
		assertThat(browser.findElement(By.id("profile-aliases")).getText()).contains("NSFT");
		var leaders = attributes("#profile-leaders li", "data-person");
		assertThat(leaders).containsExactly("gary-page", "michael-scott", "antek-lejk", "jonathan-warren", "alex-lewis",
				"cath-byford", "zoe-billingham");
		assertThat(leaders.stream().filter("antek-lejk"::equals)).hasSize(1);
		// the roles over time: one line per relation, other party and role, Antek Lejk's with its two articles
		var roles = attributes("#profile-roles li", "data-other");
		assertThat(roles.stream().filter("antek-lejk"::equals)).hasSize(1);
		var lejk = browser.findElement(By.cssSelector("#profile-roles li[data-other='antek-lejk']"));
		assertThat(lejk.getText()).startsWith("2018 Antek Lejk leads them (chief executive)").contains("2 articles");
		assertThat(lejk.findElements(By.cssSelector("a.source"))).hasSize(2);
		screenshot("profile-nsft-1400x900");
	}

	@Test
	void theTrustsInspectionsAreDrawnWithTheirRatingsAndTheSpecialMeasuresPeriods() throws IOException {
		open("/?view=profile&id=nsft");
		waitUntilLoaded("profile");
		var chart = browser.findElement(By.cssSelector("#profile-inspections svg.inspection-chart"));
		var marks = chart.findElements(By.cssSelector("circle.inspection-mark")).stream()
			.map(m -> m.getDomAttribute("data-year") + " " + m.getDomAttribute("data-rating")).toList();
		assertThat(marks).contains("2015 inadequate", "2018 inadequate", "2019 requires improvement");
		var bands = chart.findElements(By.cssSelector("rect.special-measures")).stream()
			.map(b -> b.getDomAttribute("data-from") + "-" + b.getDomAttribute("data-to")).toList();
		// placed in 2015, removed in 2016, placed back in 2017 and not removed since (the 2019 decision: remains)
		assertThat(bands).containsExactly("2015-2016", "2017-");
		assertThat(browser.findElements(By.cssSelector("#profile-inspections li"))).hasSize(
				get("/api/inspections?organisation=nsft&size=1000").json().size());
		script("document.getElementById('profile-inspections').scrollIntoView()");
		screenshot("profile-nsft-inspections-1400x900");
	}

	@Test
	void aSourceLinkOpensTheArticleAtTheSentence() {
		open("/?view=profile&id=nsft");
		waitUntilLoaded("profile");
		var lejk = get("/api/leadership?organisation=nsft").json();
		var source = java.util.stream.StreamSupport.stream(lejk.spliterator(), false)
			.filter(r -> r.at("/person/id").asText().equals("antek-lejk")).findFirst().orElseThrow().at("/sources/0");
		var link = browser.findElement(By.cssSelector("#profile-leaders li[data-person='antek-lejk'] a.source"));
		assertThat(link.getText()).contains(source.get("title").asText().substring(0, 30)).endsWith("2018");
		link.click();
		waitUntilLoaded("article");
		assertThat(address()).contains("view=article").contains("id=" + source.get("article").asText())
			.contains("at=LEADS:antek-lejk:nsft");
		var marked = (String) script("return [...document.querySelectorAll('#article-text a.ev.current')].map(a => a.textContent).join('')");
		assertThat(FactSet.normalise(marked)).isEqualTo(FactSet.normalise(source.get("evidence").asText()));
		browser.navigate().back();
		waitUntilLoaded("profile");
		assertThat(address()).contains("view=profile").contains("id=nsft");
	}

	@Test
	void normanLambsProfileListsHisSevenStatements() throws IOException {
		open("/?view=profile&id=norman-lamb");
		waitUntilLoaded("profile");
		assertThat(browser.findElement(By.id("profile-name")).getText()).isEqualTo("Norman Lamb");
		var said = browser.findElements(By.cssSelector("#profile-said li"));
		assertThat(said).hasSize(7);
		assertThat(said).allSatisfy(s -> assertThat(s.findElements(By.cssSelector("a.source"))).hasSize(1));
		assertThat(browser.findElement(By.cssSelector("#profile-said .more")).isDisplayed()).isFalse();
		// no leaders or inspections for a person
		assertThat(browser.findElements(By.id("profile-leaders"))).isEmpty();
		assertThat(browser.findElements(By.id("profile-inspections"))).isEmpty();
		screenshot("profile-norman-lamb-1400x900");
		size(PHONE);
		try {
			open("/?view=profile&id=nsft");
			waitUntilLoaded("profile");
			assertThat(fitsTheWidth()).isTrue();
			screenshot("profile-nsft-390x844");
			script("document.getElementById('profile-inspections').scrollIntoView()");
			screenshot("profile-nsft-inspections-390x844");
		}
		finally {
			size(DESKTOP);
		}
	}

	@Test
	void aProfileListsWhomTheyCriticised() {
		open("/?view=profile&id=campaign-to-save-mental-health-services");
		waitUntilLoaded("profile");
		var criticised = browser.findElements(By.cssSelector("#profile-criticised li"));
		assertThat(criticised).isNotEmpty().allSatisfy(c -> assertThat(c.findElements(By.cssSelector("a.source"))).hasSize(1));
		assertThat(criticised).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("Matt Hancock"))
			.anySatisfy(t -> assertThat(t).contains("Norfolk and Suffolk NHS Foundation Trust"));
	}

	@Test
	void theAddressHoldsTheProfileAndANameOpensItsOwn() {
		open("/?view=profile&id=nsft");
		waitUntilLoaded("profile");
		assertThat(address()).endsWith("/?view=profile&id=nsft");
		var counts = messages();
		browser.navigate().refresh();
		waitUntilLoaded("profile");
		assertThat(address()).endsWith("/?view=profile&id=nsft");
		assertThat(browser.findElement(By.id("profile-name")).getText()).isEqualTo("Norfolk and Suffolk NHS Foundation Trust");
		assertThat(browser.findElement(By.id("tab-profile")).getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(messages()).isEqualTo(counts);
		// a name in a list is a link to its own profile; Back returns
		browser.findElement(By.cssSelector("#profile-leaders a.entity[data-entity='antek-lejk']")).click();
		waitUntilLoaded("profile");
		assertThat(address()).contains("view=profile").contains("id=antek-lejk");
		assertThat(browser.findElement(By.id("profile-name")).getText()).isEqualTo("Antek Lejk");
		browser.navigate().back();
		waitUntilLoaded("profile");
		assertThat(browser.findElement(By.id("profile-name")).getText()).isEqualTo("Norfolk and Suffolk NHS Foundation Trust");
		// the Articles tab opens the list (the id in the address was the profile's), the Profile tab the trust again
		browser.findElement(By.id("tab-article")).click();
		waitUntilLoaded("article-list");
		assertThat(address()).doesNotContain("id=");
		browser.findElement(By.id("tab-profile")).click();
		waitUntilLoaded("profile");
		assertThat(address()).contains("view=profile").contains("id=nsft");
	}

	@Test
	void theNetworksPanelOpensTheProfileOfTheSelectedNode() {
		open("/?focus=norman-lamb");
		waitUntilLoaded("network");
		script("cy.getElementById('norman-lamb').emit('tap'); return null;");
		waitFor(By.cssSelector("#details a.profile-link")).click();
		waitUntilLoaded("profile");
		assertThat(address()).contains("view=profile").contains("id=norman-lamb");
		assertThat(browser.findElement(By.id("profile-name")).getText()).isEqualTo("Norman Lamb");
		// and the link beside the focus's name
		assertThat(browser.findElement(By.id("focus-profile")).getDomAttribute("href")).contains("view=profile")
			.contains("id=norman-lamb");
		// on the profile, a name chosen in "Focus on" opens its profile
		browser.findElement(By.id("search")).sendKeys("nsft");
		waitFor(By.cssSelector("#suggestions [role=option]"));
		browser.findElement(By.id("search")).sendKeys(Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> address().contains("id=nsft"));
		waitUntilLoaded("profile");
		assertThat(browser.findElement(By.id("profile-name")).getText()).isEqualTo("Norfolk and Suffolk NHS Foundation Trust");
		assertThat(address()).contains("view=profile").contains("focus=nsft");
	}

	@Test
	void compareWithOnAProfileOpensTheViewBetweenItAndTheNameChosen() {
		open("/?view=profile&id=antek-lejk");
		waitUntilLoaded("profile");
		assertThat(browser.findElement(By.cssSelector("#profile-compare label")).getText()).isEqualTo("Compare Antek Lejk with…");
		var box = browser.findElement(By.cssSelector("#profile-compare input"));
		box.sendKeys("Chloe");
		waitFor(By.cssSelector("#profile-compare li[data-id='chloe-smith']"));
		box.sendKeys(Keys.ENTER);
		waitUntilLoaded("between");
		assertThat(address()).contains("view=between").contains("a=antek-lejk").contains("b=chloe-smith");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(b -> b.findElement(By.id("between-title")).getText().equals("Between Antek Lejk and Chloe Smith"));
		browser.navigate().back();
		waitUntilLoaded("profile");
		assertThat(browser.findElement(By.id("profile-name")).getText()).isEqualTo("Antek Lejk");
	}

	@Test
	void anUnknownIdIsSaidInWords() {
		open("/?view=profile&id=nobody-here");
		waitUntilLoaded("profile");
		var message = browser.findElement(By.id("profile-message"));
		assertThat(message.getText()).isEqualTo("Nothing in the graph has the id 'nobody-here'.");
		assertThat(message.getDomAttribute("class")).isEqualTo("error");
		assertThat(browser.findElements(By.cssSelector(".profile-section"))).isEmpty();
	}

	@Test
	void aNewerProfileAbortsTheOlderOneAndLoadingIsSaid() {
		open("/?view=profile&id=norman-lamb");
		waitUntilLoaded("profile");
		// a slow answer for the trust: "Loading the profile…" until it comes; a newer profile aborts its request
		delayRequestsContaining("/api/entities/nsft");
		script("page.go(page.address({ view: 'profile', id: 'nsft', at: '' })); return null;");
		assertThat(browser.findElement(By.id("profile-message")).getText()).isEqualTo("Loading the profile…");
		assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-loaded")).isNull();
		script("page.go(page.address({ view: 'profile', id: 'antek-lejk', at: '' })); return null;");
		waitUntilLoaded("profile");
		assertThat(browser.findElement(By.id("profile-name")).getText()).isEqualTo("Antek Lejk");
		assertThat((List<?>) script("return window.aborted")).hasSize(1);
		assertThat(address()).contains("id=antek-lejk");
	}

	private List<String> attributes(String selector, String attribute) {
		return browser.findElements(By.cssSelector(selector)).stream().map(e -> e.getDomAttribute(attribute)).toList();
	}

	private List<String> messages() {
		return browser.findElements(By.cssSelector(".profile-section .message")).stream().map(WebElement::getText).toList();
	}

	private String address() {
		return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
	}
}
