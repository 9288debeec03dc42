package org.accountabilitygraph.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.accountabilitygraph.load.GraphLoader;
import org.accountabilitygraph.load.ProvenanceAudit;
import org.accountabilitygraph.load.ScriptFailedException;
import org.accountabilitygraph.server.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * For curators: loads the schema and the given article scripts into a throwaway Neo4j and runs
 * the {@link ProvenanceAudit}. Exit code 0 when the scripts load and every fact is sourced.
 * <p>
 * Usage: {@code CheckScripts <project dir> <script.cypher>...}
 */
public final class CheckScripts {

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: CheckScripts <project dir> <script.cypher>...");
			System.exit(2);
		}
		var project = Path.of(args[0]).toAbsolutePath();
		var scripts = Files.createTempDirectory("check-scripts");
		var store = Files.createTempDirectory("check-store");
		Files.copy(project.resolve("cypher/migrations/V001__Schema.cypher"), scripts.resolve("V001__Schema.cypher"));
		for (int i = 1; i < args.length; i++) {
			var script = Path.of(args[i]);
			Files.copy(script, scripts.resolve(script.getFileName()));
		}
		int port = freePort();
		var dbms = EmbeddedNeo4j.start(store, "localhost", port);
		int exit;
		try (var driver = GraphDatabase.driver("bolt://localhost:" + port, AuthTokens.none())) {
			var report = new GraphLoader(driver, "file:" + scripts).load();
			System.out.println(report.describe());
			var problems = new ProvenanceAudit(project).problems(driver);
			problems.forEach(p -> System.out.println("PROBLEM: " + p));
			System.out.println(problems.isEmpty() ? "OK: loaded, every fact sourced."
					: "FAILED: " + problems.size() + " problem(s).");
			exit = problems.isEmpty() ? 0 : 1;
		}
		catch (ScriptFailedException ex) {
			System.out.println("FAILED: " + ex.getMessage());
			exit = 1;
		}
		finally {
			dbms.shutdown();
			delete(store);
			delete(scripts);
		}
		System.exit(exit);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void delete(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
