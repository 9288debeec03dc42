package org.accountabilitygraph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The project's graph style for the Neo4j Browser
 * ({@code src/main/resources/org/accountabilitygraph/browser/graph-style.grass}):
 * a colour per kind of node and a caption that says what the node is (a person's name, the start of a
 * statement's words), served for {@code :style}, which the embedded Browser runs once connected.
 * Served without its comments, which the Browser's GraSS parser would take for part of a selector.
 */
@RestController
public class GraphStyle {

	public static final String PATH = "/guides/graph-style.grass";

	private static final String RESOURCE = "graph-style.grass";

	private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/\\s*", Pattern.DOTALL);

	/** One rule: a selector ({@code node.Person}) and its properties, in the file's order. */
	record Rule(String selector, Map<String, String> properties) {

		/** The label a node rule is for, or null (for {@code node}, {@code relationship}). */
		String label() {
			return selector.startsWith("node.") ? selector.substring("node.".length()) : null;
		}

		/** The caption's template without its quotes: {@code {name}}. */
		String caption() {
			return properties.getOrDefault("caption", "").replaceAll("^'|'$", "");
		}
	}

	@GetMapping(path = PATH, produces = "text/plain;charset=UTF-8")
	public String grass() {
		return text();
	}

	/** The style as the Browser reads it. */
	static String text() {
		return COMMENT.matcher(source()).replaceAll("").strip() + "\n";
	}

	/** The rules, read as the Browser reads them: braces and semicolons inside quotes belong to the value. */
	static List<Rule> rules() {
		var rules = new ArrayList<Rule>();
		var text = text();
		var selector = new StringBuilder();
		var body = new StringBuilder();
		boolean quoted = false;
		boolean inside = false;
		for (char c : text.toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			if (!quoted && c == '{') {
				inside = true;
			}
			else if (!quoted && c == '}') {
				rules.add(new Rule(selector.toString().strip(), declarations(body.toString())));
				selector.setLength(0);
				body.setLength(0);
				inside = false;
			}
			else {
				(inside ? body : selector).append(c);
			}
		}
		return rules;
	}

	private static Map<String, String> declarations(String body) {
		var properties = new LinkedHashMap<String, String>();
		var declaration = new StringBuilder();
		boolean quoted = false;
		for (char c : (body + ";").toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			if (c == ';' && !quoted) {
				int colon = declaration.indexOf(":");
				if (colon > 0) {
					properties.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
				}
				declaration.setLength(0);
			}
			else {
				declaration.append(c);
			}
		}
		return properties;
	}

	private static String source() {
		try (InputStream in = GraphStyle.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("No graph style at " + RESOURCE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
