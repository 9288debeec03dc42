package org.accountabilitygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The README's example queries are documentation a newcomer trusts: each one is run against the
 * loaded graph and must return exactly the table printed under it.
 */
@ExtendWith(LoadedGraph.class)
class ReadmeExamplesIT {

	private static final Pattern EXAMPLE = Pattern.compile("```cypher\\n(.*?)```\\s*\\n((?:\\|[^\\n]*\\|\\n)+)", Pattern.DOTALL);

	record Example(String query, List<String> columns, List<List<String>> rows) {
	}

	@Test
	void everyExampleQueryReturnsTheTableShownUnderIt(Driver driver) throws IOException {
		var examples = examples();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
		for (var example : examples) {
			var result = driver.executableQuery(example.query()).execute();
			assertThat(result.keys()).as(example.query()).isEqualTo(example.columns());
			var rows = result.records().stream()
				.map(r -> r.values().stream().map(ReadmeExamplesIT::render).toList())
				.toList();
			assertThat(rows).as(example.query()).isEqualTo(example.rows());
		}
	}

	/** The README's Java example is {@code example.LeadershipReport}, verbatim, and prints what it shows. */
	@Test
	void theJavaExampleIsRealCodeAndPrintsTheOutputShown() throws IOException {
		var readme = Files.readString(Path.of("README.md"));
		var java = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
		assertThat(java.find()).as("a ```java block in the README").isTrue();
		assertThat(java.group(1).strip())
			.isEqualTo(Files.readString(Path.of("src/test/java/example/LeadershipReport.java")).strip());

		var printed = new ByteArrayOutputStream();
		var original = System.out;
		// What this thread prints; other test classes run side by side and may print (log) meanwhile.
		var exampleThread = Thread.currentThread();
		System.setOut(new PrintStream(new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				(Thread.currentThread() == exampleThread ? printed : original).write(b);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				(Thread.currentThread() == exampleThread ? printed : original).write(bytes, offset, length);
			}
		}, true, StandardCharsets.UTF_8));
		try {
			// The shared test database has no authentication: any password is accepted.
			example.LeadershipReport.main(new String[] { LoadedGraph.boltUri(), "unused" });
		}
		finally {
			System.setOut(original);
		}
		var output = Pattern.compile("```text\n(.*?)```", Pattern.DOTALL).matcher(readme);
		assertThat(output.find()).as("a ```text block with the example's output").isTrue();
		assertThat(printed.toString(StandardCharsets.UTF_8).strip()).isEqualTo(output.group(1).strip());
	}

	static List<Example> examples() throws IOException {
		var readme = Files.readString(Path.of("README.md"));
		var section = readme.substring(readme.indexOf("## Example queries"));
		section = section.substring(0, section.indexOf("\n## ", 3));
		var examples = new ArrayList<Example>();
		var matcher = EXAMPLE.matcher(section);
		while (matcher.find()) {
			var lines = matcher.group(2).strip().lines().toList();
			var columns = cells(lines.get(0));
			var rows = lines.stream().skip(2).map(ReadmeExamplesIT::cells).toList();
			examples.add(new Example(matcher.group(1).strip(), columns, rows));
		}
		return examples;
	}

	private static List<String> cells(String line) {
		var inner = line.strip().substring(1, line.strip().length() - 1);
		return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
	}

	private static String render(Value value) {
		return value.isNull() ? "" : String.valueOf(value.asObject());
	}
}
