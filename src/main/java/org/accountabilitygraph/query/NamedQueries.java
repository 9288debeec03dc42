package org.accountabilitygraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

/**
 * The named queries of {@code cypher/queries/}: the same text a user pastes into the Neo4j Browser,
 * run here with parameters (never with user input spliced into the text) in read-only sessions.
 */
public final class NamedQueries {

	private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

	private final Driver driver;

	public NamedQueries(Driver driver) {
		this.driver = driver;
	}

	/** The text of {@code cypher/queries/<name>.cypher}, e.g. {@code q1-leadership}. */
	public static String text(String name) {
		return TEXTS.computeIfAbsent(name, NamedQueries::read);
	}

	/** Runs a named query in a read-only session and returns its rows as maps. */
	public List<Map<String, Object>> run(String name, Map<String, Object> parameters) {
		try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> tx.run(text(name), parameters).list(Record::asMap));
		}
	}

	private static String read(String name) {
		var resource = "/cypher/queries/" + name + ".cypher";
		try (InputStream in = NamedQueries.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No named query " + resource);
			}
			// The trailing semicolon is for the Browser; the driver wants a single statement without it.
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().replaceFirst(";$", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
