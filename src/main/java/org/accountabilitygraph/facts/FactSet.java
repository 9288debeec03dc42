package org.accountabilitygraph.facts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * All fact files and the registry together: what is checked across files (an entity defined once, the
 * articles agreeing on it, every evidence span verbatim in its article), and what each article loads.
 * <p>
 * A node's properties are derived from every file that mentions it, never from the order in which files
 * were loaded: the registry's values, then each article's in version order (lists are joined, other values
 * must agree). So the parameters of an article depend on the other files' mentions of its entities, and so
 * does its checksum: a change in one file re-applies every article that shares an entity with it, and the
 * graph always ends up as a fresh load of all files would leave it.
 */
public final class FactSet {

	/** The statement property that marks a promise: its words, spans of the statement's text (see cypher/MODEL.md). */
	public static final String COMMITMENTS = "commitments";

	/**
	 * The property the loader adds to every fact and mention: the article's date, or its earliest bound, or its latest
	 * (what the answers sort sources by), so that ordering a busy entity's attestations reads no article.
	 */
	public static final String ARTICLE_SORT_DATE = "articleSortDate";

	private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	private final Registry registry;
	private final List<FactFile> files;
	private final Function<String, Optional<String>> articleTexts;
	private final List<Problem> problems = new ArrayList<>();
	private final Map<String, List<Located>> mentionsById = new HashMap<>();
	/**
	 * The derived properties of entities that several files mention (or the registry defines), made once: every
	 * file that mentions such an entity loads the same properties, and deriving them again for each of those
	 * files costs the square of their number (a national graph's trust is mentioned by tens of thousands).
	 */
	private final Map<String, Map<String, Object>> sharedProperties = new ConcurrentHashMap<>();

	private record Located(FactFile file, FactFile.Mention mention) {
	}

	/**
	 * @param articleTexts the text of an article by its {@code sourceFile}; empty when it cannot be found
	 */
	public FactSet(Registry registry, List<FactFile> files, Function<String, Optional<String>> articleTexts) {
		this(registry, files, articleTexts, List.of());
	}

	/** @param readProblems what was found wrong while reading the files, reported with the rest */
	FactSet(Registry registry, List<FactFile> files, Function<String, Optional<String>> articleTexts,
			List<Problem> readProblems) {
		problems.addAll(readProblems);
		this.registry = registry;
		this.files = files.stream().sorted(Comparator.comparingLong(FactSet::versionNumber)).toList();
		this.articleTexts = articleTexts;
		for (var file : this.files) {
			for (var mention : file.entities()) {
				mentionsById.computeIfAbsent(mention.id(), id -> new ArrayList<>()).add(new Located(file, mention));
			}
		}
		check();
	}

	public List<FactFile> files() {
		return files;
	}

	/** The registry the files were checked against. */
	public Registry registry() {
		return registry;
	}

	/** The text of an article by its {@code sourceFile}, as the files' evidence is checked against. */
	public Optional<String> articleText(String sourceFile) {
		return articleTexts.apply(sourceFile);
	}

	/** Every problem across the files; empty when all of them can be loaded. */
	public List<Problem> problems() {
		return List.copyOf(problems);
	}

	/** What {@code file} loads: the parameters of the loader statements in {@code cypher/load/}. */
	public Map<String, Object> parameters(FactFile file) {
		var article = new LinkedHashMap<String, Object>(file.article());
		// derived from the file, so it is always what the file loads: listing articles with their counts then reads
		// one property, not every relationship of the busy nodes they mention
		article.put("factCount", (long) file.facts().size());
		var entities = new ArrayList<Map<String, Object>>();
		// the date the article sorts by, on every fact and mention it states: a busy entity's answers order its
		// thousands of attestations by date and look up only the articles of the first ones
		var sortDate = Stream.of("date", "dateEarliest", "dateLatest").map(file.article()::get).filter(Objects::nonNull)
			.findFirst();
		// and on the article and its mentions, with its id: the list of articles and an entity's reports read their
		// page from an index in that order
		var articleSortKey = ListKeys.articleSortKey(sortDate.orElse(null), file.articleId());
		article.put(ListKeys.SORT_KEY, articleSortKey);
		for (var mention : file.entities()) {
			var labels = new ArrayList<String>();
			labels.add(FactFileReader.ENTITY);
			labels.addAll(labelsOf(mention.id()));
			var entity = new LinkedHashMap<String, Object>(Map.of("id", mention.id(), "labels", labels,
					"properties", nodeProperties(mention.id()), "mentioned", mention.mentioned()));
			sortDate.ifPresent(date -> entity.put(ARTICLE_SORT_DATE, date));
			entity.put(ListKeys.SORT_KEY, articleSortKey);
			entities.add(entity);
		}
		var items = new HashMap<String, Map<String, Object>>();
		Function<String, Map<String, Object>> itemProperties = id -> items.computeIfAbsent(id, this::nodeProperties);
		var facts = new ArrayList<Map<String, Object>>();
		for (var fact : file.facts()) {
			int place = facts.size();
			var properties = new LinkedHashMap<String, Object>(fact.properties());
			properties.put("article", file.articleId());
			sortDate.ifPresent(date -> properties.put(ARTICLE_SORT_DATE, date));
			ListKeys.add(fact.type(), fact.from(), fact.to(), place, properties, this::labelsOf, itemProperties, file.article(),
					file.articleId());
			facts.add(Map.of("type", fact.type(), "from", fact.from(), "to", fact.to(), "properties", properties));
		}
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("article", article);
		parameters.put("entities", entities);
		parameters.put("facts", facts);
		return parameters;
	}

