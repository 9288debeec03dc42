package org.accountabilitygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.accountabilitygraph.ApplicationOnLoadedGraph;
import org.junit.jupiter.api.Test;

/** POST /api/ingest over real HTTP: a proposal for a new article, clear errors for what is not one, nothing written. */
class IngestApiIT extends ApplicationOnLoadedGraph {

	/** Invented, in the style of the curated articles: a known person quoted, then a pronoun, then an unnamed spokesman. */
	private static final String ARTICLE = InventedArticle.TEXT;

	@Test
	void anArticleGetsAProposedFactFileWithItsDoubtsAndNothingIsWritten() throws IOException {
		var before = factFiles();
		var response = post("/api/ingest?name=007_abcdef1234567890.txt", "text/plain; charset=UTF-8",
				ARTICLE.getBytes(StandardCharsets.UTF_8));

		assertThat(response.status()).isEqualTo(200);
		var proposal = response.json();
		assertThat(proposal.get("fileName").asText()).isEqualTo("R106__Article_abcdef12.yaml");
		assertThat(proposal.get("problems")).isEmpty();
		// Resolved against the graph's names: the known person, the trust by its full name, a new spokesman.
		var yaml = proposal.get("yaml").asText();
		assertThat(yaml).contains("- type: \"SAID\"\n  from: \"norman-lamb\"")
			.containsPattern("- type: \"ON_BEHALF_OF\"\n  from: \"statement-abcdef12-\\d+\"\n  to: \"nsft\"");
		// The pronoun is read as Norman Lamb, and the proposal says that this is a choice to review.
		assertThat(proposal.get("review").findValuesAsText("doubt")).contains("\"he\" read as Norman Lamb");
		assertThat(factFiles()).isEqualTo(before);
	}

	@Test
	void whatIsNotAnArticleGetsAClearProblem() {
		var empty = post("/api/ingest", "text/plain", new byte[0]);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.contentType()).startsWith("application/problem+json");
		assertThat(empty.json().get("detail").asText()).isEqualTo("The article is empty.");

		var binary = post("/api/ingest", "text/plain", new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});
		assertThat(binary.status()).isEqualTo(400);
		assertThat(binary.json().get("detail").asText()).contains("binary");

		var tooLarge = post("/api/ingest", "text/plain", "word ".repeat(1_100_000).getBytes(StandardCharsets.UTF_8));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.json().get("detail").asText()).contains("at most 5 MB");

		var json = post("/api/ingest", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
		assertThat(json.status()).isEqualTo(415);

		var badName = post("/api/ingest?name=..%2Fetc%2Fpasswd", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8));
		assertThat(badName.status()).isEqualTo(400);
		assertThat(badName.json().get("detail").asText()).contains("'name'");
	}

	@Test
	void acceptingIsRefusedWhenTheFactsAreReadFromInsideTheJar() throws IOException {
		var before = factFiles();
		var body = """
				{"name": "007_abcdef1234567890.txt", "text": "x", "yaml": "article: {}", "registryAdditions": []}""";
		for (var path : List.of("/api/ingest/accept", "/api/ingest/accept?dryRun=true")) {
			var refused = post(path, "application/json", body.getBytes(StandardCharsets.UTF_8));
			assertThat(refused.status()).as(path).isEqualTo(409);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().get("detail").asText()).contains("classpath:data/facts")
				.contains("--graph.facts-location=file:");
		}
		var proposal = post("/api/ingest?name=007_abcdef1234567890.txt", "text/plain; charset=UTF-8",
				ARTICLE.getBytes(StandardCharsets.UTF_8));
		assertThat(proposal.json().get("acceptable").asBoolean()).isFalse();
		assertThat(factFiles()).isEqualTo(before);
		assertThat(get("/v3/api-docs").json().at("/paths/~1api~1ingest~1accept/post/summary").asText()).startsWith("Accept a proposal");
	}

	/** The fact files where the project keeps them and where the application reads them from. */
	private static List<String> factFiles() throws IOException {
		try (Stream<Path> source = Files.list(Path.of("data/facts"));
				Stream<Path> loaded = Files.list(Path.of("target/classes/data/facts"))) {
			return Stream.concat(source, loaded).map(Path::toString).sorted().toList();
		}
	}
}
