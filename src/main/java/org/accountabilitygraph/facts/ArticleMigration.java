package org.accountabilitygraph.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * One article's fact file as a repeatable neo4j-migrations migration: applied in one transaction by the
 * loader statements of {@code cypher/load/} (as a batch of one), re-applied whenever its checksum (a digest of what it loads,
 * see {@link FactSet#checksum}) changes.
 */
final class ArticleMigration implements JavaBasedMigration {

	private final FactFile file;
	private final Map<String, Object> parameters;
	private final String checksum;

	ArticleMigration(FactSet facts, FactFile file) {
		this.file = file;
		var article = facts.parameters(file);
		this.parameters = FactLoader.batch(List.of(article));
		this.checksum = FactSet.checksum(article);
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.parse(file.name());
	}

	@Override
	public Optional<String> getOptionalDescription() {
		return Optional.of("Article " + file.articleId());
	}

	@Override
	public String getSource() {
		return file.name();
	}

	@Override
	public Optional<String> getChecksum() {
		return Optional.of(checksum);
	}

	@Override
	public boolean isRepeatable() {
		return true;
	}

	@Override
	public void apply(MigrationContext context) {
		try (var session = context.getSession()) {
			session.executeWriteWithoutResult(tx -> {
				for (var statement : FactLoader.statements()) {
					tx.run(statement, parameters).consume();
				}
			});
		}
		catch (Neo4jException ex) {
			throw new ArticleLoadException(file, ex);
		}
	}
}
