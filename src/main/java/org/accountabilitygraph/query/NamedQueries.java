package org.accountabilitygraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The named queries of {@code cypher/queries/}: the same text a user pastes into the Neo4j Browser,
 * run here with parameters (never with user input spliced into the text) in read-only sessions, each
 * in a transaction the database ends after {@code timeout}, so no question can keep it busy for long.
 */
public final class NamedQueries {

	private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

	private final Driver driver;

	private final TransactionConfig transaction;

	private final Duration timeout;

	public NamedQueries(Driver driver) {
		this(driver, KnowledgeGraph.DEFAULT_TIMEOUT);
	}

	public NamedQueries(Driver driver, Duration timeout) {
		this.driver = driver;
		this.timeout = timeout;
		this.transaction = TransactionConfig.builder().withTimeout(timeout).build();
	}

	/** The text of {@code cypher/queries/<name>.cypher}, e.g. {@code q1-leadership}. */
	public static String text(String name) {
		return TEXTS.computeIfAbsent(name, NamedQueries::read);
	}

	/**
	 * Runs a named query in a read-only session and returns its rows as maps; throws
	 * {@link QueryTimeoutException} when it runs longer than the timeout.
	 */
	public List<Map<String, Object>> run(String name, Map<String, Object> parameters) {
		return execute(name, text(name), parameters);
	}

	/** Runs {@code cypher} like a named query; only for tests that need a query of their own (a slow one). */
	List<Map<String, Object>> execute(String name, String cypher, Map<String, Object> parameters) {
		try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list(Record::asMap), transaction);
		}
		catch (ClientException ex) {
			// Neo.ClientError.Transaction.TransactionTimedOut, or ...TimedOutClientConfiguration when the limit
			// is the one this transaction asked for
			if (ex.code() != null && ex.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
				throw new QueryTimeoutException(name, timeout, ex);
			}
			throw ex;
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
