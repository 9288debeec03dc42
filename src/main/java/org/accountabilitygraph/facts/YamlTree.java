package org.accountabilitygraph.facts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A YAML document as plain maps, lists and scalars, remembering the line each map starts on, so that a
 * problem with a fact can name its line. Integers become {@code Long}, as Neo4j stores them.
 */
final class YamlTree {

	private static final YAMLFactory YAML = new YAMLFactory();

	private final Object root;
	private final Map<Object, Integer> lines;

	private YamlTree(Object root, Map<Object, Integer> lines) {
		this.root = root;
		this.lines = lines;
	}

	/** @throws FactFileException naming the line of a syntax error */
	static YamlTree parse(String source, String text) {
		var lines = new IdentityHashMap<Object, Integer>();
		try (var parser = YAML.createParser(text)) {
			var token = parser.nextToken();
			var root = token == null ? null : read(parser, lines, new HashMap<>());
			return new YamlTree(root, lines);
		}
		catch (JsonProcessingException ex) {
			var location = ex.getLocation();
			throw new FactFileException(new Problem(source, location == null ? 0 : location.getLineNr(),
					Problem.NOT_YAML + summary(ex.getOriginalMessage())));
		}
		catch (IOException ex) {
			throw new FactFileException(new Problem(source, 0, "cannot be read: " + ex.getMessage()));
		}
	}

	/** SnakeYAML's message without its excerpts of the file (the line number says where). */
	private static String summary(String message) {
		return message.lines().filter(l -> !l.isBlank() && !l.startsWith(" ") && !l.contains("in 'reader'"))
			.map(String::strip).reduce((a, b) -> a + "; " + b).orElse(message);
	}

	Object root() {
		return root;
	}

	/** The line a map or list starts on, 0 when unknown. */
	int line(Object node) {
		return lines.getOrDefault(node, 0);
	}

	/**
	 * The line of the part a JSON Pointer or a JSON path ({@code /facts/3/type}, {@code $.facts[3].type})
	 * names: of the deepest map or list on the way there.
	 */
	int lineAt(String path) {
		Object node = root;
		int line = line(root);
		for (var step : path.replaceFirst("^\\$", "").split("[./\\[\\]]+")) {
			if (step.isEmpty()) {
				continue;
			}
			if (node instanceof Map<?, ?> map) {
				node = map.get(step);
			}
			else if (node instanceof List<?> list && step.matches("\\d+") && Integer.parseInt(step) < list.size()) {
				node = list.get(Integer.parseInt(step));
			}
			else {
				break;
			}
			line = Math.max(line, line(node));
		}
		return line;
	}

	/**
	 * @param strings the strings read so far, so that a sentence a file repeats (as the evidence of several facts)
	 *                is held once: a national graph's files are held in memory together until they are loaded
	 */
	private static Object read(JsonParser parser, Map<Object, Integer> lines, Map<String, String> strings) throws IOException {
		int line = parser.currentTokenLocation().getLineNr();
		switch (parser.currentToken()) {
			case START_OBJECT -> {
				var map = new LinkedHashMap<String, Object>();
				lines.put(map, line);
				while (parser.nextToken() == JsonToken.FIELD_NAME) {
					var key = parser.currentName();
					parser.nextToken();
					if (map.put(key, read(parser, lines, strings)) != null) {
						throw new FactFileException(new Problem("", line, "key '" + key + "' appears twice"));
					}
				}
				return map;
			}
			case START_ARRAY -> {
				var list = new ArrayList<Object>();
				lines.put(list, line);
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					list.add(read(parser, lines, strings));
				}
				return list;
			}
			case VALUE_STRING -> {
				return strings.computeIfAbsent(parser.getText(), text -> text);
			}
			case VALUE_NUMBER_INT -> {
				return parser.getLongValue();
			}
			case VALUE_NUMBER_FLOAT -> {
				return parser.getDoubleValue();
			}
			case VALUE_TRUE -> {
				return true;
			}
			case VALUE_FALSE -> {
				return false;
			}
			case VALUE_NULL -> {
				return null;
			}
			default -> throw new FactFileException(
					new Problem("", line, "unexpected " + parser.currentToken()));
		}
	}

	/** A list's elements that are maps; anything else is reported by the caller's validation. */
	static List<Object> list(Object value) {
		return value instanceof List<?> list ? new ArrayList<>(list) : List.of();
	}
}
