package org.accountabilitygraph.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.accountabilitygraph.load.GraphLoader;
import org.accountabilitygraph.server.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Not a test: prints how long loading and starting take, with a reference measured in the same run on the
 * same (shared, noisy) machine, so the ratios mean something where the absolute times do not.
 * <ul>
 * <li>load: the schema and the five fact files into a new store, in this JVM, once the database runs;</li>
 * <li>start: a bare embedded Neo4j (same version and settings, no application) until it serves its Browser,
 * against the application until its REST API answers with the data, on a new store and on a loaded one.</li>
 * </ul>
 * Run with {@code tools/benchmark [rounds]}.
 */
public final class StartupBenchmark {

	/** JVM options for both measured processes: {@code -Dbenchmark.jvm-options="-Xshare:auto ..."}. */
	private static final List<String> JVM_OPTIONS = List.of(System.getProperty("benchmark.jvm-options", "").split(" "))
		.stream().filter(option -> !option.isBlank()).toList();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
		var load = new ArrayList<Double>();
		var bare = new ArrayList<Double>();
		var firstStart = new ArrayList<Double>();
		var secondStart = new ArrayList<Double>();
		for (int round = 1; round <= rounds; round++) {
			load.add(loadIntoNewStore());
			bare.add(startBare());
			var store = Files.createTempDirectory("benchmark-app");
			firstStart.add(startApplication(store));
			secondStart.add(startApplication(store));
			System.out.printf("round %d: load %.2f s, bare Neo4j %.1f s, application new store %.1f s, loaded store %.1f s%n",
					round, load.get(round - 1), bare.get(round - 1), firstStart.get(round - 1), secondStart.get(round - 1));
		}
		double reference = median(bare);
		System.out.println();
		System.out.println("| what | median of " + rounds + " | ratio to the bare Neo4j | target |");
		System.out.println("|---|---|---|---|");
		System.out.printf("| five fact files into a new store (database running) | %.2f s | | <= 3 s |%n", median(load));
		System.out.printf("| bare embedded Neo4j, new store, until its Browser is served | %.1f s | 1.00 | |%n", reference);
		System.out.printf("| application, new store, until the REST API answers with data | %.1f s | %.2f | <= 1.6 |%n",
				median(firstStart), median(firstStart) / reference);
		System.out.printf("| application, loaded store, until the REST API answers with data | %.1f s | %.2f | <= 1.4 |%n",
				median(secondStart), median(secondStart) / reference);
	}

	/** Seconds to apply the schema and every fact file to a new store (the database already running). */
	private static double loadIntoNewStore() throws IOException {
		int bolt = freePort();
		var dbms = EmbeddedNeo4j.start(Files.createTempDirectory("benchmark-load"), "localhost", bolt);
		try (var driver = GraphDatabase.driver("bolt://localhost:" + bolt, AuthTokens.none())) {
			driver.verifyConnectivity();
			var project = Path.of("").toAbsolutePath();
			long started = System.nanoTime();
			new GraphLoader(driver, "file:" + project.resolve("cypher/migrations"), "file:" + project.resolve("data/facts")).load();
			return (System.nanoTime() - started) / 1e9;
		}
		finally {
			dbms.shutdown();
		}
	}

	private static double startBare() throws Exception {
		int bolt = freePort();
		int http = freePort();
		return time(List.of(BareNeo4j.class.getName(), Files.createTempDirectory("benchmark-bare").toString(),
				String.valueOf(bolt), String.valueOf(http)), "http://localhost:" + http + "/browser/", body -> body.contains("Neo4j Browser"));
	}

	private static double startApplication(Path store) throws Exception {
		int app = freePort();
		return time(List.of("org.accountabilitygraph.AccountabilityGraphApplication", "--server.port=" + app,
				"--graph.embedded.bolt-port=" + freePort(), "--graph.embedded.http-port=" + freePort(),
				"--graph.embedded.data-directory=" + store), "http://localhost:" + app + "/api/articles",
				body -> body.contains("article-4dedf428"));
	}

	/** Seconds from launching a JVM with this class path until {@code url} answers 200 with a matching body. */
	private static double time(List<String> mainAndArgs, String url, Predicate<String> ready) throws Exception {
		var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(JVM_OPTIONS); // the same for the bare Neo4j and the application
		command.addAll(List.of("-cp", System.getProperty("java.class.path")));
		command.addAll(mainAndArgs);
		var log = Files.createTempFile("benchmark", ".log");
		long started = System.nanoTime();
		var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			while (process.isAlive()) {
				try {
					var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
							HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200 && ready.test(response.body())) {
						return (System.nanoTime() - started) / 1e9;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(100);
			}
			throw new IllegalStateException("exited before it was ready; see " + log);
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

	private static double median(List<Double> values) {
		var sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
