package org.accountabilitygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application on a real port, pointed at the shared {@link LoadedGraph} database as an
 * external Neo4j (so nothing is embedded and nothing is loaded twice). Subclasses share one context.
 * Its query timeout is {@link LoadedGraph#QUERY_TIMEOUT_SECONDS}, not 5 s (see there).
 */
@ExtendWith(LoadedGraph.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "graph.load-on-start=false", "graph.browser-url=" + ApplicationOnLoadedGraph.BROWSER_URL,
				"graph.query-timeout=" + LoadedGraph.QUERY_TIMEOUT_SECONDS + "s" })
public abstract class ApplicationOnLoadedGraph {

	/** Where an external database's Browser would be; the page links to it. */
	public static final String BROWSER_URL = "http://localhost:7474/browser/";

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void externalNeo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", LoadedGraph::boltUri);
	}

	/** An HTTP answer: status, content type, body (parsed as JSON when it is JSON) and headers. */
	public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

		/** The header's first value, or null. */
		public String header(String name) {
			return headers.firstValue(name).orElse(null);
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

	/** GET a path with its query string already encoded, over real HTTP. */
	protected Response get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build());
	}

	/** POST a body of the given content type to a path with its query string already encoded. */
	protected Response post(String pathAndQuery, String contentType, byte[] body) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
			.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
	}

	private static Response send(HttpRequest request) {
		try {
			var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers());
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
