package example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.accountabilitygraph.query.KnowledgeGraph;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

public class LeadershipReport {

	public static void main(String[] args) throws IOException {
		var uri = args.length > 0 ? args[0] : "bolt://localhost:7687";
		// The run command keeps its database password in its store.
		var password = args.length > 1 ? args[1] : Files.readString(Path.of("neo4j-data/password")).strip();
		try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password))) {
			var graph = new KnowledgeGraph(driver);
			for (var role : graph.leadership("nsft")) {
				var source = role.sources().get(0);
				System.out.printf("%-14s %-16s %-24s %s: \"%s\"%n", role.when(), role.person().name(), role.role(),
						source.article(), source.evidence());
			}
		}
	}
}
