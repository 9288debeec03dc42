package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.accountabilitygraph.facts.FactSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The source article view in a real headless Chromium: opened by its address, the text with the words of every
 * fact highlighted, words and facts leading to each other, a Source in the details panel opening it at the
 * sentence, at desktop and phone sizes.
 */
class ArticleViewIT extends PageInChromium {

	@Test
	void everyArticleOpenedByItsAddressHighlightsTheWordsOfEveryFact() throws IOException {
		for (var summary : get("/api/articles").json()) {
			var id = summary.get("id").asText();
			open("/?view=article&id=" + id);
			waitUntilLoaded("article");
			var answer = get("/api/articles/" + id + "/text").json();
			assertThat(browser.findElement(By.id("article-heading")).getText()).isEqualTo(answer.at("/article/title").asText());
			assertThat(browser.findElement(By.id("article-text")).getText().strip())
				.isEqualTo(answer.get("text").asText().strip());
			var withWords = new HashSet<String>();
			var spans = new HashSet<String>();
			for (var fact : answer.get("facts")) {
				if (!fact.at("/evidence/start").isNull()) {
					withWords.add(fact.get("id").asText());
					spans.add(fact.at("/evidence/start").asInt() + "-" + fact.at("/evidence/end").asInt());
				}
			}
			assertThat(withWords).as(id).hasSize(answer.get("facts").size());
			// each fact with words is linked from the highlights, and the highlights are as many as the distinct spans
			assertThat(highlightedFacts()).as(id).isEqualTo(withWords);
			assertThat(browser.findElement(By.id("article-text")).getDomAttribute("data-spans"))
				.isEqualTo(String.valueOf(spans.size()));
			// and each fact is listed beside the text
			assertThat(listedFacts()).as(id).containsAll(withWords);
			if (id.equals("article-e3fac681")) {
				assertThat(browser.findElement(By.id("article-publisher")).getText()).isEqualTo("ITV Anglia");
				assertThat(browser.findElement(By.id("article-date")).getText()).isEqualTo("on or after 6 November 2019");
				// title, publisher and date are each marked inferred, the reasons one click away
				var notes = browser.findElements(By.cssSelector("#article-meta details.inferred"));
				assertThat(notes).hasSize(3);
				notes.get(2).findElement(By.tagName("summary")).click();
				assertThat(notes.get(2).getText()).contains(answer.at("/article/dateReasoning").asText().substring(0, 40));
				screenshot("article-e3fac681-1400x900");
			}
		}
	}

	@Test
	void wordsLeadToTheirFactsAndFactsToTheirWords() throws IOException {
		var id = "article-4dedf428";
		var answer = get("/api/articles/" + id + "/text").json();
		open("/?view=article&id=" + id);
		waitUntilLoaded("article");

		// the words of Norman Lamb's 'I attended a meeting ...': choose the highlight whose innermost span they are
		var said = fact(answer, "SAID:norman-lamb:statement-4dedf428-04");
		var key = said.at("/evidence/start").asInt() + "-" + said.at("/evidence/end").asInt();
		var piece = browser.findElements(By.cssSelector("#article-text a.ev")).stream()
			.filter(p -> p.getDomAttribute("data-spans").split(" ")[0].equals(key)).findFirst().orElseThrow();
		piece.click();
		var marked = browser.findElements(By.cssSelector("#article-facts li.marked"));
		assertThat(marked).extracting(m -> m.getDomAttribute("data-fact")).contains(said.get("id").asText());
		assertThat(marked).allSatisfy(m -> assertThat(Arrays.asList(piece.getDomAttribute("data-facts").split(" ")))
			.contains(m.getDomAttribute("data-fact")));
		assertThat(markedWords()).isEqualTo(FactSet.normalise(said.at("/evidence/text").asText()));
		// the address names a fact of those words (a mention of the statement has the same words as its SAID)
		var sameWords = facts(answer).stream().filter(f -> key.equals(f.at("/evidence/start").asInt() + "-"
				+ f.at("/evidence/end").asInt())).map(f -> "at=" + f.get("id").asText()).toList();
		assertThat(sameWords).anySatisfy(at -> assertThat(address()).contains(at));

		// a fact chosen in the list: its words are marked and brought into view
		var criticism = facts(answer).stream().filter(f -> f.get("type").asText().equals("CRITICISED")).reduce((a, b) -> b)
			.orElseThrow();
		var link = browser.findElement(By.cssSelector("#article-facts a.fact[data-fact='" + criticism.get("id").asText() + "']"));
		script("arguments[0].scrollIntoView({block: 'center'})", link);
		link.click();
		assertThat(markedWords()).isEqualTo(FactSet.normalise(criticism.at("/evidence/text").asText()));
		assertThat(inView(browser.findElement(By.cssSelector("#article-text a.ev.current")))).isTrue();
		assertThat(browser.findElement(By.cssSelector("#article-facts li.marked")).getDomAttribute("data-fact"))
			.isEqualTo(criticism.get("id").asText());
		screenshot("article-4dedf428-fact-chosen-1400x900");

		// the keyboard reaches a fact and chooses it
		var mention = fact(answer, "REPORTED_IN:norman-lamb:" + id);
		var mentionLink = browser.findElement(By.cssSelector("#article-facts a.fact[data-fact='" + mention.get("id").asText() + "']"));
		mentionLink.sendKeys(Keys.ENTER);
		assertThat(markedWords()).isEqualTo(FactSet.normalise(mention.at("/evidence/text").asText()));
		assertThat(browser.switchTo().activeElement().getDomAttribute("data-fact")).isEqualTo(mention.get("id").asText());
	}

