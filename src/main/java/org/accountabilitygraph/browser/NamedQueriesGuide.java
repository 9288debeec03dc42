package org.accountabilitygraph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A Neo4j Browser guide to the named queries, written from {@code cypher/queries/} itself, so the guide
 * and the files never disagree: one slide per query, with its explanation, a runnable block that sets
 * the example parameters, and a runnable block with the query. The embedded Browser opens it once
 * connected; anyone can open it with {@code :play http://localhost:8080/guides/named-queries.html}.
 * (Guide format: slides are {@code <slide>} elements, runnable blocks {@code <pre class="code runnable">}.)
 */
@RestController
public class NamedQueriesGuide {

	public static final String PATH = "/guides/named-queries.html";

	private static final String LOCATION = "classpath:cypher/queries/*.cypher";

	record NamedQuery(String name, String title, List<String> explanation, String parameters, String query) {
	}

	@GetMapping(path = PATH, produces = "text/html;charset=UTF-8")
	public String guide() {
		var html = new StringBuilder("""
				<html><head><title>Who did, said and decided what: the named queries</title></head><body>
				<carousel>
				<slide>
				<h3>Who did, said and decided what</h3>
				<p>A knowledge graph of Norfolk and Suffolk NHS Foundation Trust (NSFT), the Care Quality Commission,
				MPs and ministers, the campaign that holds them to account and the people harmed. Every fact carries
				<code>article</code> and <code>evidence</code>: the article and the sentence it comes from.</p>
				<p>The next slides are the project's named queries, one per question. On each, click the &#9654; of
				the first block to set its parameters, then of the second to run the query. Change the parameters
				(ids such as <code>nsft</code>, <code>norman-lamb</code>) to ask about someone else.</p>
				<pre class="code runnable">MATCH (n:Person {id: 'norman-lamb'})-[fact]-(other) RETURN n, fact, other</pre>
				</slide>
				""");
		for (var query : queries()) {
			html.append("<slide>\n<h3>").append(escape(query.title())).append("</h3>\n");
			html.append("<p><code>cypher/queries/").append(escape(query.name())).append(".cypher</code></p>\n");
			for (var line : query.explanation()) {
				html.append("<p>").append(escape(line)).append("</p>\n");
			}
			if (query.parameters() != null) {
				html.append("<pre class=\"code runnable\">").append(escape(query.parameters())).append("</pre>\n");
			}
			html.append("<pre class=\"code runnable\">").append(escape(query.query())).append("</pre>\n</slide>\n");
		}
		return html.append("</carousel>\n</body></html>\n").toString();
	}

	/** The named queries, the competency questions (q1 ... q9) first. */
	static List<NamedQuery> queries() {
		try {
			var resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(resources)
				.map(NamedQueriesGuide::parse)
				.sorted(Comparator.comparing((NamedQuery q) -> !q.name().matches("q\\d.*")).thenComparing(NamedQuery::name))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static NamedQuery parse(Resource resource) {
		try {
			var name = resource.getFilename().replaceFirst("\\.cypher$", "");
			var lines = new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().lines().toList();
			var header = lines.stream().takeWhile(l -> l.startsWith("//")).map(l -> l.substring(2).strip()).toList();
			var body = String.join("\n", lines.subList(header.size(), lines.size())).strip();
			String parameters = null;
			var explanation = new ArrayList<String>();
			var paragraph = new StringBuilder();
			for (var line : header.subList(header.isEmpty() ? 0 : 1, header.size())) {
				if (line.startsWith("Example:")) {
					parameters = line.substring("Example:".length()).strip();
				}
				else if (!line.startsWith("Parameters:")) {
					paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
				}
			}
			if (!paragraph.isEmpty()) {
				explanation.add(paragraph.toString());
			}
			var title = header.isEmpty() ? name : header.get(0);
			return new NamedQuery(name, title, explanation, parameters, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}
}
