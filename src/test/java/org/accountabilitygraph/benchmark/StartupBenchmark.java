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
import java.util.Map;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

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
 * against the application, started by {@code tools/start} as a user starts it, until its REST API answers with
 * the data, on a new store and on a loaded one. {@code tools/start} maps a class data sharing archive that it
 * records once; so that the ratio can also be read like for like, the bare Neo4j is measured twice: as a plain
 * JVM runs it, and from jars with an archive of its own, recorded the same way.</li>
 * </ul>
 * Run with {@code tools/benchmark [rounds]}.
 */
public final class StartupBenchmark {

	/** JVM options for every measured process: {@code -Dbenchmark.jvm-options="-Xshare:auto ..."}. */
	private static final List<String> JVM_OPTIONS = List.of(System.getProperty("benchmark.jvm-options", "").split(" "))
		.stream().filter(option -> !option.isBlank()).toList();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
		if (new ProcessBuilder("tools/start", "--prepare").inheritIO().start().waitFor() != 0) {
			throw new IllegalStateException("tools/start --prepare failed");
		}
		var bareArchive = recordBareArchive();
		var load = new ArrayList<Double>();
		var bare = new ArrayList<Double>();
		var bareShared = new ArrayList<Double>();
		var firstStart = new ArrayList<Double>();
		var secondStart = new ArrayList<Double>();
		for (int round = 1; round <= rounds; round++) {
			load.add(loadIntoNewStore());
			bare.add(startBare(List.of()));
			bareShared.add(startBare(List.of("-XX:SharedArchiveFile=" + bareArchive, "-Xshare:auto")));
			var store = Files.createTempDirectory("benchmark-app");
			firstStart.add(startApplication(store));
			secondStart.add(startApplication(store));
			System.out.printf("round %d: load %.2f s, bare Neo4j %.1f s (with its archive %.1f s), application new store %.1f s, loaded store %.1f s%n",
					round, load.get(round - 1), bare.get(round - 1), bareShared.get(round - 1), firstStart.get(round - 1),
					secondStart.get(round - 1));
		}
		double reference = median(bare);
		double sharedReference = median(bareShared);
		System.out.println();
		System.out.println("| what | median of " + rounds + " | ratio to the bare Neo4j | ratio to the bare Neo4j with its own archive | target |");
		System.out.println("|---|---|---|---|---|");
		System.out.printf("| five fact files into a new store (database running) | %.2f s | | | <= 3 s |%n", median(load));
		System.out.printf("| bare embedded Neo4j, new store, until its Browser is served | %.1f s | 1.00 | %.2f | |%n", reference,
				reference / sharedReference);
		System.out.printf("| the same, with a class data sharing archive of its own | %.1f s | %.2f | 1.00 | |%n", sharedReference,
				sharedReference / reference);
		System.out.printf("| application (tools/start), new store, until the REST API answers with data | %.1f s | %.2f | %.2f | <= 1.6 |%n",
				median(firstStart), median(firstStart) / reference, median(firstStart) / sharedReference);
		System.out.printf("| application (tools/start), loaded store, until the REST API answers with data | %.1f s | %.2f | %.2f | <= 1.4 |%n",
				median(secondStart), median(secondStart) / reference, median(secondStart) / sharedReference);
	}

	/**
	 * The bare Neo4j's own archive, recorded as {@code tools/start} records the application's: a start stopped
	 * once its Browser is served. Class data sharing needs jars, so the bare main class goes into a jar of its own
	 * beside the application's extracted jars (which hold the same Neo4j and its settings).
	 */
	private static Path recordBareArchive() throws Exception {
		var folder = Files.createDirectories(BARE_JAR.getParent());
		var jar = BARE_JAR;
		var manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
				Path.of("target/app/accountability-graph-exec.jar").toAbsolutePath().toUri().toString());
		try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
			var name = BareNeo4j.class.getName().replace('.', '/') + ".class";
			out.putNextEntry(new JarEntry(name));
			try (var in = BareNeo4j.class.getClassLoader().getResourceAsStream(name)) {
				in.transferTo(out);
			}
			out.closeEntry();
		}
		var archive = folder.resolve("bare.jsa");
		Files.deleteIfExists(archive);
		startBare(List.of("-XX:ArchiveClassesAtExit=" + archive));
		if (!Files.isRegularFile(archive)) {
			throw new IllegalStateException("no archive was recorded for the bare Neo4j");
		}
		return archive;
	}

	/** The bare Neo4j's main class in a jar of its own, beside the application's extracted jars. */
	private static final Path BARE_JAR = Path.of("target/benchmark/bare.jar").toAbsolutePath();

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

	/** The bare Neo4j from this class path, or with {@code sharing} options from its jar (see recordBareArchive). */
	private static double startBare(List<String> sharing) throws Exception {
		int bolt = freePort();
		int http = freePort();
		var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(JVM_OPTIONS);
		command.addAll(sharing);
		command.addAll(List.of("-cp", sharing.isEmpty() ? System.getProperty("java.class.path") : BARE_JAR.toString()));
		command.addAll(List.of(BareNeo4j.class.getName(), Files.createTempDirectory("benchmark-bare").toString(),
				String.valueOf(bolt), String.valueOf(http)));
		return time(command, Map.of(), "http://localhost:" + http + "/browser/", body -> body.contains("Neo4j Browser"));
	}

	/** The application as a user starts it: {@code tools/start}, given the same JVM options in JAVA_OPTS. */
	private static double startApplication(Path store) throws Exception {
		int app = freePort();
		return time(List.of("tools/start", "--server.port=" + app, "--graph.embedded.bolt-port=" + freePort(),
				"--graph.embedded.http-port=" + freePort(), "--graph.embedded.data-directory=" + store),
				Map.of("JAVA_OPTS", String.join(" ", JVM_OPTIONS)), "http://localhost:" + app + "/api/articles",
				body -> body.contains("article-4dedf428"));
	}

	/** Seconds from launching {@code command} until {@code url} answers 200 with a matching body; then stops it. */
	private static double time(List<String> command, Map<String, String> environment, String url, Predicate<String> ready)
			throws Exception {
		var log = Files.createTempFile("benchmark", ".log");
		long started = System.nanoTime();
		var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		var process = builder.start();
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
