package org.accountabilitygraph.load;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * Nodes by label and relationships by type, leaving out neo4j-migrations' own bookkeeping.
 */
public record GraphCounts(long nodes, long relationships, Map<String, Long> nodesByLabel,
		Map<String, Long> relationshipsByType) {

	private static final String BOOKKEEPING = "__Neo4jMigration";

	public static GraphCounts of(Driver driver) {
		try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(
				org.neo4j.driver.AccessMode.READ).build())) {
			var labels = new LinkedHashMap<String, Long>();
			session.run("""
					MATCH (n) WHERE NOT n:%s
					UNWIND labels(n) AS label
					RETURN label, count(*) AS count ORDER BY label""".formatted(BOOKKEEPING))
				.forEachRemaining(r -> labels.put(r.get("label").asString(), r.get("count").asLong()));
			var types = new LinkedHashMap<String, Long>();
			session.run("""
					MATCH (a)-[r]->(b) WHERE NOT a:%1$s AND NOT b:%1$s
					RETURN type(r) AS type, count(*) AS count ORDER BY type""".formatted(BOOKKEEPING))
				.forEachRemaining(r -> types.put(r.get("type").asString(), r.get("count").asLong()));
			long nodes = session.run("MATCH (n) WHERE NOT n:%s RETURN count(n)".formatted(BOOKKEEPING))
				.single().get(0).asLong();
			long relationships = types.values().stream().mapToLong(Long::longValue).sum();
			return new GraphCounts(nodes, relationships, labels, types);
		}
	}

	public String describe() {
		var text = new StringBuilder();
		text.append("Nodes: ").append(nodes).append('\n');
		nodesByLabel.forEach((label, count) -> text.append(String.format("  :%-16s %5d%n", label, count)));
		text.append("Relationships: ").append(relationships).append('\n');
		relationshipsByType.forEach((type, count) -> text.append(String.format("  :%-16s %5d%n", type, count)));
		return text.toString();
	}
}
