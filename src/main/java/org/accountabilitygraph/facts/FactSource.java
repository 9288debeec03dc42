package org.accountabilitygraph.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

	/** Strict UTF-8: a byte sequence that is not UTF-8 is an error with its line, not a silent U+FFFD. */
	static String text(Resource resource, String name) {
		byte[] bytes;
		try (var in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new FactFileException(new Problem(name, 0, "cannot be read: " + ex.getMessage()));
		}
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			int offset = validPrefixLength(bytes);
			int line = 1;
			for (int i = 0; i < offset; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new FactFileException(new Problem(name, line, "is not UTF-8: byte " + offset + " (0x"
					+ String.format("%02X", bytes[offset]) + ") starts no valid character; save the file as UTF-8"));
		}
	}

	private static int validPrefixLength(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		var in = ByteBuffer.wrap(bytes);
		var out = java.nio.CharBuffer.allocate(bytes.length);
		var result = decoder.decode(in, out, true);
		return result.isError() ? in.position() : bytes.length - 1;
	}

	/** Every problem the files have, each once, without loading anything: for {@code tools/check-article}. */
	public static List<Problem> check(String location) {
		return read(location).problems();
	}

}
