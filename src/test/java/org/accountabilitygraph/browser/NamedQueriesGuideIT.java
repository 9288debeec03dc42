package org.accountabilitygraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.accountabilitygraph.ApplicationOnLoadedGraph;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** The Browser guide holds every named query of {@code cypher/queries/}, runnable, with its example parameters. */
class NamedQueriesGuideIT extends ApplicationOnLoadedGraph {

	@Test
	void oneSlidePerNamedQueryWithRunnableParametersAndQuery() throws IOException {
		var response = get(NamedQueriesGuide.PATH);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/html");
		var html = response.body();

		long files;
		try (var list = Files.list(Path.of("cypher/queries"))) {
			files = list.filter(f -> f.toString().endsWith(".cypher")).count();
		}
		assertThat(Pattern.compile("<slide>").matcher(html).results().count()).isEqualTo(files + 1);
		var runnable = Pattern.compile("<pre class=\"code runnable\">(.*?)</pre>", Pattern.DOTALL).matcher(html)
			.results().map(m -> HtmlUtils.htmlUnescape(m.group(1))).toList();
		assertThat(runnable).contains(":param organisation => 'nsft'");
		var q1 = Files.readString(Path.of("cypher/queries/q1-leadership.cypher"));
		assertThat(runnable).anySatisfy(block -> assertThat(q1).contains(block.strip()))
			.anySatisfy(block -> assertThat(block).startsWith("MATCH (person:Person)-[role:LEADS]->"));
		assertThat(html.indexOf("Q1. Leadership")).isLessThan(html.indexOf("Q9. Connections"));
	}
}
