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

import org.accountabilitygraph.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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
	void theBrowserOpensTheNamedQueriesGuideOnceConnected() throws Exception {
		try (var driver = owner()) {
			var command = driver.executableQuery("CALL dbms.clientConfig() YIELD name, value "
					+ "WHERE name = 'browser.post_connect_cmd' RETURN value").execute().records();
			var guide = "http://localhost:" + APP_PORT + "/guides/named-queries.html";
			assertThat(command).singleElement()
				.satisfies(r -> assertThat(r.get("value").asString()).isEqualTo("play " + guide));
			var http = HttpClient.newHttpClient();
			// The Browser fetches it cross-origin, with headers of its own: the pre-flight must pass.
			var preflight = http.send(HttpRequest.newBuilder(URI.create(guide))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "http://localhost:" + HTTP_PORT)
				.header("Access-Control-Request-Method", "GET")
				.header("Access-Control-Request-Headers", "cache-control,pragma,sentry-trace")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(preflight.statusCode()).isEqualTo(200);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
				.hasValue("http://localhost:" + HTTP_PORT);
		}
	}

	@Test
	void theGuideOpensInTheRealNeo4jBrowser() throws Exception {
		var browser = HeadlessChromium.start();
		try {
			// The address the Ready banner prints: the connection form is filled in but for the password.
			browser.get("http://localhost:" + HTTP_PORT + "/browser/?dbms=neo4j://neo4j@localhost:" + BOLT_PORT);
			NeoBrowser.logIn(browser, password().password());
			// Once connected, the Browser runs the post-connect command: our guide.
			new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions
				.textToBePresentInElementLocated(By.tagName("body"), "Who did, said and decided what"));
			Files.createDirectories(Path.of("target/screenshots"));
			Files.write(Path.of("target/screenshots/neo4j-browser-guide.png"),
					((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		finally {
			browser.quit();
		}
	}
}
