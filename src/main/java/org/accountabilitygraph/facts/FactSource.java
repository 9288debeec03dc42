package org.accountabilitygraph.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the registry and every fact file of a folder, on disk ({@code file:/abs/data/facts}) or inside the
 * application ({@code classpath:data/facts}), and the articles they cite ({@code sourceFile}, relative to
 * the project: two folders up from the facts on disk, the class path inside the application).
 */
public final class FactSource {

	public static final String DEFAULT_LOCATION = "classpath:data/facts";

	private FactSource() {
	}

	/**
	 * Reads and checks everything; the problems found, each with its file and line, are in
	 * {@link FactSet#problems()}. A file that cannot be read or parsed at all is left out of the set.
	 */
	public static FactSet read(String location) {
		return read(location, () -> { });
	}

	/**
	 * As {@link #read(String)}, telling {@code fileRead} each time a fact file has been read (from any thread):
	 * a national graph's hundreds of thousands take minutes, and a bulk load shows how far it is.
	 */
	public static FactSet read(String location, Runnable fileRead) {
		// the application's own class loader, not each thread's context one: the articles are read on the common
		// pool's threads, whose loader cannot see inside the packaged jar (`java -jar` found one article of five)
		var resolver = new PathMatchingResourcePatternResolver(FactSource.class.getClassLoader());
		var base = location.endsWith("/") ? location : location + "/";
		try {
			var problems = new ArrayList<Problem>();
			var registry = Registry.empty();
			var registryResource = resolver.getResource(base + Registry.FILE_NAME);
			if (registryResource.exists()) {
				try {
					var read = FactFileReader.registry(text(registryResource, Registry.FILE_NAME));
					problems.addAll(read.problems());
					registry = read.value();
				}
				catch (FactFileException ex) {
					problems.addAll(ex.problems());
				}
			}
			var files = new ArrayList<FactFile>();
			var resources = resolver.getResources(base + "R*.yaml");
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			// Each file is read on its own (a national graph has hundreds of thousands): side by side, kept in order.
			for (var read : Arrays.stream(resources).parallel().map(resource -> {
				var result = readFactFile(resource);
				fileRead.run();
				return result;
			}).toList()) {
				problems.addAll(read.problems());
				if (read.value() != null && read.problems().stream().noneMatch(Problem::fatal)) {
					files.add(read.value());
				}
			}
			var project = base.startsWith("classpath:") ? "classpath:" : base + "../../";
			return new FactSet(registry, files, sourceFile -> articleText(resolver.getResource(project + sourceFile)), problems);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the fact files in " + location, ex);
		}
	}

	private static FactFileReader.Result<FactFile> readFactFile(Resource resource) {
		try {
			return FactFileReader.factFile(resource.getFilename(), text(resource, resource.getFilename()));
		}
		catch (FactFileException ex) {
			return new FactFileReader.Result<>(null, ex.problems());
		}
	}

	private static Optional<String> articleText(Resource resource) {
		if (!resource.exists()) {
			return Optional.empty();
		}
		return Optional.of(text(resource, resource.getFilename()));
	}

	/** Strict UTF-8 ({@link StrictUtf8}): a byte sequence that is not UTF-8 is a problem at its line. */
	static String text(Resource resource, String name) {
		byte[] bytes;
		try (var in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new FactFileException(new Problem(name, 0, "cannot be read: " + ex.getMessage()));
		}
		try {
			return StrictUtf8.decode(bytes);
		}
		catch (StrictUtf8.MalformedException ex) {
			var bad = ex.where();
			throw new FactFileException(new Problem(name, bad.line(), "is not UTF-8: byte " + bad.offset() + " ("
					+ bad.bytes() + ") starts no valid character; save the file as UTF-8"));
		}
	}

	/**
	 * Checks a proposed fact file that is not in the folder, as {@code tools/check-article} would once it were
	 * written there: against the folder's registry with {@code registryAdditions} (the entities the proposal
	 * shares with another article, which accepting moves into the registry, so that file's own labels and name
	 * are then left to the registry) and every other file; a file of the same name is replaced by the proposal.
	 *
	 * @param articleText the text of the proposal's {@code sourceFile}, which need not exist yet
	 * @return the problems of the proposal and of the registry; empty when accepting it would load
	 */
	public static List<Problem> checkProposal(String location, String fileName, String yaml,
			List<Registry.Entry> registryAdditions, String articleText) {
		var folder = read(location);
		var read = FactFileReader.factFile(fileName, yaml);
		if (read.problems().stream().anyMatch(Problem::fatal)) {
			return read.problems();
		}
		var entries = new LinkedHashMap<>(folder.registry().entries());
		registryAdditions.forEach(e -> entries.put(e.id(), e));
		var promoted = registryAdditions.stream().map(Registry.Entry::id).collect(Collectors.toSet());
		var files = new ArrayList<FactFile>();
		for (var file : folder.files()) {
			if (!file.name().equals(fileName)) {
				files.add(promoted.isEmpty() ? file : withoutDefinitions(file, promoted));
			}
		}
		files.add(read.value());
		var proposed = read.value().article().get("sourceFile");
		var set = new FactSet(new Registry(entries), files,
				source -> source.equals(proposed) ? Optional.of(articleText) : folder.articleText(source));
		var problems = new ArrayList<>(read.problems());
		set.problems().stream().filter(p -> p.file().equals(fileName) || p.file().equals(Registry.FILE_NAME))
			.forEach(problems::add);
		return problems;
	}

	/** The file as it reads once the registry defines {@code ids}: their mentions keep no labels or name. */
	private static FactFile withoutDefinitions(FactFile file, Set<String> ids) {
		var mentions = file.entities().stream().map(m -> {
			if (!ids.contains(m.id())) {
				return m;
			}
			var properties = new LinkedHashMap<>(m.properties());
			properties.remove("name");
			return new FactFile.Mention(m.id(), List.of(), m.mentioned(), properties, m.line());
		}).toList();
		return new FactFile(file.name(), file.article(), mentions, file.facts());
	}

	/** A file's text as it was read, and what is wrong with its form (not what is wrong across files). */
	public record Read<T>(T value, List<Problem> problems) {
	}

	/** One fact file's text, read as the loader reads it: its form checked, not its agreement with the others. */
	public static Read<FactFile> readFactFile(String fileName, String text) {
		var read = FactFileReader.factFile(fileName, text);
		return new Read<>(read.value(), read.problems());
	}

	/** The registry's text, read as the loader reads it, with its problems (each at its line). */
	public static Read<Registry> readRegistry(String text) {
		var read = FactFileReader.registry(text);
		return new Read<>(read.value(), read.problems());
	}

	/**
	 * A YAML document as plain maps, lists and scalars (integers as {@code Long}), as the files are read.
	 * @throws FactFileException naming the line of a syntax error
	 */
	public static Object parseYaml(String fileName, String text) {
		try {
			return YamlTree.parse(fileName, text).root();
		}
		catch (FactFileException ex) {
			throw new FactFileException(ex.problems().stream().map(p -> p.in(fileName)).toList());
		}
	}

	/** Every problem the files have, each once, without loading anything: for {@code tools/check-article}. */
	public static List<Problem> check(String location) {
		return read(location).problems();
	}

}
