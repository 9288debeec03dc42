package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.accountabilitygraph.ApplicationOnLoadedGraph;
import org.accountabilitygraph.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network page in a real headless Chromium (Debian's, installed by {@code tools/ensure-chromium})
 * against the real application and graph. Screenshots go to {@code target/screenshots/}.
 */
class WebPageIT extends ApplicationOnLoadedGraph {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static ChromeDriver browser;

	@BeforeAll
	static void startBrowser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		browser = HeadlessChromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theNetworkAroundTheTrustRendersEveryNodeTheApiReturns() throws IOException {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		long expected = get("/api/network?focus=nsft&depth=1").json().get("nodes").size();
		assertThat(expected).isGreaterThan(20);
		// every node is in the drawing; the statements folded into speaker-to-subject edges (NetworkReadingIT)
		assertThat(script("return cy.nodes().length")).isEqualTo(expected);
		long entities = (Long) script("return cy.nodes('[kind != \"Statement\"]').length");
		assertThat(browser.findElement(By.id("status")).getText()).startsWith(entities + " people, organisations and subjects")
			.contains("around Norfolk and Suffolk NHS Foundation Trust");
		assertThat(browser.findElements(By.cssSelector("#legend-nodes li"))).hasSizeGreaterThan(5);
		screenshot("network-nsft");
	}

	@Test
	void searchingForAPersonFocusesOnThem() throws IOException {
		open("/");
		waitUntilLoaded("network");
		browser.findElement(By.id("search")).sendKeys("Bellingham");
		var suggestion = waitFor(By.cssSelector("#suggestions li[data-id='zoe-billingham']"));
		screenshot("search-suggestions");
		suggestion.click();
		waitUntilLoaded("network");
		assertThat(browser.getCurrentUrl()).contains("focus=zoe-billingham");
		assertThat(browser.findElement(By.id("focus-now")).getText()).isEqualTo("Zoe Billingham");
		assertThat(script("return cy.getElementById('zoe-billingham').hasClass('focus')")).isEqualTo(true);
		screenshot("focus-zoe-billingham");
	}

	@Test
	void clickingAStatementShowsItsQuotationAndArticle() throws IOException {
		// statements are nodes to click with "Statements as nodes" (folded into edges otherwise)
		open("/?focus=zoe-billingham&statements=nodes");
		waitUntilLoaded("network");
		var statement = get("/api/statements?speaker=zoe-billingham").json().get(0);
		var id = statement.get("id").asText();
		// Bring the statement to the middle of the canvas, then click it there as a person would.
		script("var n = cy.getElementById(arguments[0]); cy.zoom(2.5); cy.center(n); return null;", id);
		var canvas = browser.findElement(By.id("cy"));
		var position = (List<?>) script("var p = cy.getElementById(arguments[0]).renderedPosition(); return [p.x, p.y];", id);
		int x = ((Number) position.get(0)).intValue() - canvas.getSize().getWidth() / 2;
		int y = ((Number) position.get(1)).intValue() - canvas.getSize().getHeight() / 2;
		new Actions(browser).moveToElement(canvas, x, y).click().perform();

		var quotation = waitFor(By.cssSelector("#details blockquote.quotation"));
		assertThat(quotation.getText()).isEqualTo(statement.get("text").asText());
		assertThat(browser.findElement(By.cssSelector("#details .article-title")).getText())
			.isEqualTo(statement.at("/source/title").asText());
		assertThat(browser.findElement(By.cssSelector("#details .evidence")).getText())
			.contains(statement.at("/source/evidence").asText());
		assertThat(browser.getCurrentUrl()).contains("selected=" + id);
		var cypher = "MATCH (s:Statement {id: '" + id + "'})-[fact]-(other) RETURN s, fact, other";
		var link = browser.findElement(By.cssSelector("#details a.browser")).getAttribute("href");
		var prefix = BROWSER_URL + "?cmd=edit&arg=";
		assertThat(link).startsWith(prefix);
		assertThat(URLDecoder.decode(link.substring(prefix.length()), StandardCharsets.UTF_8)).isEqualTo(cypher);
		screenshot("statement-details");
	}

	@Test
	void aDateFilterRemovesLaterStatements() throws IOException {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		assertThat(statementIds()).anyMatch(id -> id.contains("60032d35")).anyMatch(id -> id.contains("4dedf428"));
		var to = browser.findElement(By.id("to"));
		to.clear();
		to.sendKeys("2018");
		browser.findElement(By.id("apply")).click();
		waitUntilLoaded("network");
		assertThat(statementIds()).isNotEmpty()
			.noneMatch(id -> id.contains("60032d35"))
			.anyMatch(id -> id.contains("4dedf428"));
		assertThat(browser.getCurrentUrl()).contains("to=2018");
		screenshot("network-nsft-to-2018");
	}

	@Test
	void aSharedLinkRestoresTheViewAndBadInputIsExplained() throws IOException {
		// ABOUT edges are drawn (and in the legend) with the statements as nodes
		open("/?focus=nsft&hide=ABOUT&view=timeline&statements=nodes");
		waitUntilLoaded("timeline");
		assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSizeGreaterThan(5);
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("inadequate");
		screenshot("timeline-nsft");
		browser.findElement(By.id("tab-network")).click();
		assertThat(script("return cy.edges('[type = \"ABOUT\"]').every(e => e.hasClass('hidden'))")).isEqualTo(true);
		assertThat(browser.findElement(By.cssSelector("#legend-edges input[data-relation='ABOUT']")).isSelected()).isFalse();

		open("/?focus=nsft&from=2018-13");
		waitFor(By.cssSelector("#status.error"));
		assertThat(browser.findElement(By.id("status")).getText()).contains("from").contains("2018-13");
	}

	@Test
	void readableAtPhoneWidth() throws IOException {
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			open("/?focus=norman-lamb");
			waitUntilLoaded("network");
			assertThat((Long) script("return document.documentElement.scrollWidth"))
				.isLessThanOrEqualTo((Long) script("return window.innerWidth"));
			assertThat(browser.findElement(By.id("cy")).getSize().getHeight()).isGreaterThan(300);
			screenshot("phone-norman-lamb");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 800));
		}
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private static void waitUntilLoaded(String what) {
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", what));
	}

	private static WebElement waitFor(By selector) {
		return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(selector));
	}

	private static Object script(String code, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(code, arguments);
	}

	@SuppressWarnings("unchecked")
	private static List<String> statementIds() {
		return (List<String>) script("return cy.nodes('[kind = \"Statement\"]').map(n => n.id())");
	}

	private static void screenshot(String name) throws IOException {
		var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + ".png"), png);
	}
}
