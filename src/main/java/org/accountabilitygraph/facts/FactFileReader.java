package org.accountabilitygraph.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads fact files and the registry, checking their shape (what the published schema,
 * {@code data/facts/fact-file.schema.json}, says) and reporting each problem with its line.
 */
final class FactFileReader {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	static final Pattern LABEL = Pattern.compile("[A-Z][A-Za-z]*");
	static final Pattern TYPE = Pattern.compile("[A-Z][A-Z_]*");
	static final Pattern FILE_NAME = Pattern.compile("R\\d+__Article_[0-9a-f]{8}\\.yaml");
	/** The loader's own label and relationship, which files do not write. */
	static final String ENTITY = "Entity";
	static final String REPORTED_IN = "REPORTED_IN";

	private final List<Problem> problems = new ArrayList<>();
	private final String file;
	private YamlTree tree;

	private FactFileReader(String file) {
		this.file = file;
	}

	/** The file, and the problems found in it (empty when it is well formed). */
	static Result<FactFile> factFile(String name, String text) {
		var reader = new FactFileReader(name);
		if (!FILE_NAME.matcher(name).matches()) {
			reader.problem(0, "the name must be R<number>__Article_<8 hex digits>.yaml, like R101__Article_d486f7aa.yaml");
		}
		var root = reader.parse(text);
		if (reader.problems.stream().anyMatch(Problem::fatal)) {
			return new Result<>(new FactFile(name, Map.of(), List.of(), List.of()), reader.problems);
		}
		var schemaProblems = FactSchemas.check(FactSchemas.FACT_FILE, name, reader.tree);
		var article = reader.properties(root.get("article"), "article", reader.line(root));
		var id = article.get("id");
		if (!(id instanceof String s) || !SLUG.matcher(s).matches()) {
			reader.problem(reader.line(root.get("article")), "article: 'id' must be a slug like article-d486f7aa");
		}
		for (var key : List.of("title", "sourceFile", "datePrecision")) {
			if (!(article.get(key) instanceof String)) {
				reader.problem(reader.line(root.get("article")), "article: '" + key + "' is required");
			}
		}
		var mentions = new ArrayList<FactFile.Mention>();
		for (var element : YamlTree.list(root.get("entities"))) {
			reader.mention(element).ifPresent(mentions::add);
		}
		var facts = new ArrayList<FactFile.Fact>();
		for (var element : YamlTree.list(root.get("facts"))) {
			reader.fact(element).ifPresent(facts::add);
		}
		// review: a proposal's list of uncertain choices (tools/ingest), not loaded
		reader.unknownKeys(root, Set.of("review", "article", "entities", "facts"), "file");
		reader.addSchemaProblems(schemaProblems);
		return new Result<>(new FactFile(name, article, mentions, facts), reader.problems);
	}

	static Result<Registry> registry(String text) {
		var reader = new FactFileReader(Registry.FILE_NAME);
		var root = reader.parse(text);
		if (reader.problems.stream().anyMatch(Problem::fatal)) {
			return new Result<>(Registry.empty(), reader.problems);
		}
		var schemaProblems = FactSchemas.check(FactSchemas.REGISTRY, Registry.FILE_NAME, reader.tree);
		var entries = new LinkedHashMap<String, Registry.Entry>();
		for (var element : YamlTree.list(root.get("entities"))) {
			int line = reader.line(element);
			var properties = reader.properties(element, "registry entry", line);
			var id = reader.slug(properties.remove("id"), line, "id");
			var labels = reader.labels(properties.remove("labels"), line);
			if (!(properties.get("name") instanceof String)) {
				reader.problem(line, "registry entry '" + id + "' needs a 'name'");
			}
			if (id != null && entries.put(id, new Registry.Entry(id, labels, properties, line)) != null) {
				reader.problem(line, "'" + id + "' is defined twice");
			}
		}
		reader.unknownKeys(root, Set.of("entities"), "file");
		reader.addSchemaProblems(schemaProblems);
		return new Result<>(new Registry(entries), reader.problems);
	}

	/** Something read, with what is wrong with it. */
	record Result<T>(T value, List<Problem> problems) {
	}

	private Map<?, ?> parse(String text) {
		try {
			tree = YamlTree.parse(file, text);
		}
		catch (FactFileException ex) {
			ex.problems().forEach(p -> problems.add(p.in(file)));
			tree = YamlTree.parse(file, "{}");
		}
		if (tree.root() instanceof Map<?, ?> map) {
			return map;
		}
		problem(0, "must be a YAML mapping (article:, entities:, facts:)");
		return Map.of();
	}

