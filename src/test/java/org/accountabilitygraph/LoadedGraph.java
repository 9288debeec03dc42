package org.accountabilitygraph;

import java.nio.file.Path;

import org.accountabilitygraph.load.GraphLoader;
import org.accountabilitygraph.load.LoadReport;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
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
				return new Shared(neo4j, driver, new GraphLoader(driver, SCRIPTS, FACTS).load());
			}, Shared.class);
	}

	/** A fresh, empty in-process database, for tests that must not share state. */
	public static Neo4j newDatabase() {
		return Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
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
