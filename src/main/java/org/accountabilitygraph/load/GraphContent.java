package org.accountabilitygraph.load;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The graph's content as canonical text, one sorted line per node (labels and properties) and per
 * relationship (type, the {@code id} of both ends, properties), and its SHA-256: two stores hold the
 * same graph exactly when their hashes are equal, whatever their internal ids or load order.
 * neo4j-migrations' own {@code __Neo4jMigration*} nodes (records and lock) are left out.
 * Works over a driver and on a store opened in this JVM.
 */
public record GraphContent(List<String> lines) {

	private static final String NOT_BOOKKEEPING = "NOT any(l IN labels(%s) WHERE l STARTS WITH '__Neo4jMigration')";

	private static final String NODES = "MATCH (n) WHERE " + NOT_BOOKKEEPING.formatted("n")
			+ " RETURN labels(n) AS labels, properties(n) AS props";

	private static final String RELATIONSHIPS = "MATCH (a)-[r]->(b) WHERE " + NOT_BOOKKEEPING.formatted("a") + " AND "
			+ NOT_BOOKKEEPING.formatted("b") + " RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props";

	/** Through any driver (embedded over Bolt, a server, the test harness). */
	public static GraphContent of(Driver driver) {
		var lines = new ArrayList<String>();
		driver.executableQuery(NODES).execute().records().forEach(r ->
				lines.add(node(r.get("labels").asList(Value::asString), r.get("props").asMap())));
		driver.executableQuery(RELATIONSHIPS).execute().records().forEach(r -> lines.add(relationship(
				r.get("from").asString(null), r.get("type").asString(), r.get("to").asString(null), r.get("props").asMap())));
		return sorted(lines);
	}

	/** On a database opened in this JVM, for example a store a stopped application left behind. */
	@SuppressWarnings("unchecked")
	public static GraphContent of(GraphDatabaseService database) {
		var lines = new ArrayList<String>();
		try (var tx = database.beginTx()) {
			tx.execute(NODES).forEachRemaining(r ->
					lines.add(node((List<String>) r.get("labels"), (Map<String, Object>) r.get("props"))));
			tx.execute(RELATIONSHIPS).forEachRemaining(r -> lines.add(relationship((String) r.get("from"),
					(String) r.get("type"), (String) r.get("to"), (Map<String, Object>) r.get("props"))));
		}
		return sorted(lines);
	}

	/** The SHA-256 of the canonical text, in hex. */
	public String sha256() {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GraphContent sorted(List<String> lines) {
		lines.sort(null);
		return new GraphContent(List.copyOf(lines));
	}

	private static String node(List<String> labels, Map<String, Object> properties) {
		return "N " + new TreeSet<>(labels) + " " + canonical(properties);
	}

	private static String relationship(String from, String type, String to, Map<String, Object> properties) {
		return "R " + canonical(from) + " -" + type + "-> " + canonical(to) + " " + canonical(properties);
	}

	/**
	 * One spelling per value, whichever API produced it: the driver gives lists and {@code Long}, an
	 * embedded store arrays and sometimes {@code Integer}; strings are quoted so that {@code "1"} and
	 * {@code 1} differ.
	 */
	static String canonical(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
		}
		if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
			return Long.toString(((Number) value).longValue());
		}
		if (value instanceof Float || value instanceof Double) {
			return "f" + ((Number) value).doubleValue();
		}
		if (value instanceof Map<?, ?> map) {
			return new TreeMap<>(map).entrySet().stream()
				.map(e -> e.getKey() + "=" + canonical(e.getValue()))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(GraphContent::canonical).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value.getClass().isArray()) {
			var items = new ArrayList<>();
			for (int i = 0; i < Array.getLength(value); i++) {
				items.add(Array.get(value, i));
			}
			return canonical(items);
		}
		return value.getClass().getSimpleName() + ":" + value; // booleans, dates and times
	}
}
