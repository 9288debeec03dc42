package org.accountabilitygraph.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.accountabilitygraph.facts.FactFile;
import org.accountabilitygraph.facts.FactFileException;
import org.accountabilitygraph.facts.FactSet;
import org.accountabilitygraph.facts.FactSource;
import org.accountabilitygraph.facts.Problem;
import org.accountabilitygraph.facts.Registry;
import org.accountabilitygraph.load.GraphLoader;
import org.accountabilitygraph.load.LoadReport;
import org.accountabilitygraph.load.LoadStoppedException;
import org.accountabilitygraph.load.ScriptFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.ResourceUtils;

/**
 * Accepting a proposal, as a curator left it: the article text into {@code data/articles/}, the fact file without
 * its {@code review:} section into the facts folder, the entities it shares with one other article into the
 * registry (and out of that article's file), each checked first as {@code tools/check-article} would; then the
 * graph loaded through the same {@link GraphLoader} as at the start, so the article is one more repeatable
 * migration in one transaction. A load that fails puts every file back and loads again, so neither the disk nor
 * the graph keeps half of it. One accept at a time, and no proposal reads the files while one writes them.
 */
@Component
class ProposalAcceptor {

	private static final Logger log = LoggerFactory.getLogger(ProposalAcceptor.class);

	private static final Pattern ARTICLE_ID = Pattern.compile("article-([0-9a-f]{8})");

	private final String factsLocation;
	private final GraphLoader loader;

	ProposalAcceptor(@Value("${graph.facts-location:" + FactSource.DEFAULT_LOCATION + "}") String factsLocation,
			GraphLoader loader) {
		this.factsLocation = factsLocation;
		this.loader = loader;
	}

	/**
	 * What the curator sends.
	 *
	 * @param name              the article file's name, as proposed
	 * @param yaml              the fact file, edited or not, {@code review:} section and all
	 * @param registryAdditions the entries the proposal gave, edited or not
	 */
	record Request(String name, String text, String yaml, List<Registry.Entry> registryAdditions) {
	}

	/**
	 * What accepting did, or in a dry run would do.
	 *
	 * @param files    the files written (or that would be), relative to the project
	 * @param applied  the fact files the load applied (the new one, and any other whose entities it shares)
	 * @param factFile the fact file sent, as maps (for the review screen), null when it is not YAML
	 * @param names    the names of the graph's entities the file only mentions
	 */
	record Outcome(String fileName, String articleId, String sourceFile, List<String> problems, List<String> files,
			List<String> applied, List<String> registryAdditions, Object factFile, Map<String, String> names) {
	}

	/**
	 * A proposal against the fact files as they are between accepts, never while one writes them.
	 * @see CheckedProposal#propose
	 */
	synchronized CheckedProposal propose(String articleName, byte[] bytes) {
		return CheckedProposal.propose(factsLocation, articleName, bytes);
	}

	/** Whether a proposal can be accepted here: the fact files are read from a folder on disk, not from the jar. */
	boolean writable() {
		return factsLocation.startsWith(ResourceUtils.FILE_URL_PREFIX);
	}

