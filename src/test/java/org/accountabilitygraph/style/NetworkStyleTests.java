package org.accountabilitygraph.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The network's style is the one place the page's and the exports' colours come from, and covers the model. */
class NetworkStyleTests {

	@Test
	void everyRelationOfTheModelHasAStyleAndNoOther() throws IOException {
		var model = Files.readString(Path.of("cypher/MODEL.md"));
		var table = model.substring(model.indexOf("## Relationships"), model.indexOf("## ", model.indexOf("## Relationships") + 3));
		var types = new TreeSet<String>();
		// the first column of each row: `LEADS`, or several (`DECIDED` / `RECOMMENDED`)
		var row = Pattern.compile("^\\| ([^|]+) \\|", Pattern.MULTILINE).matcher(table);
		while (row.find()) {
			Pattern.compile("`([A-Z_]+)`").matcher(row.group(1)).results().forEach(m -> types.add(m.group(1)));
		}
		assertThat(types).hasSizeGreaterThan(30);
		assertThat(new TreeSet<>(NetworkStyle.relationTypes())).isEqualTo(types);
	}

	@Test
	void thePageKeepsNoPaletteOfItsOwn() throws IOException {
		// the page reads the style from /api/network-style (main.js into style.js); a kind or relation written into the
		// modules that draw the network would be a second copy (article.js's verbs per relation are words, not style)
		var page = new StringBuilder();
		for (var module : List.of("main.js", "style.js", "network.js", "panel.js", "exports.js")) {
			page.append(Files.readString(Path.of("src/main/resources/static", module)));
		}
		for (var name : NetworkStyle.kinds().keySet()) {
			assertThat(page.toString()).doesNotContainPattern("\\b" + name + "\\s*:\\s*\\{");
		}
		for (var type : NetworkStyle.relationTypes()) {
			assertThat(page.toString()).doesNotContainPattern("\\b" + type + "\\s*:\\s*\\{");
		}
		assertThat(page.toString()).contains("api('/api/network-style')");
	}

	@Test
	void unknownKindsAndRelationsAreDrawnAsOthers() {
		assertThat(NetworkStyle.kind("MustDoAction")).isEqualTo(NetworkStyle.OTHER_KIND);
		assertThat(NetworkStyle.kind(null)).isEqualTo(NetworkStyle.OTHER_KIND);
		assertThat(NetworkStyle.relation("SOME_NEW_FACT").label()).isEqualTo("some new fact");
		assertThat(NetworkStyle.relation("HOLDS_OFFICE").color()).isEqualTo(NetworkStyle.OTHER_RELATION.color());
		assertThat(NetworkStyle.relation("CRITICISED").label()).isEqualTo("criticised");
	}
}
