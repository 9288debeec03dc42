package org.accountabilitygraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.accountabilitygraph.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The default run, tried as a hostile web page and as another user of the machine would: nothing can
 * read or change the graph without the store's password, Cypher cannot reach files or URLs, the
 * application answers only to this machine's names, everything listens on loopback, and the Neo4j
 * Browser sends nothing to the internet.
 */
class SecurityIT extends EmbeddedApplication {

	private static final String EVIL = "http://evil.example";
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void aCrossOriginWriteOverHttpIsRefused() throws Exception {
		for (var path : List.of("/db/neo4j/query/v2", "/db/neo4j/tx/commit")) {
			var body = path.endsWith("v2") ? "{\"statement\": \"CREATE (:Probe {x: 1})\"}"
					: "{\"statements\": [{\"statement\": \"CREATE (:Probe {x: 1})\"}]}";
			var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
				.header("Origin", EVIL).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path)
				.hasValue("http://localhost:" + HTTP_PORT);
		}
		assertThat(probes()).isZero();
	}

	@Test
	void aForeignHostNameIsRefusedByTheDatabaseAndTheApplication() throws Exception {
		var write = "{\"statements\": [{\"statement\": \"CREATE (:Probe {x: 1})\"}]}";
		var database = raw(HTTP_PORT, "POST /db/neo4j/tx/commit HTTP/1.1\r\nHost: evil.example\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + write.length() + "\r\nConnection: close\r\n\r\n" + write);
		assertThat(database).startsWith("HTTP/1.1 401");
		assertThat(probes()).isZero();

		var application = raw(APP_PORT, "GET /api/articles HTTP/1.1\r\nHost: evil.example:" + APP_PORT
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(application).startsWith("HTTP/1.1 403").contains("application/problem+json")
			.contains("graph.allowed-hosts").doesNotContain("article-");
		var local = raw(APP_PORT, "GET /api/articles HTTP/1.1\r\nHost: localhost:" + APP_PORT
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(local).startsWith("HTTP/1.1 200").contains("article-");
	}

	@Test
	void aCrossSiteRequestThatCouldChangeSomethingIsRefused() throws Exception {
		// Proposing and accepting an article too: a page elsewhere must not write fact files (IngestAcceptIT tries
		// it where accepting could write).
		for (var path : List.of("/api/articles", "/api/ingest", "/api/ingest/accept", "/api/ingest/accept?dryRun=true")) {
			var foreign = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + APP_PORT + path))
				.header("Origin", EVIL).header("Content-Type", path.contains("accept") ? "application/json" : "text/plain")
				.POST(HttpRequest.BodyPublishers.ofString(path.contains("accept") ? "{}" : "x")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(foreign.statusCode()).as(path).isEqualTo(403);
			assertThat(foreign.body()).as(path).contains("Cross-site request refused");
		}
		// Reading is harmless: without CORS headers the other site's page cannot see the answer.
		var read = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + APP_PORT + "/api/articles"))
			.header("Origin", EVIL).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void boltOverWebSocketFromAForeignPageCannotLogIn() throws Exception {
		try (var bolt = BoltOverWebSocket.open(BOLT_PORT, EVIL)) {
			assertThat(bolt.handshake()).isEqualTo(5);
			assertThat(bolt.hello(Map.of("scheme", "none"))).isEqualTo(BoltOverWebSocket.FAILURE);
		}
		try (var bolt = BoltOverWebSocket.open(BOLT_PORT, EVIL)) {
			bolt.handshake();
			assertThat(bolt.hello(Map.of("scheme", "basic", "principal", "neo4j", "credentials", "neo4j")))
				.isEqualTo(BoltOverWebSocket.FAILURE);
		}
		// The same conversation with the store's password succeeds: the refusals above are the password's doing.
		try (var bolt = BoltOverWebSocket.open(BOLT_PORT, "http://localhost:" + HTTP_PORT)) {
			bolt.handshake();
			assertThat(bolt.hello(Map.of("scheme", "basic", "principal", "neo4j", "credentials", password().password())))
				.isEqualTo(BoltOverWebSocket.SUCCESS);
		}
	}

	@Test
	void driversNeedTheStorePassword() {
		try (var anonymous = GraphDatabase.driver("bolt://localhost:" + BOLT_PORT, AuthTokens.none())) {
			assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
		try (var owner = owner()) {
			owner.verifyConnectivity();
		}
	}

	@Test
	void thePasswordFileIsReadableOnlyByItsOwner() throws IOException {
		var file = password().file();
		assertThat(file.getParent()).isEqualTo(STORE.toAbsolutePath());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(password().password()).hasSizeGreaterThanOrEqualTo(20);
	}

	@Test
	void cypherCannotReadLocalFilesOrFetchUrls() throws Exception {
		var fetched = new AtomicInteger();
		var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			fetched.incrementAndGet();
			exchange.sendResponseHeaders(200, 0);
			exchange.close();
		});
		server.start();
		try (var driver = owner()) {
			assertThatThrownBy(() -> driver.executableQuery("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")
				.execute()).isInstanceOf(ClientException.class).hasMessageContaining("file_urls");
			var url = "http://127.0.0.1:" + server.getAddress().getPort() + "/secret.csv";
			assertThatThrownBy(() -> driver.executableQuery("LOAD CSV FROM '" + url + "' AS line RETURN line").execute())
				.isInstanceOf(ClientException.class).hasMessageContaining("blocked");
			assertThat(fetched).hasValue(0);
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void everythingListensOnLoopbackOnly() throws IOException {
		var listening = listeningSockets();
		for (var port : List.of(BOLT_PORT, HTTP_PORT, APP_PORT)) {
			var addresses = listening.stream().filter(s -> s.port() == port).toList();
			assertThat(addresses).as("sockets listening on port " + port).isNotEmpty()
				.allSatisfy(s -> assertThat(s.loopback()).as(s.toString()).isTrue());
		}
	}

	@Test
	void theNeo4jBrowserSendsNothingOutOfTheMachine() throws Exception {
		var options = HeadlessChromium.options();
		var logging = new LoggingPreferences();
		logging.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		var browser = HeadlessChromium.start(options);
		try {
			browser.get("http://localhost:" + HTTP_PORT + "/browser/?dbms=neo4j://neo4j@localhost:" + BOLT_PORT);
			NeoBrowser.logIn(browser, password().password());
			new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions
				.textToBePresentInElementLocated(By.tagName("body"), "Who did, said and decided what"));
			Thread.sleep(2000); // what the Browser does once settled (fonts, analytics) is counted too
			var json = new ObjectMapper();
			var requested = new ArrayList<String[]>(); // request id, url
			var blocked = new HashSet<String>();
			for (var entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
				var message = json.readTree(entry.getMessage()).path("message");
				var params = message.path("params");
				switch (message.path("method").asText()) {
					case "Network.requestWillBeSent" -> requested.add(
							new String[] { params.path("requestId").asText(), params.path("request").path("url").asText() });
					case "Network.webSocketCreated" -> requested.add(
							new String[] { params.path("requestId").asText(), params.path("url").asText() });
					case "Network.loadingFailed" -> {
						if ("csp".equals(params.path("blockedReason").asText())) {
							blocked.add(params.path("requestId").asText());
						}
					}
					default -> {
					}
				}
			}
			assertThat(requested).extracting(r -> r[1]).anyMatch(url -> url.startsWith("ws://localhost:" + BOLT_PORT));
			var sentOut = requested.stream()
				.filter(r -> !isLocal(r[1]) && !blocked.contains(r[0]))
				.map(r -> r[1])
				.toList();
			assertThat(sentOut).as("requests that left the machine").isEmpty();
		}
		finally {
			browser.quit();
		}
	}

	private static boolean isLocal(String url) {
		if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")
				|| url.startsWith("chrome-extension:")) {
			return true;
		}
		var host = URI.create(url).getHost();
		return "localhost".equals(host) || "127.0.0.1".equals(host);
	}

	private record Listening(String address, int port, boolean loopback) {
	}

	/** LISTEN sockets from the kernel's own tables: what other hosts could connect to. */
	private static List<Listening> listeningSockets() throws IOException {
		var sockets = new ArrayList<Listening>();
		for (var table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			var lines = Files.readAllLines(Path.of(table));
			for (var line : lines.subList(1, lines.size())) {
				var fields = line.trim().split("\\s+");
				if (!fields[3].equals("0A")) { // 0A: LISTEN
					continue;
				}
				var local = fields[1].split(":");
				var address = local[0];
				boolean loopback = address.equals("0100007F") // 127.0.0.1, little-endian
						|| address.equals("00000000000000000000000001000000") // ::1
						|| address.equals("0000000000000000FFFF00000100007F"); // ::ffff:127.0.0.1
				sockets.add(new Listening(address, Integer.parseInt(local[1], 16), loopback));
			}
		}
		return sockets;
	}

	private static long probes() {
		try (var driver = owner()) {
			return driver.executableQuery("MATCH (p:Probe) RETURN count(p) AS n").execute().records().get(0).get("n").asLong();
		}
	}

	/** An HTTP request as bytes, so nothing (like Java's HttpClient) corrects the Host header. */
	private static String raw(int port, String request) throws IOException {
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
