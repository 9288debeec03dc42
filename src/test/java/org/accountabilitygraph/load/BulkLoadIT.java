package org.accountabilitygraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.accountabilitygraph.ApplicationProcess;
import org.accountabilitygraph.FactFixture;
import org.accountabilitygraph.LoadedGraph;
import org.accountabilitygraph.ScratchDatabase;
import org.accountabilitygraph.facts.FactFileException;
import org.accountabilitygraph.facts.FactSource;
import org.accountabilitygraph.generate.NationalGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * A bulk load gives exactly the graph the normal load gives (GraphContent's SHA-256), with the same schema, into
 * the driver's database and into an embedded store; the application serves a bulk-loaded store.
 */
@ExtendWith(LoadedGraph.class)
class BulkLoadIT {

	private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

	@TempDir
	Path root;

	private Path generate(int articles) throws IOException {
		new NationalGenerator(new NationalGenerator.Options(11, 54, 650, articles, articles * 5L, 2)).generate(root, false, QUIET);
		return root.resolve("data/facts");
	}

	@Test
	void aBulkLoadOfAGenerationGivesTheGraphAndSchemaOfTheNormalLoadThroughTheDriverAndIntoAStore() throws Exception {
		var facts = "file:" + generate(60);
		try (var scratch = ScratchDatabase.borrow()) {
			var driver = scratch.driver();
			new GraphLoader(driver, LoadedGraph.SCRIPTS, facts).load();
			var normal = GraphContent.of(driver);
			var schema = schema(driver);

			scratch.empty();
			// 7 articles to a transaction: the batches split articles that share entities
			var report = new BulkLoader(BulkTarget.of(driver), 7, QUIET).load(facts);
			assertThat(GraphContent.of(driver).sha256()).isEqualTo(normal.sha256());
			assertThat(schema(driver)).isEqualTo(schema);
			assertThat(report.articles()).isEqualTo(60);
			assertThat(report.facts()).isEqualTo(normal.lines().size());

			try (var store = BulkTarget.embedded(root.resolve("store"), 64L << 20)) {
				new BulkLoader(store, BulkLoader.DEFAULT_BATCH, QUIET).load(facts);
				assertThat(GraphContent.of(((BulkTarget.Embedded) store).database()).sha256()).isEqualTo(normal.sha256());
			}
		}
	}

	@Test
	void aBulkLoadOfTheCuratedFilesGivesTheNormallyLoadedGraph(Driver loaded) throws Exception {
		try (var scratch = ScratchDatabase.borrow()) {
			new BulkLoader(BulkTarget.of(scratch.driver()), 2, QUIET).load(LoadedGraph.FACTS);
			assertThat(GraphContent.of(scratch.driver()).sha256()).isEqualTo(GraphContent.of(loaded).sha256());
		}
	}

	@Test
	void aMalformedFileOrADatabaseThatIsNotEmptyStopsTheBulkLoadBeforeAnythingIsWritten() throws Exception {
		var facts = FactFixture.copy(root);
		var file = facts.resolve("R102__Article_75db5818.yaml");
		Files.writeString(file, Files.readString(file).replace("- id: nsft\n", "- id: nsft\n  labels: [Bad label]\n"));
		try (var scratch = ScratchDatabase.borrow()) {
			var loader = new BulkLoader(BulkTarget.of(scratch.driver()), 10, QUIET);
			assertThatExceptionOfType(FactFileException.class).isThrownBy(() -> loader.load("file:" + facts))
				.satisfies(ex -> assertThat(ex.problems()).extracting(Object::toString)
					.anyMatch(p -> p.startsWith("R102__Article_75db5818.yaml:") && p.contains("Bad label")));
			assertThat(nodes(scratch.driver())).isZero();
			scratch.driver().executableQuery("CREATE (:Person {id: 'someone'})").execute();
			assertThatIllegalStateException().isThrownBy(() -> loader.load(LoadedGraph.FACTS)).withMessageContaining("not empty");
			assertThat(nodes(scratch.driver())).isEqualTo(1);
		}
	}

	@Test
	void theApplicationStartsOnABulkLoadedStoreWithoutItsOwnLoadAndAnswersForAGeneratedTrust() throws Exception {
		var facts = generate(30);
		var store = root.resolve("store");
		try (var target = BulkTarget.embedded(store, 64L << 20)) {
			new BulkLoader(target, BulkLoader.DEFAULT_BATCH, QUIET).load("file:" + facts);
		}
		var set = FactSource.read("file:" + facts);
		var trust = set.files().get(0).entities().stream()
			.filter(m -> set.registry().entries().containsKey(m.id()) && set.registry().entries().get(m.id()).labels().contains("Trust"))
			.findFirst().orElseThrow();
		var name = (String) set.registry().entries().get(trust.id()).properties().get("name");
		try (var app = ApplicationProcess.start(store, "--graph.load-on-start=false")) {
			app.awaitOutput("Ready.", ApplicationProcess.START);
			var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create("http://localhost:" + app.appPort + "/api/entities/" + trust.id())).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).contains(name).contains("Trust");
			app.signal("TERM");
			app.awaitExit(Duration.ofSeconds(30));
		}
	}

	/** Constraints and indexes, leaving out neo4j-migrations' own. */
	private static Set<List<Object>> schema(Driver driver) {
		var rows = driver.executableQuery("""
				SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
				RETURN name, type, entityType, labelsOrTypes, properties, owningConstraint IS NOT NULL AS constraint""")
			.execute().records();
		return rows.stream().map(r -> List.<Object>of(r.get("name").asString(), r.get("type").asString(),
				r.get("labelsOrTypes").isNull() ? List.of() : r.get("labelsOrTypes").asList(),
				r.get("properties").isNull() ? List.of() : r.get("properties").asList(), r.get("constraint").asBoolean()))
			.filter(row -> !row.get(0).toString().contains("Neo4jMigration") && !row.get(2).toString().contains("Neo4jMigration"))
			.collect(Collectors.toSet());
	}

	private static long nodes(Driver driver) {
		return driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
	}
}
