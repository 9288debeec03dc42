package org.accountabilitygraph.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Not a test: many clients at once against the REST API of the application started on a store (the national one,
 * typically) as a user starts it ({@code tools/start --graph.load-on-start=false}). Each client asks, one request after
 * another, a mix of focused questions about entities drawn from the store (MPs, trusts, articles): entity, statements
 * by a speaker, criticisms of a trust, calls concerning it, the network around an MP, a path, name and statement
 * search, a timeline, an article. Prints per endpoint and overall: requests, errors, p50 and p99, and the
 * application's resident memory before and after.
 * Run with {@code tools/benchmark rest --store national/store [--clients 50] [--seconds 60]}.
 */
public final class RestLoadBenchmark {

	private static final ObjectMapper JSON = new ObjectMapper();

	private RestLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var options = new HashMap<String, String>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		var store = Path.of(options.getOrDefault("store", "national/store")).toAbsolutePath();
		int clients = Integer.parseInt(options.getOrDefault("clients", "50"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
		int port = freePort();
		var log = Files.createTempFile("rest-benchmark", ".log");
		var app = new ProcessBuilder("tools/start", "--graph.load-on-start=false",
				"--graph.embedded.data-directory=" + store, "--server.port=" + port,
				"--graph.embedded.bolt-port=" + freePort(), "--graph.embedded.http-port=" + freePort(),
				"--graph.embedded.page-cache=" + options.getOrDefault("page-cache", "2GB"))
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			var base = "http://localhost:" + port;
			awaitReady(http, base, log);
			var urls = urls(http, base);
			System.out.printf("%d requests in the mix; resident memory %d MB%n", urls.size(), residentMb(app.pid()));
			// warm: each once (a cold store's first answers may be 503s, counted here, not in the run)
			int coldErrors = 0;
			for (var url : urls) {
				coldErrors += send(http, base + url) == 200 ? 0 : 1;
			}
			System.out.printf("warm-up: %d requests, %d not 200%n", urls.size(), coldErrors);
			long rssBefore = residentMb(app.pid());
			var times = new ConcurrentHashMap<String, List<Double>>();
			var errors = new ConcurrentHashMap<String, AtomicInteger>();
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			var pool = Executors.newFixedThreadPool(clients);
			for (int c = 0; c < clients; c++) {
				int client = c;
				pool.submit(() -> {
					int i = client;
					while (System.nanoTime() < end) {
						var url = urls.get(i++ % urls.size());
						var endpoint = url.replaceFirst("\\?.*$", "").replaceFirst("/api/(entities|articles)/[^/]+", "/api/$1/{id}");
						long start = System.nanoTime();
						int status = send(http, base + url);
						double ms = (System.nanoTime() - start) / 1e6;
						times.computeIfAbsent(endpoint, k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
						times.computeIfAbsent("all", k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
						if (status != 200) {
							errors.computeIfAbsent(endpoint + " " + status, k -> new AtomicInteger()).incrementAndGet();
						}
					}
				});
			}
			pool.shutdown();
			pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
			long rssAfter = residentMb(app.pid());
			System.out.printf("%n%d clients for %d s%n%n| endpoint | requests | p50 ms | p99 ms |%n|---|---|---|---|%n", clients, seconds);
			times.keySet().stream().sorted().forEach(endpoint -> {
				var list = new ArrayList<>(times.get(endpoint));
				System.out.printf("| %s | %d | %.0f | %.0f |%n", endpoint, list.size(), percentile(list, 50), percentile(list, 99));
			});
			System.out.printf("%nerrors: %s%nresident memory %d MB after the warm-up, %d MB at the end%n",
					errors.isEmpty() ? "none" : errors, rssBefore, rssAfter);
		}
		finally {
			app.destroy();
			app.waitFor(60, TimeUnit.SECONDS);
		}
	}

	/** Focused requests about entities the store has: a few MPs, trusts and articles, found through the API. */
	private static List<String> urls(HttpClient http, String base) throws IOException, InterruptedException {
		var mps = ids(get(http, base + "/api/politicians?size=20"), "id");
		var trusts = ids(get(http, base + "/api/entities?q=" + encode("NHS Trust") + "&limit=10"), "id");
		var articles = ids(get(http, base + "/api/articles?size=10"), "id");
		var urls = new ArrayList<String>();
		for (int i = 0; i < mps.size(); i++) {
			var mp = mps.get(i);
			var trust = trusts.get(i % trusts.size());
			urls.add("/api/entities/" + mp);
			urls.add("/api/statements?speaker=" + mp + "&size=20");
			urls.add("/api/criticisms?target=" + trust + "&size=20");
			urls.add("/api/calls-for-action?concerning=" + trust + "&size=20");
			urls.add("/api/network?focus=" + mp);
			urls.add("/api/path?from=" + mp + "&to=" + trust);
			urls.add("/api/entities?q=" + encode(mp.replace('-', ' ')) + "&limit=10");
			urls.add("/api/statements/search?q=" + encode("waiting times") + "&limit=20");
			urls.add("/api/entities/" + mp + "/timeline");
			urls.add("/api/articles/" + articles.get(i % articles.size()) + "/text");
		}
		return urls;
	}

	private static List<String> ids(JsonNode array, String field) {
		var ids = new ArrayList<String>();
		array.forEach(node -> ids.add(node.has(field) ? node.get(field).asText() : node.at("/entity/id").asText()));
		return ids;
	}

	/** A setup request; a cold store may first answer 503 (the query timeout), so it is asked again a few times. */
	private static JsonNode get(HttpClient http, String url) throws IOException, InterruptedException {
		HttpResponse<String> response = null;
		for (int attempt = 0; attempt < 5 && (response == null || response.statusCode() == 503); attempt++) {
			response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private static int send(HttpClient http, String url) {
		try {
			var response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static void awaitReady(HttpClient http, String base, Path log) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < deadline) {
			if (Files.readString(log).contains("Ready.")) {
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the application did not start in 5 minutes; see " + log);
	}

	private static long residentMb(long pid) {
		try {
			for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
		}
		catch (IOException ex) {
			// the process has gone
		}
		return -1;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static double percentile(List<Double> values, int p) {
		Collections.sort(values);
		int index = (int) Math.ceil(p / 100.0 * values.size()) - 1;
		return values.get(Math.max(0, Math.min(index, values.size() - 1)));
	}
}
