package org.accountabilitygraph.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsConfig.TransactionMode;
import ac.simons.neo4j.migrations.core.MigrationsException;
import org.accountabilitygraph.facts.ArticleLoadException;
import org.accountabilitygraph.facts.FactMigrations;
import org.accountabilitygraph.facts.FactSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Applies the schema scripts and the curated fact files to any Neo4j the driver reaches (embedded, server,
 * cluster), through neo4j-migrations: the schema as versioned migrations ({@code V…}), each article's
 * fact file as a repeatable one ({@code R…}) that is re-applied whenever what it loads changes. Each runs
 * in one transaction, so a broken one leaves nothing behind and those before it stay applied.
 */
public final class GraphLoader {

	private static final Pattern FAILED_VERSION = Pattern.compile("Could not apply migration: (\\S+)");

	private final Driver driver;
	private final String location;
	private final String factsLocation;

	/**
	 * @param location      where the schema scripts are: {@code classpath:cypher/migrations} or
	 *                      {@code file:/absolute/path}
	 * @param factsLocation where the fact files are: {@code classpath:data/facts} or {@code file:/absolute/path}
	 */
	public GraphLoader(Driver driver, String location, String factsLocation) {
		this.driver = driver;
		this.location = location;
		this.factsLocation = factsLocation;
	}

	/**
	 * Applies what is new or changed and reports what the database then holds.
	 * @throws ScriptFailedException naming the script that failed and the database's message
	 */
	public LoadReport load() {
		// Every fact file is read and checked before anything is written: a malformed one stops the load here.
		var facts = new FactMigrations(FactSource.read(factsLocation));
		var migrations = new Migrations(MigrationsConfig.builder()
			.withLocationsToScan(location)
			.withMigrationClassesDiscoverer(facts)
			.withTransactionMode(TransactionMode.PER_MIGRATION)
			.build(), driver);
		try {
			migrations.apply();
		}
		catch (MigrationsException ex) {
			throw failure(migrations, ex);
		}
		return new LoadReport(scripts(migrations.info()), GraphCounts.of(driver));
	}

	private static List<LoadReport.Script> scripts(MigrationChain chain) {
		var scripts = new ArrayList<LoadReport.Script>();
		for (var element : chain.getElements()) {
			scripts.add(new LoadReport.Script(element.getSource(), element.getState().name().toLowerCase(),
					element.getInstalledOn().map(Object::toString).orElse(null)));
		}
		return scripts;
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
