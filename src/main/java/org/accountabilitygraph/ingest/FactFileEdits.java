package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.accountabilitygraph.facts.FactFileException;
import org.accountabilitygraph.facts.FactSource;
import org.accountabilitygraph.facts.Registry;

/**
 * The edits accepting makes to the text of the curated files, so that their comments, order and layout stay as
 * the curator left them: the proposal's {@code review:} section out, registry entries appended, and an
 * entity's labels and name out of the one article file that defined it once the registry does. Each edit is
 * read back and compared with what it should mean; one that would mean anything else is not made (empty), and
 * the curator is asked to make it by hand.
 */
final class FactFileEdits {

	/** The comment lines {@link FactFileBuilder} opens a proposal with; they describe the review, not the accepted file. */
	static final List<String> PROPOSAL_COMMENTS = List.of("# Proposed by tools/ingest from ",
			"# Review first the choices listed under review:", "# correct what is wrong, then accept;",
			"# Accepting also adds to registry.yaml");

	private static final Pattern TOP_LEVEL_REVIEW = Pattern.compile("review:\\s*(\\[\\s*\\])?\\s*(#.*)?");
	private static final Pattern PLAIN_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	private static final Pattern PLAIN_LABEL = Pattern.compile("[A-Z][A-Za-z]*");

	private FactFileEdits() {
	}

	/**
	 * The fact file as accepted: without its {@code review:} section (loading ignores it; the choices are settled)
	 * and with a header like the curated files' instead of the proposal's. A text that is not YAML is returned as
	 * it is, for the checks to report where.
	 *
	 * @return empty when the section cannot be cut out by lines (then it is removed by hand)
	 */
	static Optional<Accepted> accepted(String yaml, String sourceFile, String version) {
		var lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
		var origin = new ArrayList<Integer>();
		for (int i = 1; i <= lines.size(); i++) {
			origin.add(i);
		}
		var original = parse(yaml);
		if (original.isEmpty()) {
			return Optional.of(new Accepted(yaml, origin));
		}
		int review = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (TOP_LEVEL_REVIEW.matcher(stripCr(lines.get(i))).matches()) {
				review = i;
				break;
			}
		}
		if (review >= 0) {
			int end = review + 1;
			while (end < lines.size() && !isTopLevelKey(lines.get(end))) {
				end++;
			}
			// Comments and blank lines just before the next key belong to it.
			while (end - 1 > review && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) {
				end--;
			}
			lines.subList(review, end).clear();
			origin.subList(review, end).clear();
		}
		boolean proposalHeader = false;
		while (!lines.isEmpty() && PROPOSAL_COMMENTS.stream().anyMatch(lines.get(0)::startsWith)) {
			lines.remove(0);
			origin.remove(0);
			proposalHeader = true;
		}
		if (proposalHeader) {
			origin.addAll(0, List.of(0, 0, 0));
			lines.addAll(0, List.of(
					"# Facts of " + sourceFile + ", proposed by tools/ingest and accepted once a curator had checked it: every entity",
					"# it mentions (with the sentence that mentions it) and every fact it states, each with its evidence.",
					"# Loaded as the repeatable migration " + version + "; the registry (registry.yaml) names the shared entities."));
		}
		var text = String.join("\n", lines);
		var expected = new LinkedHashMap<>(original.get());
		expected.remove("review");
		return parse(text).filter(expected::equals).map(edited -> new Accepted(text, origin));
	}

	/**
	 * The accepted file's text, and for each of its lines the line of the proposal it comes from (0 for the new
	 * header), so that a problem is reported where the curator sees it.
	 */
	record Accepted(String text, List<Integer> origin) {

		int proposalLine(int line) {
			return line > 0 && line <= origin.size() ? origin.get(line - 1) : line;
		}
	}

	/**
	 * The registry with {@code additions} appended at its end, each after a comment saying why it is there.
	 *
	 * @param why the comment for each id
	 */
	static String registryWith(String registry, List<Registry.Entry> additions, Map<String, String> why) {
		var text = new StringBuilder(registry);
		if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
		for (var entry : additions) {
			if (why.containsKey(entry.id())) {
				text.append("# ").append(why.get(entry.id())).append('\n');
			}
			text.append("- id: ").append(PLAIN_ID.matcher(entry.id()).matches() ? entry.id() : YamlWriter.scalar(entry.id()))
				.append('\n');
			text.append("  labels: ").append(entry.labels().stream().allMatch(l -> PLAIN_LABEL.matcher(l).matches())
					? "[" + String.join(", ", entry.labels()) + "]" : YamlWriter.scalar(entry.labels())).append('\n');
			entry.properties().forEach((key, value) -> text.append("  ").append(key).append(": ")
				.append(YamlWriter.scalar(value)).append('\n'));
		}
		return text.toString();
	}

	/**
	 * An article file without the labels and name of entity {@code id}, which the registry now defines (what
	 * {@code FactSource.checkProposal} checks the proposal against).
	 *
	 * @return empty when they cannot be cut out by lines
	 */
	@SuppressWarnings("unchecked")
	static Optional<String> withoutDefinition(String yaml, String id) {
		var original = parse(yaml);
		if (original.isEmpty()) {
			return Optional.empty();
		}
		var lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
		int entities = -1;
		for (int i = 0; i < lines.size() && entities < 0; i++) {
			entities = stripCr(lines.get(i)).equals("entities:") ? i : -1;
		}
		var idLine = Pattern.compile("- id: (" + Pattern.quote(id) + "|\"" + Pattern.quote(id) + "\")\\s*");
		int start = -1;
		for (int i = Math.max(entities, 0); i < lines.size(); i++) {
			if (idLine.matcher(stripCr(lines.get(i))).matches()) {
				start = i;
				break;
			}
		}
		if (entities < 0 || start < 0) {
			return Optional.empty();
		}
		int i = start + 1;
		while (i < lines.size() && lines.get(i).startsWith("  ")) {
			if (lines.get(i).startsWith("  labels:") || lines.get(i).startsWith("  name:")) {
				lines.remove(i);
				while (i < lines.size() && lines.get(i).startsWith("   ")) {
					lines.remove(i); // the rest of a value written over several lines
				}
			}
			else {
				i++;
			}
		}
		var text = String.join("\n", lines);
		var expected = new LinkedHashMap<>(original.get());
		var mentions = new ArrayList<Object>();
		for (var mention : (List<Object>) expected.getOrDefault("entities", List.of())) {
			if (mention instanceof Map<?, ?> map && id.equals(map.get("id"))) {
				var without = new LinkedHashMap<>((Map<String, Object>) map);
				without.remove("labels");
				without.remove("name");
				mentions.add(without);
			}
			else {
				mentions.add(mention);
			}
		}
		expected.put("entities", mentions);
		return parse(text).filter(edited -> Objects.equals(edited, expected)).map(edited -> text);
	}

	/** A top-level key of the document: not indented, not a list item, comment or blank. */
	private static boolean isTopLevelKey(String line) {
		return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '-' && line.charAt(0) != '#';
	}

	private static String stripCr(String line) {
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

	/** The document as maps, lists and scalars; empty when it is not a YAML mapping. */
	@SuppressWarnings("unchecked")
	private static Optional<Map<String, Object>> parse(String yaml) {
		try {
			return FactSource.parseYaml("", yaml) instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map)
					: Optional.empty();
		}
		catch (FactFileException ex) {
			return Optional.empty();
		}
	}
}
