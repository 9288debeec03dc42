package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The view between two entities (?view=between&a=&b=) in headless Chromium: the chain of sourced facts that links them
 * (the API's /api/path) drawn and listed with each step's source, what each said about the subjects both spoke about
 * (/api/compare) side by side, each source opening the article at the sentence; opened from an entity's panel.
 */
class BetweenIT extends PageInChromium {

	@Test
	void whatTwoSaidAboutTheSameSubjectsSideBySide() throws IOException {
		var comparison = get("/api/compare?a=antek-lejk&b=chloe-smith").json();
		open("/?view=between&a=antek-lejk&b=chloe-smith");
		waitUntilLoaded("between");
		assertThat(browser.findElement(By.id("between-title")).getText()).isEqualTo("Between Antek Lejk and Chloe Smith");
		var sections = browser.findElements(By.cssSelector("#between-subjects .shared-subject"));
		var expected = new ArrayList<String>();
		comparison.get("subjects").forEach(s -> expected.add(s.at("/subject/id").asText()));
		assertThat(expected).contains("nsft", "cqc");
		assertThat(sections.stream().map(s -> s.getDomAttribute("data-subject")).toList()).isEqualTo(expected);
		for (int i = 0; i < sections.size(); i++) {
			var subject = comparison.get("subjects").get(i);
			var sides = sections.get(i).findElements(By.cssSelector(".side"));
			assertThat(sides).hasSize(2);
			assertThat(sides.get(0).getText()).startsWith("Antek Lejk said");
			assertThat(sides.get(1).getText()).startsWith("Chloe Smith said");
			assertThat(sides.get(0).findElements(By.cssSelector("li"))).hasSize(subject.get("saidByA").size());
			assertThat(sides.get(1).findElements(By.cssSelector("li"))).hasSize(subject.get("saidByB").size());
			var first = subject.get("saidByA").get(0);
			var item = sides.get(0).findElement(By.cssSelector("li"));
			assertThat(item.getDomAttribute("data-statement")).isEqualTo(first.get("id").asText());
			assertThat(item.findElement(By.cssSelector("a.source")).getText()).startsWith(first.at("/source/title").asText().substring(0, 40));
		}
		// the drawing: both, the shared subjects, an edge from each to what they spoke about
		assertThat(script("return betweenCy.nodes().map(n => n.id()).sort()").toString()).contains("antek-lejk", "chloe-smith", "cqc", "nsft");
		screenshot("between-lejk-smith-1400x900");

		// a statement's source opens the article at its sentence
		var source = sections.get(0).findElement(By.cssSelector(".side li a.source"));
		var statement = comparison.at("/subjects/0/saidByA/0");
		source.click();
		waitUntilLoaded("article");
		assertThat(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8)).contains("view=article")
			.contains("id=" + statement.at("/source/article").asText())
			.contains("at=SAID:antek-lejk:" + statement.get("id").asText());
		browser.navigate().back();
		waitUntilLoaded("between");
		assertThat(browser.findElements(By.cssSelector("#between-subjects .shared-subject"))).hasSize(expected.size());
	}

	@Test
	void theChainOfFactsIsDrawnAndListedWithEachStepsSource() throws IOException {
		var path = get("/api/path?from=norman-lamb&to=zoe-billingham").json();
		open("/?view=between&a=norman-lamb&b=zoe-billingham");
		waitUntilLoaded("between");
		var steps = browser.findElements(By.cssSelector("#between-steps li"));
		assertThat(steps).hasSize(path.get("steps").size()).isNotEmpty();
		for (int i = 0; i < steps.size(); i++) {
			var step = path.get("steps").get(i);
			assertThat(steps.get(i).getDomAttribute("data-type")).isEqualTo(step.get("type").asText());
			var href = URLDecoder.decode(steps.get(i).findElement(By.cssSelector("a.source")).getAttribute("href"), StandardCharsets.UTF_8);
			assertThat(href).contains("view=article").contains("id=" + step.at("/source/article").asText())
				.contains("at=" + step.get("type").asText() + ":" + step.get("from").asText() + ":" + step.get("to").asText());
		}
		assertThat(browser.findElement(By.id("between-message")).getText())
			.startsWith("Norman Lamb and Zoe Billingham are " + path.get("steps").size() + " facts apart");
		// the chain highlighted in the drawing: one edge per step, over the chain's nodes
		assertThat(script("return betweenCy.edges('.step').length")).isEqualTo((long) path.get("steps").size());
		var chain = new ArrayList<String>();
		path.get("nodes").forEach(n -> chain.add(n.get("id").asText()));
		@SuppressWarnings("unchecked")
		var drawn = (List<String>) script("return betweenCy.nodes().map(n => n.id())");
		assertThat(drawn).containsAll(chain);
		screenshot("between-lamb-billingham-1400x900");
		size(PHONE);
		try {
			open("/?view=between&a=norman-lamb&b=zoe-billingham");
			waitUntilLoaded("between");
			assertThat(fitsTheWidth()).isTrue();
			screenshot("between-lamb-billingham-390x844");
		}
		finally {
			size(DESKTOP);
		}
	}

	@Test
	void compareWithInAnEntitysPanelOpensTheView() throws IOException {
		open("/?focus=antek-lejk");
		waitUntilLoaded("network");
		script("cy.getElementById('antek-lejk').emit('tap'); return null;");
		var box = waitFor(By.cssSelector("#details .compare-with input"));
		assertThat(browser.findElement(By.cssSelector("#details .compare-with label")).getText()).isEqualTo("Compare Antek Lejk with…");
		assertThat(box.getDomAttribute("role")).isEqualTo("combobox");
		box.sendKeys("Chloe");
		waitFor(By.cssSelector("#details .compare-with li[data-id='chloe-smith']"));
		box.sendKeys(Keys.ENTER);
		waitUntilLoaded("between");
		assertThat(browser.getCurrentUrl()).contains("view=between").contains("a=antek-lejk").contains("b=chloe-smith");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(b -> b.findElement(By.id("between-title")).getText().equals("Between Antek Lejk and Chloe Smith"));
		screenshot("between-from-panel-1400x900");
		// an unknown entity is said in words
		open("/?view=between&a=antek-lejk&b=no-such-entity");
		waitUntilLoaded("between");
		assertThat(browser.findElement(By.id("between-message")).getText()).contains("no-such-entity");
	}
}
