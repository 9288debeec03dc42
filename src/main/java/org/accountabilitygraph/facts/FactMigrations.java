package org.accountabilitygraph.facts;

import java.util.Collection;

import ac.simons.neo4j.migrations.core.Discoverer;
import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;

/** Hands neo4j-migrations one repeatable migration per fact file. */
public final class FactMigrations implements Discoverer<JavaBasedMigration> {

	private final FactSet facts;

	/** @throws FactFileException when a file has problems: nothing is loaded then */
	public FactMigrations(FactSet facts) {
		if (!facts.problems().isEmpty()) {
			throw new FactFileException(facts.problems());
		}
		this.facts = facts;
	}

	@Override
	public Collection<JavaBasedMigration> discover(MigrationContext context) {
		return facts.files().stream().<JavaBasedMigration>map(file -> new ArticleMigration(facts, file)).toList();
	}
}
