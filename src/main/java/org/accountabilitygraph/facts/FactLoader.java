package org.accountabilitygraph.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loader statements of {@code cypher/load/}: the same four for every article, so Neo4j plans them once.
 * They take a batch of articles ({@link #batch}), each as {@link FactSet#parameters} gives it: one article to a
 * transaction for the normal load, many for a bulk load. In the Browser, set them with {@code :params}.
 */
public final class FactLoader {

	private static final List<String> NAMES = List.of("1-retract", "2-article", "3-entities", "4-facts");
	private static final List<String> STATEMENTS = load(NAMES);
	private static final List<String> PREPARATION = load(List.of("0-schema", "0-upgrade"));
	private static final List<String> FACT_INDEXES = load(List.of("0-fact-index", "0-list-indexes"));

	private FactLoader() {
	}

	/** The parameters of the statements for {@code articles}, each the {@link FactSet#parameters} of one file. */
	public static Map<String, Object> batch(List<Map<String, Object>> articles) {
		return Map.of("articles", articles);
	}

	/** The statements in the order they run, without their final semicolons. */
	public static List<String> statements() {
		return STATEMENTS;
	}

	/**
	 * The statements that write an article (steps 2 to 4), for a load into an empty database: it has nothing to take
	 * back, and the index step 1 reads is made after the data.
	 */
	public static List<String> writingStatements() {
		return STATEMENTS.subList(1, STATEMENTS.size());
	}

	/**
	 * The indexes of facts: by article ({@code 0-fact-index.cypher}, which step 1 and the article's view read) and by
	 * the keys of the lists questions page through ({@code 0-list-indexes.cypher}); idempotent, each statement in a
	 * transaction of its own.
	 */
	public static List<String> factIndexes() {
		return FACT_INDEXES;
	}

	/** The names of the indexes {@link #factIndexes()} makes. */
	public static List<String> factIndexNames() {
		return FACT_INDEXES.stream().map(INDEX_NAME::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
	}

	private static final Pattern INDEX_NAME = Pattern.compile("CREATE (?:FULLTEXT )?INDEX (\\w+) IF NOT EXISTS");

	/**
	 * What runs before any article, each statement in a transaction of its own (schema and data cannot
	 * share one): the loader's schema, and the :Entity label for stores loaded by earlier versions.
	 * Both are idempotent.
	 */
	public static List<String> preparation() {
		return PREPARATION;
	}

	private static List<String> load(List<String> names) {
		var statements = new ArrayList<String>();
		for (var name : names) {
			var resource = "/cypher/load/" + name + ".cypher";
			try (var in = FactLoader.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("The loader statement " + resource + " is missing from the class path");
				}
				// a file may hold several statements, each ending with a semicolon at the end of its line
				for (var statement : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";\\s*\\n")) {
					if (!statement.isBlank()) {
						statements.add(statement.strip().replaceFirst(";$", ""));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return List.copyOf(statements);
	}
}
