package org.accountabilitygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.accountabilitygraph.ApplicationOnScratchProject;
import org.accountabilitygraph.facts.FactSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * POST /api/ingest/accept over real HTTP, on a copy of the project's data/ and a database of its own: accepting
 * writes the article, the fact file without its review section and the registry additions, and loads them so that
 * the API answers with the new article; a proposal with a problem, a dry run, a name taken by another article and a
 * cross-site page write nothing; a load the database refuses puts every file back.
 */
class IngestAcceptIT extends ApplicationOnScratchProject {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String ARTICLE = InventedArticle.TEXT;
	private static final String NAME = "007_abcdef1234567890.txt";

	/** Another invented article: Duncan Baker, whom only R104 defines, moves to the registry. */
	private static final String OTHER_ARTICLE = """
			A charity has urged the region's mental health trust to publish its waiting list figures every month.

			North Norfolk MP Duncan Baker said families had waited too long for answers.

			"People deserve to know how long they will wait," said Mind spokeswoman Jane Holloway.
			""";
	private static final String OTHER_NAME = "008_1234abcd5678ef90.txt";

	@DynamicPropertySource
	static void project(DynamicPropertyRegistry registry) {
		register(registry, IngestAcceptIT.class);
	}

	@Test
	void acceptingWritesTheFilesAndTheGraphAnswersWithTheNewArticle() throws IOException {
		var before = project().files();
		var proposal = propose(ARTICLE, NAME);
		assertThat(proposal.get("problems")).isEmpty();
		assertThat(proposal.get("acceptable").asBoolean()).isTrue();
		assertThat(proposal.at("/registryAdditions/0/id").asText()).isEqualTo("norman-lamb");
		var fileName = proposal.get("fileName").asText();

		var accepted = post("/api/ingest/accept", "application/json", acceptBody(NAME, ARTICLE, proposal, proposal.get("yaml").asText()));

		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		assertThat(accepted.headers().firstValue("Location")).hasValue("/api/articles/article-abcdef12");
		var answer = accepted.json();
		assertThat(answer.get("fileName").asText()).isEqualTo(fileName);
		assertThat(answer.get("articleId").asText()).isEqualTo("article-abcdef12");
		assertThat(texts(answer.get("applied"))).contains(fileName);
		assertThat(texts(answer.get("written"))).containsExactly("data/articles/" + NAME, "data/facts/" + fileName,
				"data/facts/registry.yaml", "data/facts/R105__Article_4dedf428.yaml");

		// On disk: the article as sent, the fact file without its review section (each doubt stays on its fact),
		// the registry with one entry more at its end, and R105 without the definition the registry now holds.
		var after = project().files();
		assertThat(after.get("data/articles/" + NAME)).isEqualTo(ARTICLE);
		var factFile = after.get("data/facts/" + fileName);
		assertThat(factFile).doesNotContain("review:").doesNotContain("# Review first")
			.contains("ambiguity: \"\\\"he\\\" read as Norman Lamb\"")
			.startsWith("# Facts of data/articles/" + NAME);
		assertThat(after.get("data/facts/registry.yaml")).startsWith(before.get("data/facts/registry.yaml"))
			.endsWith("- id: norman-lamb\n  labels: [Person, MP]\n  name: \"Norman Lamb\"\n");
		assertThat(after.get("data/facts/R105__Article_4dedf428.yaml")).isEqualTo(before.get("data/facts/R105__Article_4dedf428.yaml")
			.replace("- id: norman-lamb\n  labels: [Person, MP]\n", "- id: norman-lamb\n").replace("  name: \"Norman Lamb\"\n  aliases: [\"Mr Lamb\"]", "  aliases: [\"Mr Lamb\"]"));
		var unchanged = new LinkedHashMap<>(after);
		List.of("data/articles/" + NAME, "data/facts/" + fileName, "data/facts/registry.yaml",
				"data/facts/R105__Article_4dedf428.yaml").forEach(unchanged::remove);
		var untouched = new LinkedHashMap<>(before);
		List.of("data/facts/registry.yaml", "data/facts/R105__Article_4dedf428.yaml").forEach(untouched::remove);
		assertThat(unchanged).isEqualTo(untouched);
		// The folder as the next start reads it: no problem anywhere.
		assertThat(FactSource.check("file:" + project().facts())).isEmpty();

		// The graph's API answers with the new article and its statements.
		assertThat(get("/api/articles").json().findValuesAsText("id")).contains("article-abcdef12");
		var statement = get("/api/entities/statement-abcdef12-02");
		assertThat(statement.status()).isEqualTo(200);
		assertThat(statement.json().at("/properties/text").asText()).isEqualTo("Patients and families deserve far better than this");
		assertThat(statement.json().at("/sources/0/article").asText()).isEqualTo("article-abcdef12");
		assertThat(get("/api/statements?speaker=norman-lamb").json().findValuesAsText("id")).contains("statement-abcdef12-02");

		// A correction of the accepted article keeps its file name and version and replaces what it loaded.
		var again = propose(ARTICLE, NAME);
		assertThat(again.get("fileName").asText()).isEqualTo(fileName);
		var corrected = again.get("yaml").asText().replace("  ambiguity: \"\\\"he\\\" read as Norman Lamb\"\n", "");
		assertThat(corrected).isNotEqualTo(again.get("yaml").asText());
		var correction = post("/api/ingest/accept", "application/json", acceptBody(NAME, ARTICLE, again, corrected));
		assertThat(correction.status()).as(correction.body()).isEqualTo(201);
		assertThat(texts(correction.json().get("written"))).containsExactly("data/facts/" + fileName);
		assertThat(texts(correction.json().get("applied"))).containsExactly(fileName);
		assertThat(get("/api/entities/statement-abcdef12-02").json().at("/properties").has("ambiguity")).isFalse();
		assertThat(project().files().keySet()).isEqualTo(after.keySet());
	}

