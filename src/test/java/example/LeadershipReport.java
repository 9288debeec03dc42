package example;

import org.accountabilitygraph.query.KnowledgeGraph;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

public class LeadershipReport {

	public static void main(String[] args) {
		var uri = args.length > 0 ? args[0] : "bolt://localhost:7687";
		try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
			var graph = new KnowledgeGraph(driver);
			for (var role : graph.leadership("nsft")) {
				var source = role.sources().get(0);
				System.out.printf("%-14s %-16s %-24s %s: \"%s\"%n", role.when(), role.person().name(), role.role(),
						source.article(), source.evidence());
			}
		}
	}
}
