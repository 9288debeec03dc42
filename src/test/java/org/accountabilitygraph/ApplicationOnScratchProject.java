package org.accountabilitygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.Driver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real application on a real port, reading a copy of the project's {@code data/facts} and {@code data/articles}
 * in a temporary folder ({@code graph.facts-location=file:...}) and loading it at its start into the
 * {@link ScratchDatabase}, which the test class keeps to itself until it ends: for tests that accept articles, so
 * write files and the graph, never the project's own {@code data/}. Each subclass declares a
 * {@code @DynamicPropertySource} that calls {@link #register}, so that it gets an application (and a copy) of its
 * own rather than Spring's cached one of another class.
 */
@ExtendWith(ApplicationOnScratchProject.Scratch.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "graph.load-on-start=true", "graph.query-timeout=" + LoadedGraph.QUERY_TIMEOUT_SECONDS + "s" })
public abstract class ApplicationOnScratchProject {

	private static final Map<Class<?>, Project> PROJECTS = new ConcurrentHashMap<>();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	protected int port;

	/** The copy a test class works on, and the database its application loads. */
	public record Project(Path root, ScratchDatabase database) {

		public Path facts() {
			return root.resolve("data/facts");
		}

		public Path articles() {
			return root.resolve("data/articles");
		}

		public Driver driver() {
			return database.driver();
		}

		/** Every file under {@code data/} (hidden ones too) with its content: to compare before and after. */
		public Map<String, String> files() {
			try (Stream<Path> files = Files.walk(root.resolve("data"))) {
				var contents = new TreeMap<String, String>();
				for (var file : files.filter(Files::isRegularFile).toList()) {
					contents.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
				}
				return contents;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** An HTTP answer: status, headers and body (parsed as JSON when it is JSON). */
	public record Response(int status, java.net.http.HttpHeaders headers, String body) {

		public String contentType() {
			return headers.firstValue("Content-Type").orElse("");
		}

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** Borrows the scratch database and copies the project's data before Spring starts the application. */
	static final class Scratch implements BeforeAllCallback, AfterAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) throws IOException {
			var root = Files.createTempDirectory("scratch-project");
			FactFixture.copy(root);
			Files.delete(root.resolve("empty"));
			PROJECTS.put(context.getRequiredTestClass(), new Project(root, ScratchDatabase.borrow()));
		}

		@Override
		public void afterAll(ExtensionContext context) throws IOException {
			var project = PROJECTS.remove(context.getRequiredTestClass());
			if (project != null) {
				project.database().close();
				try (Stream<Path> files = Files.walk(project.root())) {
					for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
		}
	}

	/** The application of {@code testClass} reads its copy and loads into the scratch database. */
	protected static void register(DynamicPropertyRegistry registry, Class<?> testClass) {
		registry.add("spring.neo4j.uri", () -> project(testClass).database().boltUri());
		registry.add("graph.facts-location", () -> "file:" + project(testClass).facts());
	}

	protected static Project project(Class<?> testClass) {
		var project = PROJECTS.get(testClass);
		if (project == null) {
			throw new IllegalStateException("No scratch project for " + testClass.getName());
		}
		return project;
	}

	protected Project project() {
		return project(getClass());
	}

	protected Response get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build());
	}

	/** POST a body of the given content type, with more headers as name, value, name, value... */
	protected Response post(String pathAndQuery, String contentType, String body, String... headers) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
			.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	private static Response send(HttpRequest request) {
		try {
			var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