	@Test
	void aProposalWithAProblemIsRefusedWithItsLineAndNothingIsWritten() {
		var proposal = propose(OTHER_ARTICLE, OTHER_NAME);
		var mentioned = "  mentioned: \"\\\"People deserve to know how long they will wait,\"";
		var yaml = proposal.get("yaml").asText().replace(mentioned, mentioned.replace("will wait", "must wait"));
		// A problem with an entity is told at its first line.
		var line = yaml.lines().toList().indexOf("- id: \"statement-1234abcd-02\"") + 1;
		assertThat(line).isPositive();
		var before = project().files();
		long nodes = nodes();

		var refused = post("/api/ingest/accept", "application/json", acceptBody(OTHER_NAME, OTHER_ARTICLE, proposal, yaml));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asText()).contains("nothing was written");
		// At the line of the text the curator sent, review section and all.
		assertThat(texts(refused.json().get("problems"))).singleElement().asString()
			.startsWith(proposal.get("fileName").asText() + ":" + line + ": ").contains("not found verbatim");
		assertThat(project().files()).isEqualTo(before);
		assertThat(nodes()).isEqualTo(nodes);
	}

	@Test
	void aDryRunAnswersTheProblemsAndWritesNothing() {
		var proposal = propose(OTHER_ARTICLE, OTHER_NAME);
		var before = project().files();

		var check = post("/api/ingest/accept?dryRun=true", "application/json",
				acceptBody(OTHER_NAME, OTHER_ARTICLE, proposal, proposal.get("yaml").asText()));
		assertThat(check.status()).as(check.body()).isEqualTo(200);
		assertThat(check.json().get("problems")).isEmpty();
		assertThat(texts(check.json().get("wouldWrite"))).contains("data/articles/" + OTHER_NAME,
				"data/facts/" + proposal.get("fileName").asText(), "data/facts/registry.yaml", "data/facts/R104__Article_60032d35.yaml");
		assertThat(check.json().at("/names/duncan-baker").asText()).isEqualTo("Duncan Baker");

		var edited = proposal.get("yaml").asText().replace("  to: \"statement-1234abcd-01\"", "  to: \"statement-1234abcd-09\"");
		var problems = post("/api/ingest/accept?dryRun=true", "application/json", acceptBody(OTHER_NAME, OTHER_ARTICLE, proposal, edited));
		assertThat(problems.status()).isEqualTo(200);
		assertThat(texts(problems.json().get("problems"))).anyMatch(p -> p.contains("'statement-1234abcd-09' is not among this article's entities"));

		assertThat(project().files()).isEqualTo(before);
		assertThat(get("/api/articles").json().findValuesAsText("id")).doesNotContain("article-1234abcd");
	}

	@Test
	void whenTheDatabaseRefusesTheArticleEveryFileIsPutBack() {
		var proposal = propose(OTHER_ARTICLE, OTHER_NAME);
		assertThat(proposal.get("problems")).isEmpty();
		var before = project().files();
		// A node someone made by hand holds the id the proposal gives its quotation: the unique constraint refuses it.
		project().driver().executableQuery("CREATE (:Statement {id: 'statement-1234abcd-02', madeBy: 'hand'})").execute();
		try {
			var refused = post("/api/ingest/accept", "application/json",
					acceptBody(OTHER_NAME, OTHER_ARTICLE, proposal, proposal.get("yaml").asText()));

			assertThat(refused.status()).as(refused.body()).isEqualTo(422);
			assertThat(refused.json().get("title").asText()).isEqualTo("The graph did not load the article");
			assertThat(refused.json().get("detail").asText()).contains(proposal.get("fileName").asText())
				.contains("statement-1234abcd-02").contains("put back").contains("loaded again");
			// Every file it wrote (article, fact file, registry, R104) is as it was, and the graph has none of it.
			assertThat(project().files()).isEqualTo(before);
			assertThat(FactSource.check("file:" + project().facts())).isEmpty();
			assertThat(get("/api/articles").json().findValuesAsText("id")).doesNotContain("article-1234abcd");
			assertThat(project().driver().executableQuery("MATCH (n {id: 'jane-holloway'}) RETURN count(n) AS n").execute()
				.records().get(0).get("n").asLong()).isZero();
		}
		finally {
			project().driver().executableQuery("MATCH (n:Statement {madeBy: 'hand'}) DELETE n").execute();
		}
	}

	@Test
	void anotherArticleOfTheSameNameIsNeverReplaced() {
		var proposal = propose(OTHER_ARTICLE, OTHER_NAME);
		var before = project().files();
		var curatedName = "000_d486f7aa1cc7f0da.txt";
		var refused = post("/api/ingest/accept", "application/json",
				acceptBody(curatedName, OTHER_ARTICLE, proposal, proposal.get("yaml").asText()));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asText()).contains("data/articles/" + curatedName).contains("another file name");
		assertThat(project().files()).isEqualTo(before);
	}

	@Test
	void aCrossSitePageCannotAccept() {
		var proposal = propose(OTHER_ARTICLE, OTHER_NAME);
		var before = project().files();
		var refused = post("/api/ingest/accept", "application/json",
				acceptBody(OTHER_NAME, OTHER_ARTICLE, proposal, proposal.get("yaml").asText()), "Origin", "http://evil.example");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("Cross-site request refused");
		assertThat(project().files()).isEqualTo(before);
		assertThat(get("/api/articles").json().findValuesAsText("id")).doesNotContain("article-1234abcd");
	}

	private JsonNode propose(String article, String name) {
		var response = post("/api/ingest?name=" + name, "text/plain; charset=UTF-8", article);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** The accept request as the review screen sends it: the proposal's registry additions, the yaml as edited. */
	private static String acceptBody(String name, String article, JsonNode proposal, String yaml) {
		var body = new LinkedHashMap<String, Object>();
		body.put("name", name);
		body.put("text", article);
		body.put("yaml", yaml);
		body.put("registryAdditions", proposal.get("registryAdditions"));
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long nodes() {
		return project().driver().executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
	}

	private static List<String> texts(JsonNode array) {
		var texts = new ArrayList<String>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}
}
