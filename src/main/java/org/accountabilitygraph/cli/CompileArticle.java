package org.accountabilitygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accountabilitygraph.facts.FactFileException;
import org.accountabilitygraph.facts.FactLoader;
import org.accountabilitygraph.facts.FactSet;
import org.accountabilitygraph.facts.FactSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Prints the Cypher that loads one article's fact file, for people who load a plain Neo4j server with
 * cypher-shell: the loader's own schema, the parameters, then the loader statements of {@code cypher/load/}, in one
 * transaction.
 */
@Command(name = "compile-article", mixinStandardHelpOptions = true,
		description = "Prints the cypher-shell script that loads one fact file (after cypher/migrations/V*.cypher).")
public final class CompileArticle implements Callable<Integer> {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	@Parameters(paramLabel = "FILE", description = "the fact file, such as data/facts/R101__Article_d486f7aa.yaml")
	Path file;

	@Option(names = "--facts", defaultValue = "data/facts", description = "the folder of fact files (default: ${DEFAULT-VALUE})")
	Path folder;

	@Override
	public Integer call() {
		try {
			var facts = FactSource.read("file:" + folder.toAbsolutePath());
			if (!facts.problems().isEmpty()) {
				throw new FactFileException(facts.problems());
			}
			System.out.print(script(facts, file.getFileName().toString()));
			return 0;
		}
		catch (FactFileException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage() + " in " + folder);
			return 1;
		}
	}

	/**
	 * The cypher-shell script that loads the fact file {@code name} of {@code facts}: the loader's own schema (each
	 * statement idempotent, in a transaction of its own), the article's parameters, then the four loader statements in
	 * one transaction.
	 */
	public static String script(FactSet facts, String name) {
		var article = facts.files().stream().filter(f -> f.name().equals(name)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException(name + " is not among the fact files"));
		var out = new StringBuilder();
		out.append("// Loads ").append(article.articleId()).append(" from ").append(name)
			.append(". Apply cypher/migrations/V*.cypher first.\n")
			.append("// cypher-shell -u neo4j -p <password> -f <this file>\n");
		appendStatements(out, FactLoader.preparation());
		// taking the article back (step 1) reads the first of these
		appendStatements(out, FactLoader.factIndexes());
		out.append("CALL db.awaitIndexes(3600);\n");
		out.append(":param ").append(literal(FactLoader.batch(List.of(facts.parameters(article))))).append("\n");
		out.append(":begin\n");
		appendStatements(out, FactLoader.statements());
		out.append(":commit\n");
		return out.toString();
	}

	private static void appendStatements(StringBuilder out, List<String> statements) {
		statements.forEach(statement -> out.append(statement).append(";\n"));
	}

	/** A Cypher literal for a parameter value: maps, lists, strings, numbers and booleans. */
	static String literal(Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.entrySet().stream()
				.map(e -> key(String.valueOf(e.getKey())) + ": " + literal(e.getValue()))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(CompileArticle::literal).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof String text) {
			return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
		}
		return String.valueOf(value);
	}

	private static String key(String key) {
		return IDENTIFIER.matcher(key).matches() ? key : "`" + key.replace("`", "``") + "`";
	}

	public static void main(String[] args) {
		System.exit(new CommandLine(new CompileArticle()).execute(args));
	}
}
