package org.accountabilitygraph.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import ac.simons.neo4j.migrations.core.Migration;
import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsConfig.TransactionMode;
import ac.simons.neo4j.migrations.core.MigrationsException;
import org.accountabilitygraph.facts.ArticleLoadException;
import org.accountabilitygraph.facts.FactLoader;
import org.accountabilitygraph.facts.FactMigrations;
import org.accountabilitygraph.facts.FactSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the schema scripts and the curated fact files to any Neo4j the driver reaches (embedded, server,
 * cluster), through neo4j-migrations: the schema as versioned migrations ({@code V…}), each article's
 * fact file as a repeatable one ({@code R…}) that is re-applied whenever what it loads changes. Each runs
 * in one transaction, so a broken one leaves nothing behind and those before it stay applied.
 */
public final class GraphLoader {

	private static final Logger log = LoggerFactory.getLogger(GraphLoader.class);

	private static final Pattern FAILED_VERSION = Pattern.compile("Could not apply migration: (\\S+)");

	private final Driver driver;
	private final String location;
	private final String factsLocation;
	private final boolean storeOwnedByThisProcess;
	private Duration delayBetweenMigrations = Duration.ZERO;
	private volatile boolean stopping;
	private volatile boolean loading;

	/**
	 * A loader for a database that others may load into too: a lock left there is never removed.
	 * @param location      where the schema scripts are: {@code classpath:cypher/migrations} or
	 *                      {@code file:/absolute/path}
	 * @param factsLocation where the fact files are: {@code classpath:data/facts} or {@code file:/absolute/path}
	 */
	public GraphLoader(Driver driver, String location, String factsLocation) {
		this(driver, location, factsLocation, false);
	}

	/**
	 * @param storeOwnedByThisProcess the database is embedded in this JVM, so no other process can be
	 *        loading into it and a lock found there is stale (see {@link MigrationsLock})
	 */
	public GraphLoader(Driver driver, String location, String factsLocation, boolean storeOwnedByThisProcess) {
		this.driver = driver;
		this.location = location;
		this.factsLocation = factsLocation;
		this.storeOwnedByThisProcess = storeOwnedByThisProcess;
	}

	/**
	 * Waits this long between migrations (neo4j-migrations' own option): the load then takes long
	 * enough to be interrupted on purpose, for tests of what an interrupted load leaves.
	 */
	public GraphLoader delayBetweenMigrations(Duration delay) {
		this.delayBetweenMigrations = delay;
		return this;
	}

	/**
	 * The application is shutting down: the driver is about to close under a load in progress, and
	 * its failure is then a stop ({@link LoadStoppedException}), not a broken script.
	 */
	public void stop() {
		stopping = true;
		if (loading) {
			// Said here, on the shutdown thread: the JVM may end before the loading thread gets its error.
			log.info("Stopped while loading the graph: the article in progress is rolled back, the ones before it "
					+ "stay applied, and the next start goes on from there.");
			// neo4j-migrations' own shutdown hook tries to remove its lock through the driver Spring is
			// closing at the same moment, and fails with a 100-line stack trace. The next start removes
			// the lock (MigrationsLock), so one line is enough.
			Thread.setDefaultUncaughtExceptionHandler((thread, ex) -> log.info(
					"While stopping, {} could not finish: {}", thread.getName(), ex.toString()));
		}
	}

	/** Whether {@link #stop()} was called: the application is shutting down. */
	boolean stopping() {
		return stopping;
	}

	/**
	 * Applies what is new or changed and reports what the database then holds.
	 * @throws ScriptFailedException naming the script that failed and the database's message
	 */
	public LoadReport load() {
		return new LoadReport(apply(), counts());
	}

	/** What the database holds now. */
	GraphCounts counts() {
		return GraphCounts.of(driver);
	}

	/**
	 * Applies what is new or changed.
	 * @return every script with its state
	 * @throws ScriptFailedException naming the script that failed and the database's message
	 */
	List<LoadReport.Script> apply() {
		return apply(read());
	}

	/**
	 * The schema scripts and the fact files, read and checked (a malformed one stops the load there).
	 * @param migrations every migration with its checksum, if all are of kinds {@link RecordedMigrations} reads
	 */
	record Files(MigrationsConfig config, Optional<List<Migration>> migrations) {
	}

	/** Reads and checks every file before anything is written; needs no database, so it can run while one starts. */
	Files read() {
		var scripts = ScriptScanner.resources(location);
		ScriptEncoding.check(scripts);
		var facts = new FactMigrations(FactSource.read(factsLocation));
		var config = MigrationsConfig.builder()
			.withLocationsToScan(location)
			.withResourceScanner(new ScriptScanner())
			.withMigrationClassesDiscoverer(facts)
			.withTransactionMode(TransactionMode.PER_MIGRATION)
			.withDelayBetweenMigrations(delayBetweenMigrations.isZero() ? null : delayBetweenMigrations)
			.build();
		var migrations = RecordedMigrations.cypherMigrations(scripts, config).map(cypher -> {
			var all = new ArrayList<Migration>(cypher);
			all.addAll(facts.migrations());
			return List.copyOf(all);
		});
		return new Files(config, migrations);
	}

	/** Applies what {@code files} holds that the database does not. */
	List<LoadReport.Script> apply(Files files) {
		loading = true;
		Migrations migrations = null;
		try {
			// before the fast path too: a store loaded by a version without these indexes gets them at its next start;
			// one look when they are all there already (the fact indexes' statements and a wait for them)
			try (var session = driver.session()) {
				var online = session.run("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names")
					.single().get("names").asList(Value::asString);
				if (!online.containsAll(FactLoader.factIndexNames())) {
					FactLoader.factIndexes().forEach(statement -> session.run(statement).consume());
					session.run("CALL db.awaitIndexes(3600)").consume();
				}
			}
			var recorded = RecordedMigrations.read(driver);
			var unchanged = files.migrations().flatMap(recorded::unchanged);
			if (unchanged.isPresent()) {
				return unchanged.get();
			}
			MigrationsLock.clearStale(driver, storeOwnedByThisProcess);
			try (var session = driver.session()) {
				FactLoader.preparation().forEach(statement -> session.run(statement).consume());
			}
			migrations = new Migrations(files.config(), driver);
			migrations.apply();
			return recorded.compare(migrations.info());
		}
		catch (MigrationsException ex) {
			throw stopping ? new LoadStoppedException(ex) : failure(migrations, ex);
		}
		catch (RuntimeException ex) {
			if (stopping) {
				throw new LoadStoppedException(ex);
			}
			throw ex;
		}
		finally {
			loading = false;
		}
	}

	private static RuntimeException failure(Migrations migrations, MigrationsException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ArticleLoadException article) {
				return new ScriptFailedException(article.problem().file(), article.problem().toString(), ex);
			}
		}
		var matcher = FAILED_VERSION.matcher(String.valueOf(ex.getMessage()));
		if (!matcher.find()) {
			return ex; // not a script failure (no connection, checksum mismatch, ...): its own message says it
		}
		var version = matcher.group(1).replaceFirst("^[VR]", "");
		var file = migrations.info(MigrationChain.ChainBuilderMode.LOCAL).getElements().stream()
			.filter(element -> element.getVersion().equals(version))
			.map(MigrationChain.Element::getSource)
			.findFirst()
			.orElse(matcher.group(1));
		return new ScriptFailedException(file, databaseMessage(ex), ex);
	}

	private static String databaseMessage(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j) {
				return neo4j.getMessage();
			}
		}
		return ex.getMessage();
	}
}
