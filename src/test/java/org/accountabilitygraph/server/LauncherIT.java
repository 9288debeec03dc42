package org.accountabilitygraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.accountabilitygraph.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's start command, {@code tools/start}, run as a user runs it once {@code ./mvnw verify} has packaged
 * the jar: it extracts the jar, records its class data sharing archive the first time, starts on the packaged
 * classes with the archive mapped, serves the graph from the project's fact files, and stops on Ctrl+C.
 */
class LauncherIT {

	@Test
	void theStartCommandServesTheGraphWithItsClassArchiveAndStopsOnCtrlC(@TempDir Path store) throws Exception {
		try (var app = ApplicationProcess.startWithLauncher(store)) {
			// A training start and then the real start: two starts' worth of waiting.
			app.awaitOutput("Ready.", ApplicationProcess.START.multipliedBy(2));

			var articles = HttpClient.newHttpClient().send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + app.appPort + "/api/articles")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(articles.statusCode()).isEqualTo(200);
			try (var files = Files.list(Path.of("data/articles"))) {
				files.forEach(file -> assertThat(articles.body())
					.contains("article-" + file.getFileName().toString().replaceAll("^\\d+_(.{8}).*", "$1")));
			}
			// The JVM runs the packaged jar with the recorded archive mapped into its memory.
			var commandLine = Files.readString(Path.of("/proc/" + app.pid() + "/cmdline")).replace('\0', ' ');
			assertThat(commandLine).contains("-jar " + Path.of("target/app/accountability-graph-exec.jar").toAbsolutePath());
			assertThat(Files.readString(Path.of("/proc/" + app.pid() + "/maps"))).contains("target/app/application.jsa");
			assertThat(app.output()).contains("Loaded the graph from the fact files in file:" + Path.of("data/facts").toAbsolutePath());

			app.signal("INT");
			app.awaitExit(Duration.ofSeconds(10));
			assertThat(app.output()).doesNotContain("Exception in thread");
		}
	}
}
