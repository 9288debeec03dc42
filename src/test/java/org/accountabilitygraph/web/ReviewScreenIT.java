package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.accountabilitygraph.ApplicationOnScratchProject;
import org.accountabilitygraph.HeadlessChromium;
import org.accountabilitygraph.ingest.InventedArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review screen in a real headless Chromium, against the real application reading a copy of the project's
 * data/ (so accepting writes there, never into the project): propose an invented article, see its doubts, reject
 * (nothing written), propose again, accept, and find the article in the graph view. Screenshots go to
 * {@code target/screenshots/}.
 */
class ReviewScreenIT extends ApplicationOnScratchProject {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final String ARTICLE = InventedArticle.TEXT;
	private static final String NAME = "007_abcdef1234567890.txt";

	private static ChromeDriver browser;

	@DynamicPropertySource
	static void project(DynamicPropertyRegistry registry) {
		register(registry, ReviewScreenIT.class);
	}

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
	void aCuratorProposesRejectsProposesAgainAcceptsAndFindsTheArticleInTheGraph() throws IOException {
		var before = project().files();
		open("/?view=ingest");
		waitUntil("data-loaded", "ingest");
		assertThat(browser.findElement(By.id("tab-ingest")).getAttribute("aria-selected")).isEqualTo("true");
		browser.findElement(By.id("ingest-name")).sendKeys(NAME);
		browser.findElement(By.id("ingest-text")).sendKeys(ARTICLE);
		browser.findElement(By.id("ingest-propose")).click();
		waitUntil("data-ingest", "proposed");

		// The first doubt (the article's date) has the keyboard's focus after proposing: Enter shows the article's facts.
		assertThat(script("return document.activeElement.dataset.id")).isEqualTo("article-abcdef12");
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(browser.findElement(By.id("ingest-article-info")).getAttribute("class")).contains("selected");
		// The doubts come first; choosing one shows its passage in the article and its statement.
		var doubts = browser.findElement(By.id("ingest-doubts-list")).getText();
		assertThat(doubts).contains("\"he\" read as Norman Lamb");
		var doubt = browser.findElement(By.cssSelector("#ingest-doubts-list button[data-id='statement-abcdef12-02']"));
		doubt.click();
		var selected = browser.findElements(By.cssSelector("#ingest-article mark.selected"));
		assertThat(selected).isNotEmpty();
		assertThat(selected.stream().map(WebElement::getText).reduce("", String::concat))
			.contains("Patients and families deserve far better than this");
		assertThat(browser.findElement(By.cssSelector("#ingest-statements li.selected")).getText())
			.contains("statement-abcdef12-02").contains("Norman Lamb").contains("Patients and families deserve far better than this");
		assertThat(browser.findElement(By.id("ingest-statements")).getText())
			.contains("Spokesman for Norfolk and Suffolk NHS Foundation Trust for Norfolk and Suffolk NHS Foundation Trust reported");
		assertThat(browser.findElement(By.id("ingest-yaml")).getAttribute("value")).startsWith("# Proposed by tools/ingest")
			.contains("review:");
		screenshot("review-proposal");

		browser.findElement(By.id("ingest-reject")).click();
		waitUntil("data-ingest", "rejected");
		assertThat(browser.findElement(By.id("ingest-message")).getText()).contains("nothing was written");
		assertThat(browser.findElement(By.id("ingest-proposal")).isDisplayed()).isFalse();
		assertThat(project().files()).isEqualTo(before);

		browser.findElement(By.id("ingest-propose")).click();
		waitUntil("data-ingest", "proposed");
		browser.findElement(By.id("ingest-check")).click();
		waitUntil("data-ingest", "checked");
		assertThat(browser.findElement(By.id("ingest-message")).getText()).startsWith("No problems: accepting would write");
		assertThat(project().files()).isEqualTo(before);
		browser.findElement(By.id("ingest-accept")).click();
		waitUntil("data-ingest", "accepted");
		assertThat(browser.findElement(By.id("ingest-message")).getText()).startsWith("Accepted R106__Article_abcdef12.yaml");
		assertThat(project().files()).containsKeys("data/articles/" + NAME, "data/facts/R106__Article_abcdef12.yaml");
		screenshot("review-accepted");

		browser.findElement(By.id("ingest-accepted-link")).click();
		waitUntil("data-loaded", "network");
		assertThat(browser.getCurrentUrl()).contains("article=article-abcdef12");
		@SuppressWarnings("unchecked")
		var statements = (List<String>) script("return cy.nodes('[kind = \"Statement\"]').map(n => n.id())");
		assertThat(statements).contains("statement-abcdef12-01", "statement-abcdef12-02", "statement-abcdef12-03")
			.allMatch(id -> id.startsWith("statement-abcdef12-"));
		assertThat(browser.findElement(By.id("article")).getAttribute("value")).isEqualTo("article-abcdef12");
		screenshot("review-article-in-graph");
	}

	@Test
	void whatCannotBeProposedIsExplainedInWords() {
		open("/?view=ingest");
		waitUntil("data-loaded", "ingest");
		browser.findElement(By.id("ingest-text")).clear();
		browser.findElement(By.id("ingest-propose")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.attributeContains(By.id("ingest-message"),
				"class", "error"));
		assertThat(browser.findElement(By.id("ingest-message")).getText())
			.isEqualTo("This is not an article to ingest. The article is empty.");
		assertThat(browser.findElement(By.id("ingest-proposal")).isDisplayed()).isFalse();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private static void waitUntil(String attribute, String value) {
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.attributeToBe(By.tagName("body"), attribute, value));
	}

	private static Object script(String code, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(code, arguments);
	}

	private static void screenshot(String name) throws IOException {
		var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + ".png"), png);
	}
}
