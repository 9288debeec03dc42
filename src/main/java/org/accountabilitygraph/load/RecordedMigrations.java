package org.accountabilitygraph.load;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.Migration;
import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.ResourceBasedMigrationProvider;
import ac.simons.neo4j.migrations.core.ResourceContext;
import org.neo4j.driver.Driver;

/**
 * What neo4j-migrations has recorded in a store, read with two plain queries: per migration the checksum it
 * applied last and when. A start with nothing changed needs no more: when the store records exactly the local
 * migrations with their current checksums and no load is in progress, neo4j-migrations would skip them all, but
 * only after taking its lock and checking its own schema (a dozen statements that a new JVM plans one by one,
 * 2–3 s of every start). Anything unusual (a lock, a failed or deleted migration, another migration target, a
 * migration file of a kind not read here) counts as a change, and neo4j-migrations decides as before.
 */
final class RecordedMigrations {

	// Plain patterns on purpose: every operator a statement adds costs planning time in a new JVM.
	private static final String MIGRATIONS = """
			MATCH (:__Neo4jMigration)-[r:MIGRATED_TO|REPEATED]->(m:__Neo4jMigration)
			RETURN m.version AS version, m.checksum AS checksum, r.checksum AS repeated, r.at AS at,
			       m.migrationTarget IS NULL AND m.flyway_failed IS NULL AND m.type <> 'DELETE' AS usual""";

	private static final String LOCKS = "MATCH (lock:__Neo4jMigrationsLock) RETURN lock.id AS id";

	/** One migration as last applied. */
	record Applied(String checksum, String installedOn) {
	}

	private final Map<String, Applied> byVersion;
	private final boolean usual;

	private RecordedMigrations(Map<String, Applied> byVersion, boolean usual) {
		this.byVersion = byVersion;
		this.usual = usual;
	}

	static RecordedMigrations read(Driver driver) {
		boolean usual = driver.executableQuery(LOCKS).execute().records().isEmpty();
		var latest = new HashMap<String, org.neo4j.driver.Record>();
		for (var row : driver.executableQuery(MIGRATIONS).execute().records()) {
			usual &= row.get("usual").asBoolean(false);
			// A repeatable migration re-applied has one REPEATED loop per re-application; the latest counts.
			latest.merge(row.get("version").asString(), row, (a, b) ->
				a.get("at").asZonedDateTime().isAfter(b.get("at").asZonedDateTime()) ? a : b);
		}
		var byVersion = new HashMap<String, Applied>();
		latest.forEach((version, row) -> byVersion.put(version, new Applied(
				row.get("repeated").isNull() ? row.get("checksum").asString(null) : row.get("repeated").asString(),
				row.get("at").asZonedDateTime().toString())));
		return new RecordedMigrations(byVersion, usual);
	}

	/**
	 * @param local every local migration (see {@link #cypherMigrations}) and the fact files' migrations
	 * @return every script as {@link LoadReport#UNCHANGED} when the store holds exactly these migrations, as
	 *         neo4j-migrations lists them; empty when a load must run
	 */
	Optional<List<LoadReport.Script>> unchanged(List<Migration> local) {
		if (!usual || byVersion.size() != local.size()) {
			return Optional.empty();
		}
		var sorted = new ArrayList<>(local);
		sorted.sort(Comparator.comparing(migration -> migration.getVersion().getValue()));
		var scripts = new ArrayList<LoadReport.Script>();
		for (var migration : sorted) {
			var applied = byVersion.get(migration.getVersion().getValue());
			if (applied == null || !Objects.equals(applied.checksum(), migration.getChecksum().orElse(null))) {
				return Optional.empty();
			}
			scripts.add(new LoadReport.Script(migration.getSource(), LoadReport.UNCHANGED, applied.installedOn()));
		}
		return Optional.of(scripts);
	}

	/**
	 * Each script of the chain neo4j-migrations reports after a load, with its state: applied by that load when
	 * this record (taken before it) lacks it or has it with another checksum or time.
	 */
	List<LoadReport.Script> compare(MigrationChain after) {
		var scripts = new ArrayList<LoadReport.Script>();
		for (var element : after.getElements()) {
			var installedOn = element.getInstalledOn().map(Object::toString).orElse(null);
			var before = byVersion.get(element.getVersion());
			String state;
			if (element.getState() != MigrationState.APPLIED) {
				state = LoadReport.PENDING;
			}
			else if (before != null && before.equals(new Applied(element.getChecksum().orElse(null), installedOn))) {
				state = LoadReport.UNCHANGED;
			}
			else {
				state = LoadReport.APPLIED;
			}
			scripts.add(new LoadReport.Script(element.getSource(), state, installedOn));
		}
		return scripts;
	}

	/**
	 * The Cypher migrations among the schema folder's {@code scripts}, with neo4j-migrations' own checksums;
	 * empty when the folder holds migrations of another kind (a catalog, say), which only neo4j-migrations reads.
	 */
	static Optional<List<Migration>> cypherMigrations(List<URL> scripts, MigrationsConfig config) {
		var cypher = ResourceBasedMigrationProvider.unique().stream()
			.filter(provider -> provider.getExtension().equals("cypher")).findFirst().orElseThrow();
		var migrations = new ArrayList<Migration>();
		for (var url : scripts) {
			var name = ScriptScanner.fileName(url);
			if (!MigrationVersion.canParse(name)) {
				continue;
			}
			if (!name.endsWith(".cypher")) {
				return Optional.empty();
			}
			migrations.addAll(cypher.handle(ResourceContext.of(url, config)));
		}
		return Optional.of(migrations);
	}
}
