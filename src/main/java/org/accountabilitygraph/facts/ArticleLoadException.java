package org.accountabilitygraph.facts;

import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The database refused an article's facts (a constraint, say); the article's transaction was rolled back.
 * Names the file and, where the database's message names an id, the line of the entity or fact with it.
 */
public final class ArticleLoadException extends RuntimeException {

	private final Problem problem;

	ArticleLoadException(FactFile file, Neo4jException cause) {
		super(problemOf(file, cause).toString(), cause);
		this.problem = problemOf(file, cause);
	}

	public Problem problem() {
		return problem;
	}

	private static Problem problemOf(FactFile file, Neo4jException cause) {
		var message = cause.getMessage();
		int line = 0;
		for (var mention : file.entities()) {
			if (message.contains("'" + mention.id() + "'")) {
				line = mention.line();
				break;
			}
		}
		return new Problem(file.name(), line, "the database refused this article's facts (nothing of it was loaded): " + message);
	}
}
