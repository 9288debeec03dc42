package org.accountabilitygraph.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A named query file ({@code cypher/queries/<name>.cypher}) as the guide shows it: its comment header
 * (a first sentence that is the slide's title, the rest its explanation, an {@code Example:} line with
 * the parameters), the query, and the query with the example's values written in place of its
 * parameters, so one click in the Browser runs it.
 */
record QueryFile(String name, String title, List<String> explanation, Map<String, String> example, String query) {

	/** "Q1." or "Q9 (second form)." opening a header: part of the title, not a sentence of its own. */
	private static final Pattern QUESTION_NUMBER = Pattern.compile("^Q\\d+(?:\\s*\\([^)]*\\))?\\.\\s+");

	/** The end of a sentence: . ? or ! before a space or the end (not "../2015" nor "..."). */
	private static final Pattern SENTENCE_END = Pattern.compile("[.?!](?=\\s|$)");

	private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

	/** Reads a file's text: the header is the comment lines it starts with. */
	static QueryFile parse(String name, String text) {
		var lines = text.strip().lines().toList();
		var header = lines.stream().takeWhile(l -> l.startsWith("//")).map(l -> l.substring(2).strip()).toList();
		var query = String.join("\n", lines.subList(header.size(), lines.size())).strip();
		var example = new LinkedHashMap<String, String>();
		var paragraphs = new ArrayList<String>();
		var paragraph = new StringBuilder();
		for (var line : header) {
			if (line.startsWith("Example:")) {
				example.putAll(parameters(line.substring("Example:".length()).strip()));
				continue;
			}
			// The parameters' and filters' descriptions start paragraphs of their own.
			if ((line.startsWith("Parameters:") || line.startsWith("Filters")) && !paragraph.isEmpty()) {
				paragraphs.add(paragraph.toString());
				paragraph.setLength(0);
			}
			paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
		}
		if (!paragraph.isEmpty()) {
			paragraphs.add(paragraph.toString());
		}
		String title = name;
		if (!paragraphs.isEmpty()) {
			var first = paragraphs.get(0);
			int end = titleEnd(first);
			title = first.substring(0, end).strip();
			var rest = first.substring(end).strip();
			if (rest.isEmpty()) {
				paragraphs.remove(0);
			}
			else {
				paragraphs.set(0, rest);
			}
		}
		return new QueryFile(name, title, List.copyOf(paragraphs), example, query);
	}

	/** Where the title ends: after its first sentence (a leading question number aside), or the paragraph's end. */
	static int titleEnd(String paragraph) {
		var number = QUESTION_NUMBER.matcher(paragraph);
		int from = number.find() ? number.end() : 0;
		var end = SENTENCE_END.matcher(paragraph);
		return end.find(from) ? end.end() : paragraph.length();
	}

	/**
	 * The parameters of an example, each as its Cypher literal: {@code :param organisation => 'nsft'} or
	 * {@code :params {speaker: 'norman-lamb', about: null}}.
	 */
	static Map<String, String> parameters(String example) {
		var parameters = new LinkedHashMap<String, String>();
		if (example.startsWith(":params")) {
			var map = example.substring(":params".length()).strip();
			if (!map.startsWith("{") || !map.endsWith("}")) {
				throw new IllegalArgumentException("Not a parameter map: " + example);
			}
			for (var entry : topLevel(map.substring(1, map.length() - 1), ',')) {
				int colon = entry.indexOf(':');
				if (colon < 0) {
					throw new IllegalArgumentException("Not a parameter: " + entry + " in " + example);
				}
				parameters.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
			}
		}
		else if (example.startsWith(":param")) {
			var assignment = example.substring(":param".length()).split("=>", 2);
			if (assignment.length != 2) {
				throw new IllegalArgumentException("Not a parameter: " + example);
			}
			parameters.put(assignment[0].strip(), assignment[1].strip());
		}
		else {
			throw new IllegalArgumentException("Not a :param or :params command: " + example);
		}
		return parameters;
	}

	/** The query with each parameter of the example replaced by its value (outside strings and comments). */
	String withExample() {
		return inline(query, example);
	}

	/** The parameters the query takes, in the order it first uses them. */
	List<String> parameterNames() {
		var names = new ArrayList<String>();
		Cypher.code(query).forEach(part -> PARAMETER.matcher(part).results().map(m -> m.group(1))
			.filter(n -> !names.contains(n)).forEach(names::add));
		return names;
	}

	/** Cypher text with parameters replaced by literals; parameters without a value are left as they are. */
	static String inline(String cypher, Map<String, String> values) {
		return Cypher.replaceInCode(cypher, code -> PARAMETER.matcher(code)
			.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group()))));
	}

	/** Splits on a separator outside quotes and brackets. */
	private static List<String> topLevel(String text, char separator) {
		var parts = new ArrayList<String>();
		int depth = 0;
		char quote = 0;
		var part = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == '\\' && i + 1 < text.length()) {
					part.append(c).append(text.charAt(++i));
					continue;
				}
				if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '\'' || c == '"') {
				quote = c;
			}
			else if (c == '[' || c == '{' || c == '(') {
				depth++;
			}
			else if (c == ']' || c == '}' || c == ')') {
				depth--;
			}
			else if (c == separator && depth == 0) {
				parts.add(part.toString().strip());
				part.setLength(0);
				continue;
			}
			part.append(c);
		}
		if (!part.toString().isBlank()) {
			parts.add(part.toString().strip());
		}
		return parts;
	}
}
