package org.accountabilitygraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** A copy of the project's fact files and articles to change in a test, and ways to change them as a curator would. */
public final class FactFixture {

	private FactFixture() {
	}

	/** Copies data/facts and data/articles under {@code root}; returns the facts folder. */
	public static Path copy(Path root) throws IOException {
		for (var folder : List.of("data/facts", "data/articles")) {
			var target = Files.createDirectories(root.resolve(folder));
			try (var files = Files.list(Path.of(folder))) {
				for (var file : files.toList()) {
					Files.copy(file, target.resolve(file.getFileName()));
				}
			}
		}
		Files.createDirectories(root.resolve("empty"));
		return root.resolve("data/facts");
	}

	/** The 1-based number of the first line that is exactly {@code text}. */
	public static int lineOf(Path file, String text) throws IOException {
		var lines = Files.readAllLines(file);
		int index = lines.indexOf(text);
		if (index < 0) {
			throw new AssertionError("no line '" + text + "' in " + file);
		}
		return index + 1;
	}

	/** Adds {@code lines} (whole lines) at the end of {@code file}; returns the 1-based number of the first of them. */
	public static int append(Path file, String lines) throws IOException {
		var text = Files.readString(file);
		Files.writeString(file, text + lines);
		return (int) text.lines().count() + 1;
	}

	/** The relation types of {@code cypher/MODEL.md}: the first column of its relationships table. */
	public static Set<String> modelRelationTypes() throws IOException {
		var model = Files.readString(Path.of("cypher/MODEL.md"));
		var table = model.substring(model.indexOf("## Relationships"), model.indexOf("## ", model.indexOf("## Relationships") + 3));
		var types = new TreeSet<String>();
		// a row's first column: `LEADS`, or several (`DECIDED` / `RECOMMENDED`)
		Pattern.compile("^\\| ([^|]+) \\|", Pattern.MULTILINE).matcher(table).results()
			.forEach(row -> Pattern.compile("`([A-Z_]+)`").matcher(row.group(1)).results().forEach(m -> types.add(m.group(1))));
		return types;
	}

	public static void replace(Path file, String line, String replacement) throws IOException {
		var text = Files.readString(file);
		if (!text.contains(line + "\n")) {
			throw new AssertionError("no line '" + line + "' in " + file);
		}
		Files.writeString(file, text.replace(line + "\n", replacement + "\n"));
	}

	/** Removes an entity and every fact that names it (as either end, or as its statement). */
	public static void removeEntity(Path file, String id) throws IOException {
		var kept = new ArrayList<String>();
		var block = new ArrayList<String>();
		boolean found = false;
		for (var line : Files.readAllLines(file)) {
			if (line.startsWith("- ") || !line.startsWith(" ")) {
				found |= flush(block, kept, id);
			}
			block.add(line);
		}
		found |= flush(block, kept, id);
		if (!found) {
			throw new AssertionError("no entity or fact naming " + id + " in " + file);
		}
		Files.write(file, kept);
	}

	private static boolean flush(List<String> block, List<String> kept, String id) {
		boolean names = block.stream().anyMatch(l -> l.equals("- id: " + id) || l.equals("  from: " + id)
				|| l.equals("  to: " + id) || l.equals("  statement: \"" + id + "\""));
		if (!names) {
			kept.addAll(block);
		}
		block.clear();
		return names;
	}
}