	/**
	 * Checks the proposal and, unless {@code dryRun}, writes and loads it.
	 *
	 * @throws AcceptRefusedException why nothing was written (problems, a conflict, a failed load)
	 * @throws InvalidArticleException when the text cannot be an article
	 */
	synchronized Outcome accept(Request request, boolean dryRun) {
		var folder = factsFolder();
		var name = ArticleInput.fileName(request.name());
		if (request.text() == null || request.yaml() == null) {
			throw new InvalidArticleException("The body needs 'text' (the article) and 'yaml' (its fact file, as proposed "
					+ "and edited).");
		}
		var bytes = request.text().getBytes(StandardCharsets.UTF_8);
		if (bytes.length > ArticleInput.MAX_BYTES) {
			throw new IngestController.ArticleTooLargeException(ArticleInput.MAX_BYTES);
		}
		var text = ArticleInput.text(bytes);
		var plan = plan(folder, name, text, bytes, request);
		var outcome = new Outcome(plan.fileName, plan.articleId, plan.sourceFile,
				plan.problems.stream().map(Problem::toString).toList(), plan.changes.keySet().stream().map(plan::relative).toList(),
				List.of(), plan.added, plan.factFile, plan.names);
		if (dryRun) {
			return outcome;
		}
		if (!plan.problems.isEmpty()) {
			throw new AcceptRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "The fact file has problems",
					plan.problems.size() + " problem(s); nothing was written. Correct them in the fact file (each names its "
							+ "file and line) and accept again.",
					outcome.problems());
		}
		var changes = write(plan);
		LoadReport report;
		try {
			report = loader.load();
		}
		catch (RuntimeException ex) {
			throw loadFailed(ex, changes);
		}
		var applied = report.scripts().stream().filter(s -> LoadReport.APPLIED.equals(s.state()))
			.map(LoadReport.Script::file).toList();
		log.info("Accepted {}: wrote {}; applied {}", plan.fileName, outcome.files(), applied);
		return new Outcome(plan.fileName, plan.articleId, plan.sourceFile, List.of(), outcome.files(), applied, plan.added,
				plan.factFile, plan.names);
	}

	/** Everything accepting would write, and every problem the checks find; nothing is written yet. */
	private static final class Plan {

		final Path root;
		String fileName;
		String articleId;
		String sourceFile;
		/** File to its new text, in the order they are written. */
		final Map<Path, String> changes = new LinkedHashMap<>();
		final LinkedHashSet<Problem> problems = new LinkedHashSet<>();
		List<String> added = List.of();
		Object factFile;
		Map<String, String> names = Map.of();

		Plan(Path root) {
			this.root = root;
		}

		String relative(Path file) {
			return root.relativize(file).toString();
		}
	}

	private Plan plan(Path folder, String name, String text, byte[] bytes, Request request) {
		var plan = new Plan(folder.getParent().getParent());
		var facts = FactSource.read(factsLocation);
		plan.problems.addAll(facts.problems()); // nothing loads while another file has a problem
		plan.sourceFile = "data/articles/" + name;
		var existing = facts.files().stream().filter(f -> plan.sourceFile.equals(f.article().get("sourceFile"))).findFirst();

		// The article text: written unless the same text is already there; a different one is never replaced.
		var articlePath = plan.root.resolve(plan.sourceFile);
		var current = read(articlePath);
		if (current.isPresent() && !current.get().replaceFirst("^\uFEFF", "").equals(text)) {
			throw new AcceptRefusedException(HttpStatus.CONFLICT, "Another article has this name",
					plan.sourceFile + " already holds a different text; nothing was written. Give this article another "
							+ "file name (propose it again under that name), or, to correct that article, send its text unchanged.");
		}
		if (current.isEmpty()) {
			plan.changes.put(articlePath, text);
		}

		// The fact file's name: a correction keeps the curated file's; a new article takes the next version and
		// is named after its id (as the proposal was).
		plan.factFile = tree(request.yaml());
		plan.articleId = articleId(plan.factFile);
		var idMatch = plan.articleId == null ? null : ARTICLE_ID.matcher(plan.articleId);
		var shortId = idMatch != null && idMatch.matches() ? idMatch.group(1) : Ingester.shortId(name, bytes);
		int next = facts.files().stream().mapToInt(f -> Integer.parseInt(f.version().substring(1))).max().orElse(100) + 1;
		plan.fileName = existing.map(FactFile::name).orElse("R" + next + "__Article_" + shortId + ".yaml");
		var version = plan.fileName.substring(0, plan.fileName.indexOf("__"));
		var accepted = FactFileEdits.accepted(request.yaml(), plan.sourceFile, version);
		if (accepted.isEmpty()) {
			plan.problems.add(new Problem(plan.fileName, lineOf(request.yaml(), "review:"), "the review: section could not be "
					+ "cut out line by line; remove it by hand and accept again"));
			return plan;
		}
		var yaml = accepted.get().text();
		int articleLine = lineOf(request.yaml(), "article:");
		var expectedId = existing.map(FactFile::articleId).orElse("article-" + shortId);
		if (plan.articleId != null && !plan.articleId.equals(expectedId)) {
			plan.problems.add(new Problem(plan.fileName, articleLine, "article: 'id' must be " + expectedId
					+ (existing.isPresent() ? " (this corrects " + existing.get().name() + ", whose article it is)"
							: " (an id like article-<8 hex digits> names the fact file)")));
		}
		if (sourceFileOf(plan.factFile) instanceof String given && !given.equals(plan.sourceFile)) {
			plan.problems.add(new Problem(plan.fileName, lineOf(request.yaml(), "  sourceFile:"), "article: 'sourceFile' must be "
					+ plan.sourceFile + " (where the article is written, after its name)"));
		}
		plan.changes.put(folder.resolve(plan.fileName), yaml);

		var additions = registry(plan, folder, facts, existing, request.registryAdditions());
		// Problems of the file are told at the lines of the text the curator sent, review section and all.
		FactSource.checkProposal(factsLocation, plan.fileName, yaml, additions, text).forEach(p -> plan.problems.add(
				p.file().equals(plan.fileName) ? new Problem(p.file(), accepted.get().proposalLine(p.line()), p.message()) : p));
		var known = KnownEntities.of(facts, file -> existing.isEmpty() || file != existing.get());
		plan.names = CheckedProposal.names(entitiesOf(plan.factFile), known);
		return plan;
	}

	/**
	 * The registry with the additions appended (those it already has, the same, left out), and each one's
	 * definition taken out of the article file that gave it until now.
	 *
	 * @return the added entries as the new registry reads them
	 */
	private List<Registry.Entry> registry(Plan plan, Path folder, FactSet facts, Optional<FactFile> existing,
			List<Registry.Entry> requested) {
		var registry = facts.registry().entries();
		var additions = new ArrayList<Registry.Entry>();
		for (var entry : requested) {
			var there = registry.get(entry.id());
			if (there == null) {
				additions.add(entry);
			}
			else if (!there.labels().equals(entry.labels()) || entry.properties().entrySet().stream()
				.anyMatch(p -> !p.getValue().equals(there.properties().get(p.getKey())))) {
				plan.problems.add(new Problem(Registry.FILE_NAME, there.line(), "'" + entry.id() + "' is already defined here, "
						+ "differently from the proposal's registry addition; settle it here by hand, then accept without it"));
			}
		}
		if (additions.isEmpty()) {
			return List.of();
		}
		var why = new LinkedHashMap<String, String>();
		var edited = new LinkedHashMap<Path, String>();
		for (var entry : additions) {
			var definedIn = facts.files().stream().filter(f -> existing.isEmpty() || f != existing.get())
				.flatMap(f -> f.entities().stream().filter(m -> m.id().equals(entry.id())
						&& (!m.labels().isEmpty() || m.properties().containsKey("name"))).map(m -> Map.entry(f, m)))
				.findFirst();
			why.put(entry.id(), "Added when " + plan.articleId + " was accepted"
					+ definedIn.map(d -> "; defined until then in " + d.getKey().name()).orElse("") + ".");
			if (definedIn.isPresent()) {
				var file = folder.resolve(definedIn.get().getKey().name());
				var before = edited.containsKey(file) ? edited.get(file) : read(file).orElse("");
				var after = FactFileEdits.withoutDefinition(before, entry.id());
				if (after.isPresent()) {
					edited.put(file, after.get());
				}
				else {
					plan.problems.add(new Problem(definedIn.get().getKey().name(), definedIn.get().getValue().line(), "'"
							+ entry.id() + "' moves to " + Registry.FILE_NAME + ": its labels and name could not be taken out "
							+ "of this file line by line; take them out by hand and accept again"));
				}
			}
		}
		var registryFile = folder.resolve(Registry.FILE_NAME);
		var newRegistry = FactFileEdits.registryWith(read(registryFile).orElse("entities:\n"), additions, why);
		var read = FactSource.readRegistry(newRegistry);
		plan.problems.addAll(read.problems());
		var expected = new ArrayList<>(registry.keySet());
		additions.forEach(a -> expected.add(a.id()));
		if (!new ArrayList<>(read.value().entries().keySet()).equals(expected)) {
			plan.problems.add(new Problem(Registry.FILE_NAME, 0, "the additions could not be appended to its end; add "
					+ String.join(", ", additions.stream().map(Registry.Entry::id).toList()) + " by hand and accept again"));
		}
		plan.changes.put(registryFile, newRegistry);
		plan.changes.putAll(edited);
		plan.added = additions.stream().map(Registry.Entry::id).toList();
		return additions.stream().map(a -> read.value().entries().getOrDefault(a.id(), a)).toList();
	}

	/** Writes every file of the plan; if one cannot be written, puts back those written before it. */
	private static FileChanges write(Plan plan) {
		var changes = new FileChanges();
		try {
			for (var change : plan.changes.entrySet()) {
				changes.write(change.getKey(), change.getValue());
			}
			return changes;
		}
		catch (IOException ex) {
			var restored = restore(changes);
			throw new AcceptRefusedException(HttpStatus.INTERNAL_SERVER_ERROR, "Could not write the files",
					"Writing failed (" + ex.getMessage() + "); " + restored);
		}
	}

	/**
	 * The load failed: the files go back to what they were, and the graph is loaded again from them, so what the
	 * failed load applied before it stopped (another article re-applied for the registry's sake) is undone too.
	 */
	private AcceptRefusedException loadFailed(RuntimeException ex, FileChanges changes) {
		var restored = restore(changes);
		if (ex instanceof LoadStoppedException) {
			return new AcceptRefusedException(HttpStatus.SERVICE_UNAVAILABLE, "The application is stopping",
					"The load was stopped; " + restored + " The next start loads the graph from them.");
		}
		String graph;
		try {
			loader.load();
			graph = "the graph was loaded again from them.";
		}
		catch (RuntimeException again) {
			graph = "loading the graph again from them failed too (" + again.getMessage()
					+ "); the next start loads it from them.";
		}
		log.warn("Accepting a proposal failed while loading it ({}); {} Then {}", ex.getMessage(), restored, graph);
		var problems = ex instanceof FactFileException files ? files.problems().stream().map(Problem::toString).toList()
				: List.<String>of();
		var why = ex instanceof ScriptFailedException script
				? "The database refused " + script.script() + " (its transaction was rolled back): " + script.databaseMessage()
				: ex instanceof FactFileException ? "The fact files have problems; the load wrote nothing"
						: String.valueOf(ex.getMessage());
		var status = ex instanceof ScriptFailedException || ex instanceof FactFileException ? HttpStatus.UNPROCESSABLE_ENTITY
				: HttpStatus.INTERNAL_SERVER_ERROR;
		return new AcceptRefusedException(status, "The graph did not load the article",
				why + ". So " + restored + " Then " + graph, problems);
	}

	private static String restore(FileChanges changes) {
		try {
			changes.restore();
			return "every file accepting wrote was put back as it was.";
		}
		catch (IOException ex) {
			return "some files could not be put back: " + ex.getMessage() + ".";
		}
	}

	/** The facts folder on disk; refused when the facts are read from the jar, which cannot be written. */
	private Path factsFolder() {
		if (!writable()) {
			throw new AcceptRefusedException(HttpStatus.CONFLICT, "The fact files cannot be written here",
					"This application reads its fact files from " + factsLocation + ", inside its own jar, which accepting "
							+ "cannot write into. Start it on the project's folder: --graph.facts-location=file:<project>/data/facts "
							+ "(tools/start does).");
		}
		try {
			var folder = ResourceUtils.getFile(factsLocation).toPath().toAbsolutePath().normalize();
			if (!Files.isDirectory(folder) || folder.getParent() == null || folder.getParent().getParent() == null) {
				throw new FileNotFoundException(folder.toString());
			}
			return folder;
		}
		catch (FileNotFoundException ex) {
			throw new AcceptRefusedException(HttpStatus.CONFLICT, "The fact files cannot be written here",
					"graph.facts-location (" + factsLocation + ") is not a folder of fact files.");
		}
	}

	private static Optional<String> read(Path file) {
		try {
			return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The document as maps, for the review screen and to read its article's id; null when it is not YAML. */
	private static Object tree(String yaml) {
		try {
			return FactSource.parseYaml("", yaml);
		}
		catch (FactFileException ex) {
			return null;
		}
	}

	private static String articleId(Object tree) {
		return tree instanceof Map<?, ?> root && root.get("article") instanceof Map<?, ?> article
				&& article.get("id") instanceof String id ? id : null;
	}

	private static Object sourceFileOf(Object tree) {
		return tree instanceof Map<?, ?> root && root.get("article") instanceof Map<?, ?> article ? article.get("sourceFile")
				: null;
	}

	private static Object entitiesOf(Object tree) {
		return tree instanceof Map<?, ?> root ? root.get("entities") : null;
	}

	/** The 1-based line of the first line that starts with {@code prefix}; 0 when none does. */
	private static int lineOf(String text, String prefix) {
		var lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith(prefix)) {
				return i + 1;
			}
		}
		return 0;
	}
}
