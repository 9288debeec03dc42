package org.accountabilitygraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.util.ResourceUtils;

/**
 * The text of an article, by the {@code sourceFile} its fact file names ({@code data/articles/…}): read where the
 * fact files are read from, so the articles the review screen accepts into a folder are found there too.
 */
@FunctionalInterface
public interface ArticleTexts {

	/** What a {@code sourceFile} may be: a plain file name in {@code data/articles/}, nothing that leaves it. */
	Pattern SOURCE_FILE = Pattern.compile("data/articles/[A-Za-z0-9][A-Za-z0-9._-]{0,199}\\.txt");

	/** The article's text, or empty when there is no such file (or it is not UTF-8). */
	Optional<String> read(String sourceFile);

	/** Inside the application: {@code data/articles/} on the class path (the jar carries the articles). */
	static ArticleTexts classpath() {
		return sourceFile -> {
			if (!valid(sourceFile)) {
				return Optional.empty();
			}
			try (InputStream in = ArticleTexts.class.getResourceAsStream("/" + sourceFile)) {
				return in == null ? Optional.empty() : decode(in.readAllBytes());
			}
			catch (IOException ex) {
				return Optional.empty();
			}
		};
	}

	/**
	 * Next to the fact files at {@code factsLocation}, as the loader reads them: {@code classpath:data/facts} (the
	 * class path), or a folder {@code file:/abs/data/facts}, whose articles are in {@code ../articles}.
	 */
	static ArticleTexts nextTo(String factsLocation) {
		if (!factsLocation.startsWith("file:")) {
			return classpath();
		}
		Path project;
		try {
			project = ResourceUtils.getFile(factsLocation).toPath().toAbsolutePath().normalize().getParent().getParent();
		}
		catch (IOException | RuntimeException ex) {
			return sourceFile -> Optional.empty();
		}
		return sourceFile -> {
			if (!valid(sourceFile)) {
				return Optional.empty();
			}
			try {
				return decode(Files.readAllBytes(project.resolve(sourceFile)));
			}
			catch (IOException ex) {
				return Optional.empty();
			}
		};
	}

	private static boolean valid(String sourceFile) {
		return sourceFile != null && SOURCE_FILE.matcher(sourceFile).matches();
	}

	/** Strict UTF-8, a leading byte order mark dropped (the offsets count from the text's first character). */
	private static Optional<String> decode(byte[] bytes) {
		try {
			var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}
}
