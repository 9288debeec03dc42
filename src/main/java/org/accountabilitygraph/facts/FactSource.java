package org.accountabilitygraph.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
		var resolver = new PathMatchingResourcePatternResolver();
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
			for (var resource : resources) {
				try {
					var read = FactFileReader.factFile(resource.getFilename(), text(resource, resource.getFilename()));
					problems.addAll(read.problems());
					if (read.problems().stream().noneMatch(Problem::fatal)) {
						files.add(read.value());
					}
				}
				catch (FactFileException ex) {
					problems.addAll(ex.problems());
				}
			}
			var project = base.startsWith("classpath:") ? "classpath:" : base + "../../";
			return new FactSet(registry, files, sourceFile -> articleText(resolver.getResource(project + sourceFile)), problems);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the fact files in " + location, ex);
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

	/** Every problem the files have, each once, without loading anything: for {@code tools/check-article}. */
	public static List<Problem> check(String location) {
		return read(location).problems();
	}

}
