package org.accountabilitygraph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Neo4j Browser guide to the named queries, written from {@code cypher/queries/} itself, so the guide
 * and the files never disagree: one slide per query, titled with the first sentence of its header, the
 * rest of the header as its explanation (its Markdown rendered), and runnable blocks that each answer
 * with one click, the example's parameters written into the query: "Draw it" (from
 * {@code cypher/queries/draw/<name>.cypher}: the same question answered with nodes and relationships, so the
 * Browser draws it), where the answer is a graph, and the query itself, whose answer is a table.
 *
 * <p>The embedded Browser opens it in its sidebar once connected ({@code :guide URL}); {@code :play URL}
 * shows the same slides in the stream. (Guide format, as the Browser reads it: the {@code <title>} names the
 * guide, slides are {@code <slide>} elements, {@code <pre class="code runnable">} a block whose &#9654; runs it
 * and whose text, clicked, fills the editor.)
 */
@RestController
public class NamedQueriesGuide {

	public static final String PATH = "/guides/named-queries.html";

	private static final String LOCATION = "classpath:cypher/queries/*.cypher";

	private static final String DRAW = "/cypher/queries/draw/";

	/** A slide: the named query and, where its answer is a graph, the query that draws it. */
	record Slide(QueryFile query, QueryFile draw) {

		/** The draw query with the named query's example written in (it takes the same parameters). */
		String drawWithExample() {
			return draw == null ? null : QueryFile.inline(draw.query(), query.example());
		}
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
				<p>The next slides are the project's named queries, one per question. Click the &#9654; of a block to
				run it: <strong>Draw it</strong> answers with a graph, the query itself with a table. The example's
				values are written into both; click a block's text instead to copy it into the editor and change them
				(ids such as <code>nsft</code>, <code>norman-lamb</code>).</p>
				<p>Everything Norman Lamb took part in:</p>
				<pre class="code runnable">MATCH (n:Person {id: 'norman-lamb'})-[fact]-(other) RETURN n, fact, other</pre>
				""");
		legend(html);
		html.append("</slide>\n");
		for (var slide : slides()) {
			slide(html, slide);
		}
		return html.append("</carousel>\n</body></html>\n").toString();
	}

	private static void slide(StringBuilder html, Slide slide) {
		var query = slide.query();
		html.append("<slide>\n<h3>").append(GuideMarkdown.toHtml(query.title())).append("</h3>\n");
		for (var paragraph : query.explanation()) {
			html.append("<p>").append(GuideMarkdown.toHtml(paragraph)).append("</p>\n");
		}
		if (!query.example().isEmpty()) {
			html.append("<p>Example, written into the blocks: ")
				.append(query.example().entrySet().stream()
					.map(e -> "<code>" + GuideMarkdown.escape(e.getKey()) + "</code> = <code>"
							+ GuideMarkdown.escape(e.getValue()) + "</code>")
					.collect(Collectors.joining(", ")))
				.append(".</p>\n");
		}
		if (slide.draw() != null) {
			html.append("<p><strong>Draw it</strong>: ").append(GuideMarkdown.toHtml(slide.draw().title()))
				.append("</p>\n");
			runnable(html, slide.drawWithExample());
		}
		html.append("<p><strong>The answer</strong>, a table: <code>cypher/queries/")
			.append(GuideMarkdown.escape(query.name())).append(".cypher</code>")
			.append(slide.draw() == null ? " (rows of values, nothing to draw)" : "").append("</p>\n");
		runnable(html, query.withExample());
		html.append("</slide>\n");
	}

	private static void runnable(StringBuilder html, String cypher) {
		html.append("<pre class=\"code runnable\">").append(GuideMarkdown.escape(cypher)).append("</pre>\n");
	}

	/** A key to the graph style's colours and captions, from the style itself. */
	private static void legend(StringBuilder html) {
		var byLook = new LinkedHashMap<Map<String, String>, List<String>>();
		for (var rule : GraphStyle.rules()) {
			if (rule.label() != null && !rule.label().equals("Entity")) {
				byLook.computeIfAbsent(rule.properties(), k -> new ArrayList<>()).add(rule.label());
			}
		}
		html.append("<p>The graph style (applied when you connected; <code>:style reset</code> gives Neo4j's back):</p>\n<p>");
		for (var look : byLook.entrySet()) {
			var style = look.getKey();
			var labels = look.getValue();
			html.append("<span style=\"display:inline-block;margin:2px;padding:1px 8px;border-radius:10px;")
				.append("background:").append(colour(style.get("color")))
				.append(";color:").append(colour(style.get("text-color-internal")))
				.append(";border:2px solid ").append(colour(style.get("border-color"))).append("\">")
				.append(GuideMarkdown.escape(labels.get(0))).append("</span> ")
				.append(GuideMarkdown.escape(caption(style.getOrDefault("caption", ""))));
			if (labels.size() > 1) {
				html.append(" (also ").append(GuideMarkdown.escape(String.join(", ", labels.subList(1, labels.size()))))
					.append(")");
			}
			html.append("<br>\n");
		}
		html.append("</p>\n");
	}

	/** A colour of the style, only if it is one (the style is ours, but it goes into an attribute). */
	private static String colour(String value) {
		return value != null && value.matches("#[0-9A-Fa-f]{3,8}") ? value : "transparent";
	}

	/** What a caption template shows, in words: "{kind} {outcome}" is "kind outcome". */
	private static String caption(String template) {
		return template.replaceAll("^'|'$", "").replaceAll("[{}]", "");
	}

	/** The named queries, the competency questions (q1 ... q9) first, each with its draw query if it has one. */
	static List<Slide> slides() {
		try {
			var resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(resources)
				.map(NamedQueriesGuide::parse)
				.sorted(Comparator.comparing((QueryFile q) -> !q.name().matches("q\\d.*")).thenComparing(QueryFile::name))
				.map(query -> new Slide(query, draw(query.name())))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static QueryFile parse(Resource resource) {
		try (var in = resource.getInputStream()) {
			var name = resource.getFilename().replaceFirst("\\.cypher$", "");
			return QueryFile.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static QueryFile draw(String name) {
		try (InputStream in = NamedQueriesGuide.class.getResourceAsStream(DRAW + name + ".cypher")) {
			return in == null ? null : QueryFile.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
