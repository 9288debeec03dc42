package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network view's states in headless Chromium: what it says while the network loads and when nothing matches,
 * a newer request aborting an older one for the same purpose (the network, the panel), and the address as the one
 * state that Back and Forward restore.
 */
class NetworkStateIT extends PageInChromium {

	@Test
	void whileTheNetworkLoadsItSaysSoAndANewerLoadAbortsTheOlder() throws IOException {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		assertThat(browser.findElement(By.id("network-message")).isDisplayed()).isFalse();
		delayRequestsContaining("/api/network?");
		new Select(browser.findElement(By.id("depth"))).selectByValue("2");
		browser.findElement(By.id("apply")).click();
		var message = waitFor(By.id("network-message"));
		assertThat(message.getText()).isEqualTo("Loading the network…");
		assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-loaded")).isNull();
		assertThat(script("return cy.nodes().length")).isEqualTo(0L);
		screenshot("network-loading-1400x900");
		new Select(browser.findElement(By.id("depth"))).selectByValue("3");
		browser.findElement(By.id("apply")).click();
		waitUntilLoaded("network");
		assertThat((List<?>) script("return window.aborted")).hasSize(1).allSatisfy(url -> assertThat((String) url).contains("depth=2"));
		assertThat(script("return cy.nodes().length"))
			.isEqualTo((long) get("/api/network?focus=nsft&depth=3").json().get("nodes").size());
		assertThat(message.isDisplayed()).isFalse();
	}

	@Test
	void aDateRangeWithNothingSaidIsSaidInWordsNotAnEmptyCanvas() throws IOException {
		var network = get("/api/network?focus=nsft&depth=1&from=2017&to=2017").json();
		assertThat(StreamSupport.stream(network.get("nodes").spliterator(), false)
			.filter(n -> n.at("/data/kind").asText().equals("Statement"))).isEmpty();
		open("/?focus=nsft&from=2017&to=2017");
		waitUntilLoaded("network");
		var message = waitFor(By.id("network-message"));
		assertThat(message.getText()).startsWith("Nothing was said around Norfolk and Suffolk NHS Foundation Trust in 2017")
			.contains("no statement matches").contains("Widen From/To");
		screenshot("network-nothing-matches-1400x900");
		// widening the dates draws the statements and the message goes
		var from = browser.findElement(By.id("from"));
		from.clear();
		browser.findElement(By.id("to")).clear();
		browser.findElement(By.id("apply")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !message.isDisplayed());
		waitUntilLoaded("network");
		assertThat((Long) script("return cy.nodes('[kind = \"Statement\"]').length")).isGreaterThan(5);
	}

	@Test
	void aSlowAnswerForOneNodeNeverFillsThePanelOfTheNextOne() throws InterruptedException, IOException {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		delayRequestsContaining("/api/entities/norman-lamb");
		script("cy.getElementById('norman-lamb').emit('tap'); return null;");
		assertThat(waitFor(By.cssSelector("#details h2")).getText()).isEqualTo("Norman Lamb");
		assertThat(browser.findElement(By.cssSelector("#details .loading")).getText()).isEqualTo("Loading…");
		script("cy.getElementById('zoe-billingham').emit('tap'); return null;");
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(b -> b.findElement(By.id("details")).getText().contains("Said by Zoe Billingham"));
		assertThat((List<?>) script("return window.aborted")).hasSize(1)
			.allSatisfy(url -> assertThat((String) url).contains("/api/entities/norman-lamb"));
		// past the moment the slow answer would have come: the panel is still the second node's
		Thread.sleep(4500);
		var panel = browser.findElement(By.id("details")).getText();
		assertThat(panel).startsWith("Zoe Billingham").doesNotContain("Said by Norman Lamb");
		assertThat(browser.findElements(By.cssSelector("#details h2"))).hasSize(1);
		assertThat(address()).contains("selected=zoe-billingham");
		screenshot("panel-after-slow-answer-1400x900");
	}

	@Test
	void backAndForwardRestoreWhatTheAddressSays() {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		var statement = get("/api/statements?speaker=norman-lamb").json().get(0);
		// a quotation in the panel, then its source: two entries of the history
		script("cy.getElementById('norman-lamb').emit('tap'); return null;");
		waitFor(By.cssSelector("#details a.statement-text"));
		browser.findElement(By.cssSelector("#details small a")).click();
		waitUntilLoaded("article");
		assertThat(address()).contains("view=article").contains("at=SAID:norman-lamb:" + statement.get("id").asText());
		browser.navigate().back();
		waitUntilLoaded("network");
		assertThat(address()).doesNotContain("view=").contains("selected=norman-lamb");
		assertThat(script("return cy.getElementById('norman-lamb').selected()")).isEqualTo(true);
		assertThat(waitFor(By.cssSelector("#details h2")).getText()).isEqualTo("Norman Lamb");
		browser.navigate().forward();
		waitUntilLoaded("article");
		assertThat(address()).contains("view=article");
	}

	private String address() {
		return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
	}
}
