package org.accountabilitygraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Duration;
import java.util.List;

import org.accountabilitygraph.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The run command's application, as a user meets it: the embedded Neo4j with the data loaded,
 * reachable over Bolt from outside the JVM, and the Neo4j Browser served over HTTP.
 */
class ApplicationIT extends EmbeddedApplication {

	@Test
	void boltAnswersWithTheLoadedGraph() {
		try (var driver = owner()) {
			var articles = driver.executableQuery("MATCH (a:Article) RETURN count(a) AS n").execute()
				.records().get(0).get("n").asLong();
			try (var files = Files.list(Path.of("data/articles"))) {
				assertThat(articles).isEqualTo(files.count());
			}
			var lamb = driver.executableQuery("MATCH (p:Person {id: 'norman-lamb'}) RETURN p.name AS name").execute()
				.records();
			assertThat(lamb).singleElement().satisfies(r -> assertThat(r.get("name").asString()).isEqualTo("Norman Lamb"));
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	@Test
	void theNeo4jBrowserIsServedAndDiscoveryAdvertisesTheRealBoltPort() throws Exception {
		var http = HttpClient.newHttpClient();
		var browser = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/browser/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(browser.statusCode()).isEqualTo(200);
		assertThat(browser.body()).containsIgnoringCase("<title>Neo4j Browser</title>");

		var discovery = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/"))
			.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(discovery.statusCode()).isEqualTo(200);
		assertThat(discovery.body()).contains("\"bolt_direct\":\"bolt://localhost:" + BOLT_PORT + "\"");
	}

	@Test
	void onceConnectedTheBrowserTakesTheGraphStyleAndOpensTheGuide() throws Exception {
		try (var driver = owner()) {
			var command = driver.executableQuery("CALL dbms.clientConfig() YIELD name, value "
					+ "WHERE name = 'browser.post_connect_cmd' RETURN value").execute().records();
			var application = "http://localhost:" + APP_PORT;
			var style = application + "/guides/graph-style.grass";
			var guide = application + "/guides/named-queries.html";
			assertThat(command).singleElement()
				.satisfies(r -> assertThat(r.get("value").asString()).isEqualTo("style " + style + "; guide " + guide));
			var http = HttpClient.newHttpClient();
			// The Browser fetches both cross-origin, with headers of its own: the pre-flight must pass.
			for (var url : List.of(style, guide)) {
				var preflight = http.send(HttpRequest.newBuilder(URI.create(url))
					.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
					.header("Origin", "http://localhost:" + HTTP_PORT)
					.header("Access-Control-Request-Method", "GET")
					.header("Access-Control-Request-Headers", "cache-control,pragma,sentry-trace")
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(preflight.statusCode()).as(url).isEqualTo(200);
				assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(url)
					.hasValue("http://localhost:" + HTTP_PORT);
			}
		}
	}

	/**
	 * The guide as a user meets it in the real Browser: in the sidebar once connected, with the project's graph
	 * style applied; every slide headed by a whole sentence without Markdown left in it; on the who-said-what
	 * slide one click on "Draw it" draws the statements, each captioned with the start of its words (not a
	 * year) and its speaker by name, and one click on the query gives its rows; the guide stays where it is.
	 */
	@Test
	void theGuideOpensInTheSidebarAndOneClickDrawsASlideInTheProjectsStyle() throws Exception {
		var browser = HeadlessChromium.start();
		try {
			// The address the Ready banner prints: the connection form is filled in but for the password.
			browser.get("http://localhost:" + HTTP_PORT + "/browser/?dbms=neo4j://neo4j@localhost:" + BOLT_PORT);
			NeoBrowser.logIn(browser, password().password());
			var wait = new WebDriverWait(browser, Duration.ofSeconds(90));
			wait.ignoring(StaleElementReferenceException.class);
			var drawer = NeoBrowser.guide(browser, wait);
			wait.until(ExpectedConditions.textToBePresentInElement(drawer, "Who did, said and decided what"));
			wait.until(d -> NeoBrowser.frames(d).stream()
				.anyMatch(f -> f.command().equals(":style http://localhost:" + APP_PORT + "/guides/graph-style.grass")));
			screenshot(browser, "neo4j-browser-guide.png");

			List<String> headings;
			try (var files = Files.list(Path.of("cypher/queries"))) {
				headings = NeoBrowser.guideHeadings(browser, wait, (int) files.filter(f -> f.toString().endsWith(".cypher")).count() + 1);
			}
			var headers = NeoBrowser.queryHeaders();
			assertThat(headings.get(0)).isEqualTo("Who did, said and decided what");
			for (var heading : headings.subList(1, headings.size())) {
				assertThat(heading).doesNotContain("`").matches("(?s).*[.?!]");
				assertThat(headers).as(heading).anyMatch(header -> header.startsWith(heading));
			}
			assertThat(headings).contains("Q4. Who said what?", "Q3. Criticism: who criticised whom, and where?");

			NeoBrowser.goToSlide(browser, wait, "Q4. Who said what?");
			assertThat(drawer.findElements(By.tagName("code"))).extracting(WebElement::getText).contains("when", "x + '~'");
			int before = NeoBrowser.frames(browser).size();
			NeoBrowser.run(drawer.findElements(By.cssSelector("pre.runnable")).get(0));
			var drawing = wait.until(d -> {
				var frames = NeoBrowser.frames(d);
				var newest = frames.size() > before ? frames.get(0) : null;
				return newest != null && newest.element().findElements(By.cssSelector("svg g.node text.caption")).size() > 5
						? newest : null;
			});
			assertThat(drawing.command()).startsWith("MATCH (speaker)-[said:SAID]->(statement:Statement)");
			Thread.sleep(1500); // the layout settles
			var nodes = NeoBrowser.drawnNodes(drawing.element());
			// The style's colours: statements reddish purple, with the start of their words; MPs blue, by name.
			var statements = nodes.stream().filter(n -> n.fill().equalsIgnoreCase("#CC79A7")).toList();
			assertThat(statements).hasSize(7).allSatisfy(statement -> assertThat(statement.caption())
				.hasSizeGreaterThan(10).doesNotMatch("\\d{4}.*").matches("(?s).*[a-z]{3}.*"));
			assertThat(nodes).anySatisfy(n -> {
				assertThat(n.fill()).isEqualToIgnoringCase("#0072B2");
				assertThat(n.caption()).isEqualTo("Norman Lamb");
			});
			screenshot(browser, "neo4j-browser-guide-drawn.png");

			NeoBrowser.run(drawer.findElements(By.cssSelector("pre.runnable")).get(1));
			var table = wait.until(d -> {
				var frames = NeoBrowser.frames(d);
				return frames.size() > before + 1 && frames.get(0).element().getText().contains("Started streaming 7 records")
						? frames.get(0) : null;
			});
			assertThat(table.element().getText()).contains("statement-").contains("Norman Lamb");
			// The results went into the stream: the guide is still on its slide in the sidebar.
			assertThat(drawer.findElement(By.tagName("h3")).getText()).isEqualTo("Q4. Who said what?");
			screenshot(browser, "neo4j-browser-guide-table.png");
		}
		finally {
			browser.quit();
		}
	}

	private static void screenshot(WebDriver browser, String name) throws IOException {
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots", name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}
}
