package org.accountabilitygraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.accountabilitygraph.ApplicationProcess;
import org.accountabilitygraph.HeadlessChromium;
import org.accountabilitygraph.LoadedGraph;
import org.accountabilitygraph.StoreContent;
import org.accountabilitygraph.load.GraphContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * However a run ends while it loads (kill -9, Ctrl+C), the next start loads exactly the clean graph:
 * the same content hash as the shared harness database, loaded by the same scripts in one go. One
 * store goes through all of it, so the (slow, 30–60 s) first load is paid about once.
 */
@ExtendWith(LoadedGraph.class)
class CrashRecoveryIT {

	/** neo4j-migrations logs each script it applies at INFO; the application keeps it at WARN. */
	private static final String SHOW_SCRIPTS = "--logging.level.ac.simons.neo4j.migrations=INFO";
	/** The five articles load in a few seconds: slowed down, the load can be interrupted when the test says. */
	private static final String SLOW_LOAD = "--graph.delay-between-migrations=3s";
	private static final String SCRIPT_APPLIED = "Applied migration ";
	private static final String LOCK_REMOVED = "Removed a stale neo4j-migrations lock";

	@Test
	void killedOrInterruptedWhileLoadingTheNextStartLoadsExactlyTheCleanGraph(@TempDir Path store, Driver clean)
			throws Exception {
		// 1. kill -9 in the middle of the first load, after the schema script: the lock is held.
		try (var first = ApplicationProcess.start(store, SHOW_SCRIPTS, SLOW_LOAD)) {
			first.awaitOutput("Loading the graph", ApplicationProcess.START);
			first.awaitOutput("Started AccountabilityGraphApplication", ApplicationProcess.START); // the web server
			assertLoadingAnswer(first);
			assertThePageSaysLoading(first);
			first.awaitOutput(SCRIPT_APPLIED, ApplicationProcess.START);
			first.killHard();
		}

		// 2. The next start removes the stale lock (one line), goes on, and is stopped by Ctrl+C mid-load.
		try (var second = ApplicationProcess.start(store, SHOW_SCRIPTS, SLOW_LOAD)) {
			second.awaitOutput(SCRIPT_APPLIED, ApplicationProcess.START);
			assertThat(second.output().lines().filter(l -> l.contains(LOCK_REMOVED))).hasSize(1);
			long before = System.nanoTime();
			second.signal("INT");
			int exit = second.awaitExit(Duration.ofSeconds(30));
			var seconds = (System.nanoTime() - before) / 1e9;
			System.out.printf("Ctrl+C during the load: the process ended %.1f s later (exit %d)%n", seconds, exit);
			assertThat(seconds).as("seconds from SIGINT to exit").isLessThan(5);
			assertThat(second.output()).contains("Stopped while loading the graph").doesNotContain("Ready.")
				.doesNotContain("Exception in thread");
		}

		// 3. The next start finishes the load: the graph is the clean one, and nothing is left locked.
		try (var third = ApplicationProcess.start(store)) {
			third.awaitOutput("Ready.", ApplicationProcess.START);
			assertThat(third.output().lines().filter(l -> l.contains(LOCK_REMOVED)).count()).isLessThanOrEqualTo(1);
			var entity = get(third, "/api/entities/nsft");
			assertThat(entity.statusCode()).as(entity.body()).isEqualTo(200);
			third.signal("TERM");
			third.awaitExit(Duration.ofSeconds(30));
		}
		var left = StoreContent.of(store);
		assertThat(left.migrationLocks()).isZero();
		var expected = GraphContent.of(clean);
		assertThat(left.content().lines()).hasSize(expected.lines().size());
		assertThat(left.content().sha256()).isEqualTo(expected.sha256());
	}

	/** While loading, the API answers 503 "Loading" with Retry-After, never from the half-loaded graph. */
	private static void assertLoadingAnswer(ApplicationProcess app) throws Exception {
		var response = get(app, "/api/entities/nsft");
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(response.body()).contains("\"title\":\"Loading\"").contains("still loading");
		assertThat(get(app, "/").statusCode()).isEqualTo(200); // the page itself is served, and says so
	}

	/** The page shows no half graph and no error while loading: it says so, and asks again later. */
	private static void assertThePageSaysLoading(ApplicationProcess app) {
		var browser = HeadlessChromium.start();
		try {
			browser.get("http://localhost:" + app.appPort + "/");
			new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions
				.textToBePresentInElementLocated(By.id("status"), "still loading"));
			assertThat(browser.findElement(By.id("status")).getAttribute("class")).doesNotContain("error");
		}
		finally {
			browser.quit();
		}
	}

	private static HttpResponse<String> get(ApplicationProcess app, String path) throws Exception {
		return HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + app.appPort + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
