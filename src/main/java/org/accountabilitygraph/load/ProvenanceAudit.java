package org.accountabilitygraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.accountabilitygraph.facts.FactSet;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;

/**
 * Checks the rule the whole graph rests on: every fact names its article and quotes it.
 * <ul>
 * <li>every relationship has {@code article} (an existing {@code :Article}) and {@code evidence};</li>
 * <li>every {@code evidence}, and every quotation's text, occurs in that article's file, ignoring
 * quote marks and runs of whitespace (articles mix straight and curly quotes);</li>
 * <li>every node but an article is {@code REPORTED_IN} at least one article;</li>
 * <li>ids are lowercase hyphenated slugs and unique across labels.</li>
 * </ul>
 */
public final class ProvenanceAudit {

	private static final String BOOKKEEPING = "__Neo4jMigration";
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final Path projectDirectory;

	/** @param projectDirectory the directory that {@code Article.sourceFile} paths are relative to */
	public ProvenanceAudit(Path projectDirectory) {
		this.projectDirectory = projectDirectory;
	}

	/** Every problem found, one line each; empty when the graph is fully sourced. */
	public List<String> problems(Driver driver) {
		try (var session = driver.session()) {
			return problems(session);
		}
	}

	/** As {@link #problems(Driver)}, inside a session or transaction the caller holds. */
	public List<String> problems(QueryRunner session) {
		var problems = new ArrayList<String>();
		var articleTexts = new HashMap<String, String>();
		session.run("MATCH (a:Article) RETURN a.id AS id, a.sourceFile AS file").forEachRemaining(r -> {
			var id = r.get("id").asString();
			if (r.get("file").isNull()) {
				problems.add("article " + id + " has no sourceFile");
			}
			else {
				articleTexts.put(id, FactSet.normalise(read(projectDirectory.resolve(r.get("file").asString()))));
			}
		});
		session.run("""
				MATCH (a)-[r]->(b) WHERE NOT a:%1$s AND NOT b:%1$s
				RETURN type(r) AS type, a.id AS from, b.id AS to, r.article AS article, r.evidence AS evidence
				""".formatted(BOOKKEEPING)).forEachRemaining(r -> {
			var where = r.get("type").asString() + " " + r.get("from").asString(null) + " -> "
					+ r.get("to").asString(null);
			checkSpan(problems, articleTexts, r, "evidence", where);
		});
		session.run("""
				MATCH (s:Statement {kind: 'quote'})-[r:REPORTED_IN]->(a:Article)
				RETURN s.id AS from, a.id AS article, s.text AS evidence""").forEachRemaining(r ->
				checkSpan(problems, articleTexts, r, "quotation text", "Statement " + r.get("from").asString()));
		session.run("""
				MATCH (n) WHERE NOT n:Article AND NOT n:%s AND NOT (n)-[:REPORTED_IN]->(:Article)
				RETURN n.id AS id, labels(n) AS labels""".formatted(BOOKKEEPING)).forEachRemaining(r ->
				problems.add("node " + r.get("id").asString(null) + " " + r.get("labels").asList()
						+ " is not REPORTED_IN any article"));
		session.run("""
				MATCH (n) WHERE NOT n:%s
				WITH n.id AS id, count(*) AS copies, collect(labels(n)) AS labels
				WHERE id IS NULL OR copies > 1
				RETURN id, copies, labels""".formatted(BOOKKEEPING)).forEachRemaining(r ->
				problems.add(r.get("id").isNull() ? r.get("copies").asLong() + " node(s) without an id: "
						+ r.get("labels").asList() : "id " + r.get("id").asString() + " is used by "
						+ r.get("copies").asLong() + " nodes " + r.get("labels").asList()));
		session.run("MATCH (n) WHERE NOT n:%s AND n.id IS NOT NULL RETURN n.id AS id".formatted(BOOKKEEPING))
			.forEachRemaining(r -> {
				if (!SLUG.matcher(r.get("id").asString()).matches()) {
					problems.add("id '" + r.get("id").asString() + "' is not a lowercase hyphenated slug");
				}
			});
		return problems;
	}

	private static void checkSpan(List<String> problems, Map<String, String> articleTexts, Record r, String what,
			String where) {
		var article = r.get("article").asString(null);
		var span = r.get("evidence").asString(null);
		if (article == null || span == null || span.isBlank()) {
			problems.add(where + ": missing " + (article == null ? "article" : what));
		}
		else if (!articleTexts.containsKey(article)) {
			problems.add(where + ": article '" + article + "' is not an :Article with a source file");
		}
		else if (!articleTexts.get(article).contains(FactSet.normalise(span))) {
			problems.add(where + ": " + what + " not found verbatim in " + article + ": \"" + span + "\"");
		}
	}


	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read article file " + file, ex);
		}
	}
}