	private Optional<FactFile.Mention> mention(Object element) {
		int line = line(element);
		var properties = properties(element, "entity", line);
		var id = slug(properties.remove("id"), line, "id");
		var labelsValue = properties.remove("labels");
		var labels = labelsValue == null ? List.<String>of() : labels(labelsValue, line);
		var mentioned = properties.remove("mentioned");
		if (!(mentioned instanceof String text) || text.isBlank()) {
			problem(line, "entity '" + id + "' needs 'mentioned': the sentence of the article that mentions it");
			mentioned = "";
		}
		return id == null ? Optional.empty()
				: Optional.of(new FactFile.Mention(id, labels, (String) mentioned, properties, line));
	}

	private Optional<FactFile.Fact> fact(Object element) {
		int line = line(element);
		var properties = properties(element, "fact", line);
		var type = properties.remove("type");
		if (!(type instanceof String t) || !TYPE.matcher(t).matches() || t.equals(REPORTED_IN)) {
			problem(line, "fact: 'type' must be an UPPER_SNAKE_CASE relationship type other than REPORTED_IN, was " + type);
			type = null;
		}
		var from = slug(properties.remove("from"), line, "from");
		var to = slug(properties.remove("to"), line, "to");
		if (!(properties.get("evidence") instanceof String evidence) || evidence.isBlank()) {
			problem(line, "fact " + type + " " + from + " -> " + to + " needs 'evidence': a verbatim span of the article");
		}
		if (properties.containsKey("article")) {
			problem(line, "fact: 'article' is added by the loader; leave it out");
		}
		return type == null || from == null || to == null ? Optional.empty()
				: Optional.of(new FactFile.Fact((String) type, from, to, properties, line));
	}

	/** A map's entries as Neo4j properties: scalars, or lists of scalars of one kind. */
	private Map<String, Object> properties(Object element, String what, int line) {
		var properties = new LinkedHashMap<String, Object>();
		if (!(element instanceof Map<?, ?> map)) {
			problem(line, what + " must be a mapping of names to values");
			return properties;
		}
		for (var entry : map.entrySet()) {
			var key = String.valueOf(entry.getKey());
			var value = entry.getValue();
			if (value == null) {
				continue; // absent, as in Neo4j
			}
			if (!isPropertyValue(value)) {
				problem(line, what + ": '" + key + "' must be a value or a list of values of one kind");
				continue;
			}
			properties.put(key, value);
		}
		return properties;
	}

	private static boolean isPropertyValue(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().allMatch(x -> x != null && !(x instanceof Map<?, ?>) && !(x instanceof List<?>)
					&& x.getClass() == list.get(0).getClass());
		}
		return !(value instanceof Map<?, ?>);
	}

	private String slug(Object value, int line, String key) {
		if (value instanceof String s && SLUG.matcher(s).matches()) {
			return s;
		}
		problem(line, "'" + key + "' must be an id (lowercase letters, digits and hyphens), was " + value);
		return null;
	}

	private List<String> labels(Object value, int line) {
		var labels = new ArrayList<String>();
		if (value instanceof List<?> list && !list.isEmpty()) {
			for (var label : list) {
				if (label instanceof String s && LABEL.matcher(s).matches() && !s.equals(ENTITY)) {
					labels.add(s);
				}
				else {
					problem(line, "label " + label + " must be a CamelCase word (and not Entity, which every entity gets)");
				}
			}
		}
		else {
			problem(line, "'labels' must be a non-empty list, like [Person, MP]");
		}
		return labels;
	}

	private void unknownKeys(Map<?, ?> map, Set<String> known, String what) {
		for (var key : map.keySet()) {
			if (!known.contains(String.valueOf(key))) {
				problem(line(map), what + ": unknown section '" + key + "' (expected " + known + ")");
			}
		}
	}

	/** The schema's findings, except where this reader has already explained the same line in its own words. */
	private void addSchemaProblems(List<Problem> schemaProblems) {
		var explained = new java.util.HashSet<Integer>();
		problems.forEach(p -> explained.add(p.line()));
		schemaProblems.stream().filter(p -> !explained.contains(p.line())).forEach(problems::add);
	}

	private int line(Object node) {
		return tree.line(node);
	}

	private void problem(int line, String message) {
		problems.add(new Problem(file, line, message));
	}
}