	/** A digest of {@link #parameters}: it changes exactly when loading the article would give another graph. */
	public String checksum(FactFile file) {
		return checksum(parameters(file));
	}

	/** The digest of parameters already derived, so that they are not derived twice. */
	static String checksum(Map<String, Object> parameters) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsBytes(parameters));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException | JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> labelsOf(String id) {
		var entry = registry.entries().get(id);
		if (entry != null) {
			return entry.labels();
		}
		return mentionsById.getOrDefault(id, List.of()).stream().map(l -> l.mention().labels())
			.filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
	}

	/** The node's properties, from the registry and every mention, in file order. */
	private Map<String, Object> nodeProperties(String id) {
		if (registry.entries().containsKey(id) || mentionsById.getOrDefault(id, List.of()).size() > 1) {
			return sharedProperties.computeIfAbsent(id, shared -> Collections.unmodifiableMap(deriveProperties(shared)));
		}
		return deriveProperties(id);
	}

	private Map<String, Object> deriveProperties(String id) {
		var properties = new LinkedHashMap<String, Object>();
		properties.put("id", id);
		var entry = registry.entries().get(id);
		if (entry != null) {
			properties.putAll(entry.properties());
		}
		for (var located : mentionsById.getOrDefault(id, List.of())) {
			for (var property : located.mention().properties().entrySet()) {
				var key = property.getKey();
				var value = property.getValue();
				if (entry != null && entry.properties().containsKey(key)) {
					continue; // the registry settles it
				}
				var current = properties.get(key);
				if (current instanceof List<?> known && value instanceof List<?> more) {
					var joined = new ArrayList<Object>(known);
					more.stream().filter(x -> !joined.contains(x)).forEach(joined::add);
					properties.put(key, joined);
				}
				else if (current == null) {
					properties.put(key, value);
				}
			}
		}
		return properties;
	}

	private void check() {
		var articleIds = new HashMap<String, FactFile>();
		for (var file : files) {
			if (file.articleId() == null) {
				continue; // already reported by the reader
			}
			var previous = articleIds.put(file.articleId(), file);
			if (previous != null) {
				problems.add(new Problem(file.name(), 0, "article id " + file.articleId() + " is also " + previous.name() + "'s"));
			}
		}
		// Each file's checks read its article and need nothing of the other files: side by side, in file order.
		files.parallelStream().map(file -> checkFile(file, articleIds)).toList().forEach(problems::addAll);
		for (var mentions : mentionsById.entrySet()) {
			checkAgreement(mentions.getKey(), mentions.getValue());
		}
	}

	private List<Problem> checkFile(FactFile file, Map<String, FactFile> articleIds) {
		var problems = new ArrayList<Problem>();
		var text = Optional.ofNullable(file.article().get("sourceFile") instanceof String source ? source : null)
			.flatMap(articleTexts).map(FactSet::normalise);
		if (text.isEmpty()) {
			problems.add(new Problem(file.name(), 0, "the article text " + file.article().get("sourceFile") + " cannot be found"));
		}
		var declared = new HashSet<String>();
		declared.add(file.articleId());
		for (var mention : file.entities()) {
			if (!declared.add(mention.id())) {
				problems.add(new Problem(file.name(), mention.line(), "entity '" + mention.id() + "' is listed twice"));
			}
			if (articleIds.containsKey(mention.id())) {
				problems.add(new Problem(file.name(), mention.line(), "'" + mention.id() + "' is an article's id"));
			}
			verbatim(problems, file, text, mention.line(), "entity " + mention.id() + ": 'mentioned'", mention.mentioned());
			if ("quote".equals(mention.properties().get("kind")) && mention.properties().get("text") instanceof String quote) {
				verbatim(problems, file, text, mention.line(), "statement " + mention.id() + ": the quotation 'text'", quote);
			}
			if (mention.properties().containsKey(COMMITMENTS)) {
				checkCommitments(problems, file, text, mention);
			}
		}
		var seen = new HashSet<List<Object>>();
		for (var fact : file.facts()) {
			for (var end : List.of(fact.from(), fact.to())) {
				if (!declared.contains(end)) {
					problems.add(new Problem(file.name(), fact.line(), "fact " + fact.type() + ": '" + end
							+ "' is not among this article's entities (list it under entities: with the sentence that mentions it)"));
				}
			}
			if (fact.properties().get("statement") instanceof String statement && !declared.contains(statement)) {
				problems.add(new Problem(file.name(), fact.line(), "fact " + fact.type() + ": its statement '" + statement
						+ "' is not among this article's entities"));
			}
			if (fact.properties().get("evidence") instanceof String evidence) {
				verbatim(problems, file, text, fact.line(), "fact " + fact.type() + " " + fact.from() + " -> " + fact.to() + ": 'evidence'", evidence);
			}
			if (!seen.add(List.of(fact.type(), fact.from(), fact.to(), fact.properties()))) {
				problems.add(new Problem(file.name(), fact.line(), "fact " + fact.type() + " " + fact.from() + " -> " + fact.to()
						+ " is listed twice"));
			}
		}
		return problems;
	}

	/**
	 * A statement's {@code commitments} are its own words that make a promise: each must be part of its {@code text}
	 * (so the mark never says more than the statement) and, like every span, verbatim in the article.
	 */
	private static void checkCommitments(List<Problem> problems, FactFile file, Optional<String> text, FactFile.Mention mention) {
		var what = "statement " + mention.id() + ": 'commitments'";
		if (!mention.labels().contains("Statement")) {
			problems.add(new Problem(file.name(), mention.line(), "entity " + mention.id()
					+ ": 'commitments' marks the words of a promise in a :Statement's text; this entity is not a Statement"));
			return;
		}
		var statementText = mention.properties().get("text") instanceof String words ? normalise(words) : "";
		for (var span : mention.properties().get(COMMITMENTS) instanceof List<?> spans ? spans : List.of()) {
			if (!(span instanceof String words) || words.isBlank()) {
				continue; // the schema explains it
			}
			if (!statementText.contains(normalise(words))) {
				problems.add(new Problem(file.name(), mention.line(), what + " \"" + abbreviate(words)
						+ "\" is not part of the statement's 'text': copy the words that make the promise from it"));
			}
			verbatim(problems, file, text, mention.line(), what, words);
		}
	}

	/** One definition per entity: the registry's when several articles mention it, and no disagreement. */
	private void checkAgreement(String id, List<Located> mentions) {
		var entry = registry.entries().get(id);
		if (entry == null && mentions.size() > 1) {
			for (var located : mentions) {
				problems.add(new Problem(located.file().name(), located.mention().line(), "'" + id + "' is mentioned by "
						+ mentions.size() + " articles: define it (labels, name) in " + Registry.FILE_NAME));
			}
			return;
		}
		if (entry != null) {
			for (var located : mentions) {
				if (!located.mention().labels().isEmpty() || located.mention().properties().containsKey("name")) {
					problems.add(new Problem(located.file().name(), located.mention().line(), "'" + id + "' is defined in "
							+ Registry.FILE_NAME + ": give only this article's mention (mentioned, aliases, ...), not labels or name"));
				}
			}
		}
		else if (mentions.get(0).mention().labels().isEmpty()) {
			var only = mentions.get(0);
			problems.add(new Problem(only.file().name(), only.mention().line(), "entity '" + id + "' needs 'labels' (or an entry in "
					+ Registry.FILE_NAME + ")"));
		}
		var values = new HashMap<String, Located>();
		for (var located : mentions) {
			for (var property : located.mention().properties().entrySet()) {
				var key = property.getKey();
				if (property.getValue() instanceof List<?> || entry != null && entry.properties().containsKey(key)) {
					continue;
				}
				var first = values.putIfAbsent(key, located);
				if (first != null && !Objects.equals(first.mention().properties().get(key), property.getValue())) {
					problems.add(new Problem(located.file().name(), located.mention().line(), "'" + id + "': " + key + " "
							+ abbreviate(property.getValue()) + " differs from " + first.file().name() + "'s "
							+ abbreviate(first.mention().properties().get(key)) + "; settle it in " + Registry.FILE_NAME));
				}
			}
		}
	}

	private static void verbatim(List<Problem> problems, FactFile file, Optional<String> text, int line, String what, String span) {
		if (text.isPresent() && !span.isBlank() && !text.get().contains(normalise(span))) {
			problems.add(new Problem(file.name(), line, what + " is not found verbatim in the article: \"" + abbreviate(span) + "\""));
		}
	}

	/**
	 * Quote marks and runs of white space vary between articles and their copies: they are not compared. Quote
	 * marks ({@code "'‘’“”}) are left out, each run of white space ({@code \s}: space, tab, line breaks, vertical
	 * tab, form feed) becomes one space, and the ends are trimmed. A loop rather than two regular expressions:
	 * a national graph's check normalises tens of millions of spans.
	 */
	public static String normalise(String text) {
		var out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"', '\'', '\u2018', '\u2019', '\u201C', '\u201D' -> { }
				case ' ', '\t', '\n', '\u000B', '\f', '\r' -> space = true;
				default -> {
					if (space && !out.isEmpty()) {
						out.append(' ');
					}
					space = false;
					out.append(c);
				}
			}
		}
		return out.toString().trim();
	}

	private static String abbreviate(Object value) {
		var text = String.valueOf(value);
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}

	static long versionNumber(FactFile file) {
		try {
			return Long.parseLong(file.version().substring(1));
		}
		catch (RuntimeException ex) {
			return Long.MAX_VALUE;
		}
	}
}
