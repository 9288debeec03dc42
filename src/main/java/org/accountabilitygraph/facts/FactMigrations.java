package org.accountabilitygraph.facts;

import java.util.Collection;
import java.util.List;

import ac.simons.neo4j.migrations.core.Discoverer;
import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;

/** Hands neo4j-migrations one repeatable migration per fact file. */
public final class FactMigrations implements Discoverer<JavaBasedMigration> {

	private final List<JavaBasedMigration> migrations;

	/** @throws FactFileException when a file has problems: nothing is loaded then */
	public FactMigrations(FactSet facts) {
		if (!facts.problems().isEmpty()) {
			throw new FactFileException(facts.problems());
		}
		// Built once: neo4j-migrations asks again for every info() and apply().
		this.migrations = facts.files().stream().<JavaBasedMigration>map(file -> new ArticleMigration(facts, file)).toList();
	}

	/** One migration per fact file, in the order of the files. */
	public List<JavaBasedMigration> migrations() {
		return migrations;
	}

	@Override
	public Collection<JavaBasedMigration> discover(MigrationContext context) {
		return migrations;
	}
}
