package org.accountabilitygraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.accountabilitygraph.facts.FactFileException;
import org.accountabilitygraph.load.BulkLoader;
import org.accountabilitygraph.load.BulkTarget;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Loads a folder of fact files into an empty database at once ({@link BulkLoader}). */
@Command(name = "bulk-load", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Loads every fact file of a folder into an empty Neo4j, many articles to a transaction, with the "
				+ "loader statements of cypher/load/; then the schema of cypher/migrations/. Gives the graph a normal load "
				+ "gives, without neo4j-migrations' records: start the application on it with --graph.load-on-start=false.",
			"Progress goes to standard error, the report to standard output." })
public final class BulkLoad implements Callable<Integer> {

	@Option(names = "--facts", required = true, description = "the folder of fact files (such as OUT/data/facts of tools/generate)")
	Path facts;

	@ArgGroup(exclusive = true, multiplicity = "1")
	Target target;

	static final class Target {
		@Option(names = "--store", description = "an embedded store folder, new or empty (the application's graph.embedded.data-directory)")
		Path store;

		@Option(names = "--uri", description = "a running Neo4j, such as bolt://localhost:7687 (its database must be empty)")
		String uri;
	}

	@Option(names = "--user", defaultValue = "neo4j", description = "Neo4j user for --uri (default: ${DEFAULT-VALUE})")
	String user;

	@Option(names = "--password", defaultValue = "${env:NEO4J_PASSWORD}",
			description = "Neo4j password for --uri (or the NEO4J_PASSWORD environment variable; none: no authentication)")
	String password;

	@Option(names = "--batch", defaultValue = "" + BulkLoader.DEFAULT_BATCH,
			description = "articles per transaction (default: ${DEFAULT-VALUE})")
	int batch;

	@Option(names = "--page-cache", defaultValue = "2g", description = "page cache of the embedded store (default: ${DEFAULT-VALUE})")
	String pageCache;

	@Override
	public Integer call() throws InterruptedException {
		var location = "file:" + facts.toAbsolutePath().normalize();
		try {
			BulkLoader.Report report;
			if (target.store != null) {
				try (var embedded = BulkTarget.embedded(target.store, ByteUnit.parse(pageCache))) {
					report = new BulkLoader(embedded, batch, System.err).load(location);
				}
			}
			else {
				var auth = password == null ? AuthTokens.none() : AuthTokens.basic(user, password);
				try (var driver = GraphDatabase.driver(target.uri, auth)) {
					report = new BulkLoader(BulkTarget.of(driver), batch, System.err).load(location);
				}
			}
			System.out.println(report.describe());
			return 0;
		}
		catch (FactFileException ex) {
			ex.problems().forEach(p -> System.err.println("PROBLEM " + p));
			System.err.println("Nothing was loaded: " + ex.problems().size() + " problem(s) in the fact files.");
			return 1;
		}
		catch (IllegalStateException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
	}

	public static void main(String[] args) {
		System.exit(new CommandLine(new BulkLoad()).execute(args));
	}
}
