package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The answer tables beside the network in headless Chromium (1400×900 and 390×844): each table has exactly the rows
 * the REST API answers for the focus (and From/To), sorts by a column, and is linked both ways with the drawing (a row
 * picks out its nodes and edges; a node narrows the rows); the address restores the table and its narrowing.
 */
class TablesIT extends PageInChromium {

	@Test
	void theCriticismsOfTheTrustAreTheApisSortableAndLinkedBothWaysWithTheNetwork() throws IOException {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		waitForTable("criticisms");
		// exactly the API's rows: the trust criticised and criticising, each once
		var api = rows("/api/criticisms?target=nsft&size=1000", "/api/criticisms?critic=nsft&size=1000");
		assertThat(api).hasSizeGreaterThan(3);
		assertThat(shownKeys()).containsExactlyInAnyOrderElementsOf(keys(api, TablesIT::criticismKey));
		assertThat(browser.findElement(By.id("table-message")).getText())
			.isEqualTo(api.size() + " criticisms involving Norfolk and Suffolk NHS Foundation Trust.");
		assertThat(browser.findElement(By.id("table-tab-criticisms")).getDomAttribute("aria-selected")).isEqualTo("true");
		// under the network, the table fits its width: nothing to scroll sideways
		assertThat((Boolean) script("const t = document.getElementById('tables'); return t.scrollWidth <= t.clientWidth")).isTrue();
		screenshot("tables-criticisms-nsft-1400x900");

		// sorted by the critic, then the other way, from a button in the header
		var critic = header("Critic");
		critic.click();
		assertThat(header("Critic").findElement(By.xpath("..")).getDomAttribute("aria-sort")).isEqualTo("ascending");
		var collator = Collator.getInstance(Locale.ENGLISH);
		var names = column(0);
		assertThat(names).hasSize(api.size()).isSortedAccordingTo(collator::compare);
		assertThat(names.stream().distinct()).hasSizeGreaterThan(1);
		header("Critic").sendKeys(Keys.ENTER);
		assertThat(header("Critic").findElement(By.xpath("..")).getDomAttribute("aria-sort")).isEqualTo("descending");
		assertThat(column(0)).isSortedAccordingTo((a, b) -> collator.compare(b, a));
		assertThat(header("Target").findElement(By.xpath("..")).getDomAttribute("aria-sort")).isEqualTo("none");
		// the order is in the address: a reload keeps it
		assertThat(java.net.URLDecoder.decode(browser.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8)).contains("sort=-critic");
		var descending = column(0);
		browser.navigate().refresh();
		waitForTable("criticisms");
		assertThat(header("Critic").findElement(By.xpath("..")).getDomAttribute("aria-sort")).isEqualTo("descending");
		assertThat(column(0)).isEqualTo(descending);

		// a row chosen: its critic, its target and the criticism between them stand out, the rest fades
		var first = shownRows().get(0);
		var key = first.getDomAttribute("data-key").split("\\|", -1);
		first.findElement(By.tagName("td")).click();
		assertThat(first.getDomAttribute("aria-current")).isEqualTo("true");
		@SuppressWarnings("unchecked")
		var picked = (List<String>) script("return cy.nodes('.picked').map(n => n.id())");
		assertThat(picked).contains(key[0], key[1]);
		assertThat(script("return cy.edges('.picked').some(e => e.data('type') === 'CRITICISED'"
				+ " && e.source().id() === arguments[0] && e.target().id() === arguments[1])", key[0], key[1])).isEqualTo(true);
		assertThat((Long) script("return cy.elements('.faded').length")).isGreaterThan(10);
		screenshot("tables-row-picked-1400x900");
		// chosen again: the network as before
		shownRows().get(0).findElement(By.tagName("td")).click();
		assertThat(script("return cy.elements('.picked, .faded').length")).isEqualTo(0L);

		// a node chosen in the network: only its rows, said above them, and undone in one click
		var node = key[0].equals("nsft") ? key[1] : key[0];
		script("cy.getElementById(arguments[0]).emit('tap'); return null;", node);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("table-filter")));
		var involving = api.stream().filter(c -> c.at("/critic/id").asText().equals(node) || c.at("/target/id").asText().equals(node)).toList();
		assertThat(shownKeys()).isNotEmpty().containsExactlyInAnyOrderElementsOf(keys(involving, TablesIT::criticismKey));
		assertThat(browser.findElement(By.id("table-involving")).getText()).isEqualTo(script("return cy.getElementById(arguments[0]).data('label')", node));
		assertThat(address()).contains("involving=" + node);
		screenshot("tables-involving-a-node-1400x900");
		browser.findElement(By.id("table-show-all")).click();
		assertThat(shownRows()).hasSize(api.size());
		assertThat(browser.findElement(By.id("table-filter")).isDisplayed()).isFalse();
		assertThat(address()).doesNotContain("involving=");
	}

	@Test
	void theStatementsFollowFromAndToAsTheApiAnswersThem() throws IOException {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		browser.findElement(By.id("table-tab-statements")).click();
		waitForTable("statements");
		assertThat(address()).contains("table=statements");
		var all = rows("/api/statements?speaker=nsft&size=1000", "/api/statements?about=nsft&size=1000");
		loadEveryPage();
		assertThat(shownKeys()).containsExactlyInAnyOrderElementsOf(keys(all, s -> s.get("id").asText()));

		var to = browser.findElement(By.id("to"));
		to.clear();
		to.sendKeys("2018");
		var from = browser.findElement(By.id("from"));
		from.clear();
		from.sendKeys("2018");
		script("document.getElementById('tables').removeAttribute('data-loaded'); return null;");
		browser.findElement(By.id("apply")).click();
		waitForTable("statements");
		var within = rows("/api/statements?speaker=nsft&from=2018&to=2018&size=1000",
				"/api/statements?about=nsft&from=2018&to=2018&size=1000");
		assertThat(within).isNotEmpty().hasSizeLessThan(all.size());
		loadEveryPage();
		assertThat(shownKeys()).containsExactlyInAnyOrderElementsOf(keys(within, s -> s.get("id").asText()));
		// criticisms and calls for action are narrowed the same way: the API's rows for 2018
		browser.findElement(By.id("table-tab-criticisms")).click();
		waitForTable("criticisms");
		var criticisms2018 = rows("/api/criticisms?target=nsft&from=2018&to=2018&size=1000",
				"/api/criticisms?critic=nsft&from=2018&to=2018&size=1000");
		assertThat(criticisms2018).isNotEmpty()
			.hasSizeLessThan(rows("/api/criticisms?target=nsft&size=1000", "/api/criticisms?critic=nsft&size=1000").size());
		assertThat(shownKeys()).containsExactlyInAnyOrderElementsOf(keys(criticisms2018, TablesIT::criticismKey));
		assertThat(browser.findElement(By.id("table-notes")).getText()).isEmpty();
		// the leaders are listed whatever their dates, and the table says so
		browser.findElement(By.id("table-tab-leadership")).click();
		waitForTable("leadership");
		assertThat(browser.findElement(By.id("table-notes")).getText()).contains("From/To do not narrow leadership");
		screenshot("tables-leadership-notes-1400x900");
	}

	@Test
	void theInspectionsTableHasTheApisInspectionsAndDecisionsWithTheirOverallRatings() {
		open("/?focus=nsft&table=inspections");
		waitForTable("inspections");
		var api = rows("/api/inspections?organisation=nsft&size=1000");
		assertThat(api).hasSizeGreaterThan(3);
		assertThat(shownKeys()).containsExactlyInAnyOrderElementsOf(keys(api, f -> f.get("id").asText()));
		assertThat(browser.findElement(By.id("table-tab-inspections")).getDomAttribute("aria-selected")).isEqualTo("true");
		for (var finding : api) {
			var row = browser.findElement(By.cssSelector("#answer-table tbody tr[data-key='" + finding.get("id").asText() + "']"));
			String overall = "";
			for (var rating : finding.get("ratings")) {
				if (rating.get("domain").asText().equals("overall")) {
					overall = rating.get("rating").asText();
				}
			}
			assertThat(row.findElements(By.tagName("td")).get(2).getText()).as(finding.get("id").asText())
				.isEqualTo(overall.isEmpty() ? "—" : overall);
		}
		assertThat(column(2)).contains("inadequate", "requires improvement");
		// From/To do not narrow it, and it says so
		open("/?focus=nsft&table=inspections&from=2019");
		waitForTable("inspections");
		assertThat(shownKeys()).hasSize(keys(api, f -> f.get("id").asText()).size());
		assertThat(browser.findElement(By.id("table-notes")).getText()).contains("From/To do not narrow inspections");
	}

	@Test
	void theCountNamesTheFocusEvenWhenItsNameComesLate() {
		open("/");
		waitUntilLoaded("network");
		// the focus's name answers 4 s late: the table waits for it rather than saying the id
		delayRequestsContaining("/api/entities/nsft");
		script("page.go(page.address({ focus: 'nsft', selected: 'nsft' })); return null;");
		waitForTable("criticisms");
		assertThat(browser.findElement(By.id("table-message")).getText())
			.endsWith("criticisms involving Norfolk and Suffolk NHS Foundation Trust.");
	}

	@Test
	void theAddressRestoresTheTableAndItsNarrowing() throws IOException {
		open("/?focus=nsft&table=statements&involving=norman-lamb&from=2018&to=2018");
		waitUntilLoaded("network");
		waitForTable("statements");
		assertThat(browser.findElement(By.id("table-tab-statements")).getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(browser.findElement(By.id("table-involving")).getText()).isEqualTo("Norman Lamb");
		var within = rows("/api/statements?speaker=nsft&from=2018&to=2018&size=1000",
				"/api/statements?about=nsft&from=2018&to=2018&size=1000");
		var his = within.stream().filter(s -> s.at("/speaker/id").asText().equals("norman-lamb")
				|| s.get("about").findValuesAsText("id").contains("norman-lamb")).toList();
		assertThat(his).isNotEmpty().hasSizeLessThan(within.size());
		assertThat(shownKeys()).containsExactlyInAnyOrderElementsOf(keys(his, s -> s.get("id").asText()));
		assertThat(browser.findElement(By.id("table-message")).getText()).startsWith(his.size() + " of the " + within.size() + " statements");
		// the leaders of the trust, by the API's own answer
		browser.findElement(By.id("table-show-all")).click();
		browser.findElement(By.id("table-tab-leadership")).click();
		waitForTable("leadership");
		var leaders = get("/api/leadership?organisation=nsft").json();
		assertThat(shownRows()).hasSize(leaders.size());
		assertThat(column(0)).containsAll(leaders.findValuesAsText("name"));
		assertThat(browser.findElements(By.cssSelector("#answer-table tbody a.source"))).isNotEmpty();
		screenshot("tables-leadership-nsft-1400x900");
		// a source opens the article at the fact's sentence
		browser.findElement(By.cssSelector("#answer-table tbody a.source")).click();
		waitUntilLoaded("article");
		assertThat(address()).contains("at=LEADS:");
		assertThat(browser.findElements(By.cssSelector("#article-text a.ev.current"))).isNotEmpty();
		browser.navigate().back();
		waitUntilLoaded("network");
		assertThat(address()).contains("table=leadership");
	}

	@Test
	void atPhoneWidthTheTablesFollowTheNetworkWithNothingCutOff() throws IOException {
		size(PHONE);
		try {
			open("/?focus=nsft&table=calls");
			waitUntilLoaded("network");
			waitForTable("calls");
			var calls = rows("/api/calls-for-action?caller=nsft&size=1000", "/api/calls-for-action?concerning=nsft&size=1000");
			assertThat(shownKeys()).containsExactlyInAnyOrderElementsOf(keys(calls, c -> c.get("id").asText() + "|" + c.at("/caller/id").asText()));
			assertThat(fitsTheWidth()).isTrue();
			assertThat(browser.findElement(By.id("cy")).getSize().getHeight()).isGreaterThan(300);
			screenshot("tables-phone-network-390x844");
			script("document.getElementById('tables').scrollIntoView(); return null;");
			screenshot("tables-phone-calls-390x844");
			// every cell and every header inside the window's width
			assertThat((Boolean) script("return [...document.querySelectorAll('#tables td, #tables th, #table-tabs button')]"
					+ ".every(e => { const r = e.getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth; })")).isTrue();
			browser.findElement(By.id("table-tab-criticisms")).click();
			waitForTable("criticisms");
			script("document.getElementById('tables').scrollIntoView(); return null;");
			assertThat(fitsTheWidth()).isTrue();
			screenshot("tables-phone-criticisms-390x844");
		}
		finally {
			size(DESKTOP);
		}
	}

	private void waitForTable(String table) {
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(By.id("tables"), "data-loaded", table));
	}

	/** Clicks "More" while there is more, so that the table holds every row. */
	private void loadEveryPage() {
		while (browser.findElement(By.id("table-more")).isDisplayed()) {
			int before = shownRows().size();
			browser.findElement(By.id("table-more")).click();
			new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> shownRows().size() > before);
		}
	}

	/** The rows of the API's lists, each once (by its whole JSON). */
	private List<JsonNode> rows(String... paths) {
		Set<JsonNode> rows = new LinkedHashSet<>();
		for (var path : paths) {
			get(path).json().forEach(rows::add);
		}
		return new ArrayList<>(rows);
	}

	private static List<String> keys(List<JsonNode> rows, Function<JsonNode, String> key) {
		return rows.stream().map(key).distinct().toList();
	}

	// as tables.js keys a criticism: critic, target, statement, article, words
	private static String criticismKey(JsonNode c) {
		return String.join("|", c.at("/critic/id").asText(""), c.at("/target/id").asText(""), text(c.get("statement")),
				c.at("/source/article").asText(""), text(c.get("summary")));
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? "" : node.asText();
	}

	private List<WebElement> shownRows() {
		return browser.findElements(By.cssSelector("#answer-table tbody tr"));
	}

	private List<String> shownKeys() {
		return shownRows().stream().map(r -> r.getDomAttribute("data-key")).toList();
	}

	private List<String> column(int index) {
		return shownRows().stream().map(r -> r.findElements(By.tagName("td")).get(index).getText()).toList();
	}

	private WebElement header(String name) {
		return browser.findElements(By.cssSelector("#answer-table th button.sort")).stream()
			.filter(b -> b.getText().startsWith(name)).findFirst().orElseThrow();
	}

	private String address() {
		return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
	}
}
