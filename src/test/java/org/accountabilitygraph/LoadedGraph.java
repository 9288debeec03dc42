package org.accountabilitygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.accountabilitygraph.load.GraphLoader;
import org.accountabilitygraph.load.LoadReport;
import org.accountabilitygraph.query.NamedQueries;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j (neo4j-harness) per test run, loaded once with the project's real
 * {@code cypher/migrations} through the real {@link GraphLoader}; test classes that only read share
 * it. Inject a {@link Driver} or the {@link LoadReport} into a test's constructor or methods.
 */
public final class LoadedGraph implements BeforeAllCallback, ParameterResolver {

	public static final Path PROJECT = Path.of("").toAbsolutePath();
	public static final String SCRIPTS = "file:" + PROJECT.resolve("cypher/migrations");
	public static final String FACTS = "file:" + PROJECT.resolve("data/facts");

	/**
	 * The query timeout of the tests' query APIs: they check answers, and on a build machine busy with parallel
	 * test classes and browsers a query's first run took over the product's 5 s; BoundedQueriesIT tests the timeout.
	 */
	public static final int QUERY_TIMEOUT_SECONDS = 60;

	/** {@link #QUERY_TIMEOUT_SECONDS} as a duration. */
	public static final java.time.Duration QUERY_TIMEOUT = java.time.Duration.ofSeconds(QUERY_TIMEOUT_SECONDS);

	private record Shared(Neo4j neo4j, Driver driver, LoadReport report) implements ExtensionContext.Store.CloseableResource {
		@Override
		public void close() {
			driver.close();
			neo4j.close();
		}
	}

	/** Bolt address of the shared database, once a test class using this extension has started. */
	private static volatile String boltUri;

	@Override
	public void beforeAll(ExtensionContext context) {
		shared(context);
	}

	/**
	 * The shared database's Bolt URI, for Spring tests ({@code @DynamicPropertySource}); the class must
	 * declare {@code @ExtendWith(LoadedGraph.class)} before its Spring annotations so it starts first.
	 */
	public static String boltUri() {
		if (boltUri == null) {
			throw new IllegalStateException("LoadedGraph has not started: declare @ExtendWith(LoadedGraph.class) first");
		}
		return boltUri;
	}

	private static Shared shared(ExtensionContext context) {
		return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
			.getOrComputeIfAbsent(Shared.class, key -> {
				var neo4j = newDatabase();
				var driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
				boltUri = neo4j.boltURI().toString();
				var report = new GraphLoader(driver, SCRIPTS, FACTS).load();
				planNamedQueries(driver);
				return new Shared(neo4j, driver, report);
			}, Shared.class);
	}

	private static final Pattern EXAMPLE = Pattern.compile("^// Example:\\s+:params? (.*)$", Pattern.MULTILINE);

	private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

	/**
	 * Runs every named query once with the parameters of its own example (the {@code // Example:} line),
	 * or plans it ({@code EXPLAIN}) when the example leaves a parameter out,
	 * so that the database has planned it before a test asks: test classes run side by side, and the
	 * first planning of a query (about 1 s alone in a new JVM, several while the other classes keep both
	 * CPUs busy) would otherwise count against the application's 5 s query timeout.
	 */
	private static void planNamedQueries(Driver driver) {
		try (var files = Files.list(PROJECT.resolve("cypher/queries"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList()) {
				var name = file.getFileName().toString().replaceFirst("\\.cypher$", "");
				var text = NamedQueries.text(name);
				var example = EXAMPLE.matcher(text);
				var parameters = Map.<String, Object>of(); // those without an example take none
				if (example.find()) {
					// ":param article => 'x'" or ":params {id: 'cqc', depth: 2}", as a Cypher map
					var literal = example.group(1).strip();
					var map = literal.startsWith("{") ? literal : "{" + literal.replaceFirst("\\s*=>", ":") + "}";
					parameters = driver.executableQuery("RETURN " + map + " AS p").execute().records().get(0).get("p")
						.asMap();
				}
				// An example that leaves a parameter out (a limit) is planned without running it.
				var declared = PARAMETER.matcher(text.replaceAll("(?m)^//.*$", "")).results().map(m -> m.group(1));
				boolean complete = declared.allMatch(parameters::containsKey);
				driver.executableQuery(complete ? text : "EXPLAIN " + text).withParameters(parameters).execute();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A fresh, empty in-process database, for tests that must not share state. It stops as quickly as
	 * the application's own (server.FastShutdown's settings): with Neo4j's defaults, closing it waited
	 * about 10 s for the Bolt server's quiet periods.
	 */
	public static Neo4j newDatabase() {
		return Neo4jBuilders.newInProcessBuilder().withDisabledServer()
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
			.withConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1))
			.build();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		var type = parameter.getParameter().getType();
		return type == Driver.class || type == LoadReport.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		var shared = shared(context);
		return parameter.getParameter().getType() == Driver.class ? shared.driver() : shared.report();
	}
}
