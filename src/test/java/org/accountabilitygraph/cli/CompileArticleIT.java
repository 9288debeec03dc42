package org.accountabilitygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.accountabilitygraph.LoadedGraph;
import org.accountabilitygraph.ScratchDatabase;
import org.accountabilitygraph.facts.FactSource;
import org.accountabilitygraph.load.GraphContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;

/**
 * The scripts {@code tools/compile-article} prints, run the way cypher-shell runs them on a plain server: each
 * statement before {@code :begin} on its own, {@code :param} set, the statements between {@code :begin} and
 * {@code :commit} in one transaction. All five into an empty database give the graph the application's load gives,
 * and one of them again (its article taken back, then written) leaves it so.
 */
@ExtendWith(LoadedGraph.class)
class CompileArticleIT {

	@Test
	void theFiveScriptsIntoAnEmptyDatabaseGiveTheLoadedGraphAndOneAgainChangesNothing(Driver loaded) {
		var facts = FactSource.read(LoadedGraph.FACTS);
		var expected = GraphContent.of(loaded);
		try (var scratch = ScratchDatabase.borrow()) {
			for (var file : facts.files()) {
				runAsCypherShell(scratch.driver(), CompileArticle.script(facts, file.name()));
			}
			assertThat(GraphContent.of(scratch.driver()).sha256()).isEqualTo(expected.sha256());

			runAsCypherShell(scratch.driver(), CompileArticle.script(facts, facts.files().get(0).name()));
			assertThat(GraphContent.of(scratch.driver()).sha256()).isEqualTo(expected.sha256());
		}
	}

	/** What cypher-shell does with the script: the only commands it uses are :param, :begin and :commit. */
	private static void runAsCypherShell(Driver driver, String script) {
		Map<String, Object> parameters = Map.of();
		var statements = script.split(";\n");
		try (var session = driver.session()) {
			Transaction transaction = null;
			for (var chunk : statements) {
				var statement = new StringBuilder();
				for (var line : chunk.lines().toList()) {
					if (line.startsWith(":param ")) {
						parameters = session.run("RETURN " + line.substring(":param ".length()) + " AS p").single().get("p").asMap();
					}
					else if (line.equals(":begin")) {
						transaction = session.beginTransaction();
					}
					else if (line.equals(":commit")) {
						transaction.commit();
						transaction = null;
					}
					else {
						statement.append(line).append('\n');
					}
				}
				var cypher = statement.toString().replaceAll("(?m)^\\s*//.*$", "").strip();
				if (!cypher.isEmpty()) {
					if (transaction != null) {
						transaction.run(cypher, parameters).consume();
					}
					else {
						session.run(cypher, parameters).consume();
					}
				}
			}
			assertThat(transaction).as("the script ends with :commit").isNull();
		}
	}
}