	@Test
	void openedAtAFactItShowsItsWords() throws IOException {
		var id = "article-60032d35";
		var answer = get("/api/articles/" + id + "/text").json();
		var last = facts(answer).get(facts(answer).size() - 1); // the end of a 5.5 KB article
		open("/?view=article&id=" + id + "&at=" + last.get("id").asText());
		waitUntilLoaded("article");
		assertThat(markedWords()).isEqualTo(FactSet.normalise(last.at("/evidence/text").asText()));
		assertThat(inView(browser.findElement(By.cssSelector("#article-text a.ev.current")))).isTrue();
		assertThat(browser.findElements(By.cssSelector("#article-facts li.marked"))).isNotEmpty();
		screenshot("article-60032d35-at-fact-1400x900");

		// an address naming no fact of the article opens it whole, and says so
		open("/?view=article&id=" + id + "&at=SAID:nobody:nothing");
		waitUntilLoaded("article");
		assertThat(browser.findElement(By.id("status")).getText()).contains("no fact");
		assertThat(browser.findElements(By.cssSelector("#article-text a.ev.current"))).isEmpty();
	}

	@Test
	void aSourceInTheDetailsPanelOpensTheArticleAtTheSentence() throws IOException {
		open("/?focus=zoe-billingham");
		waitUntilLoaded("network");
		var statement = get("/api/statements?speaker=zoe-billingham").json().get(0);
		var id = statement.get("id").asText();
		// her panel lists what she said; a quotation there is chosen like the statement in the network
		script("cy.getElementById('zoe-billingham').emit('tap'); return null;");
		waitFor(By.cssSelector("#details a.statement-text")).click();
		assertThat(waitFor(By.cssSelector("#details blockquote.quotation")).getText()).isEqualTo(statement.get("text").asText());
		assertThat(script("return cy.getElementById(arguments[0]).selected()", id)).isEqualTo(true);
		var source = waitFor(By.cssSelector("#details a.article-title"));
		assertThat(source.getText()).isEqualTo(statement.at("/source/title").asText());
		source.click();
		waitUntilLoaded("article");
		assertThat(address()).contains("view=article").contains("id=" + statement.at("/source/article").asText())
			.contains("at=SAID:zoe-billingham:" + id).contains("focus=zoe-billingham");
		assertThat(markedWords()).isEqualTo(FactSet.normalise(statement.at("/source/evidence").asText()));
		assertThat(inView(browser.findElement(By.cssSelector("#article-text a.ev.current")))).isTrue();
		screenshot("article-from-details-source-1400x900");

		// Back returns to the network as it was
		browser.navigate().back();
		waitUntilLoaded("network");
		assertThat(address()).doesNotContain("view=article").contains("selected=" + id);
		assertThat(browser.findElement(By.id("network-view")).isDisplayed()).isTrue();
	}

	@Test
	void theArticlesAndAnArticleAtPhoneWidth() throws IOException {
		size(PHONE);
		try {
			open("/?view=article");
			waitUntilLoaded("article-list");
			var titles = browser.findElements(By.cssSelector("#article-list a"));
			assertThat(titles).hasSize(5);
			assertThat(fitsTheWidth()).isTrue();
			screenshot("articles-390x844");
			titles.get(0).click();
			waitUntilLoaded("article");
			assertThat(fitsTheWidth()).isTrue();
			screenshot("article-390x844");
			var answer = get("/api/articles/" + address().replaceFirst(".*[?&]id=([^&]+).*", "$1") + "/text").json();
			var statement = facts(answer).stream().filter(f -> f.get("type").asText().equals("SAID")).findFirst().orElseThrow();
			var link = browser.findElement(By.cssSelector("#article-facts a.fact[data-fact='" + statement.get("id").asText() + "']"));
			script("arguments[0].scrollIntoView({block: 'center'})", link);
			link.click();
			assertThat(inView(browser.findElement(By.cssSelector("#article-text a.ev.current")))).isTrue();
			screenshot("article-390x844-fact-chosen");
		}
		finally {
			size(DESKTOP);
		}
	}

	private Set<String> highlightedFacts() {
		@SuppressWarnings("unchecked")
		var lists = (List<String>) script("return [...document.querySelectorAll('#article-text a.ev')].map(a => a.dataset.facts)");
		var ids = new HashSet<String>();
		lists.forEach(l -> ids.addAll(Arrays.asList(l.split(" "))));
		return ids;
	}

	private Set<String> listedFacts() {
		@SuppressWarnings("unchecked")
		var ids = (List<String>) script("return [...document.querySelectorAll('#article-facts a.fact')].map(a => a.dataset.fact)");
		return new HashSet<>(ids);
	}

	/** The words of the marked span, as the checks compare them. */
	private String markedWords() {
		var words = (String) script("return [...document.querySelectorAll('#article-text a.ev.current')].map(a => a.textContent).join('')");
		return FactSet.normalise(words);
	}

	private String address() {
		return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
	}

	private static List<JsonNode> facts(JsonNode answer) {
		var list = new ArrayList<JsonNode>();
		answer.get("facts").forEach(list::add);
		return list;
	}

	private static JsonNode fact(JsonNode answer, String id) {
		return facts(answer).stream().filter(f -> f.get("id").asText().equals(id)).findFirst().orElseThrow();
	}
}
