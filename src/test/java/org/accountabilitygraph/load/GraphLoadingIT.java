package org.accountabilitygraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.accountabilitygraph.FactFixture;
import org.accountabilitygraph.LoadedGraph;
import org.accountabilitygraph.ScratchDatabase;
import org.accountabilitygraph.facts.FactFileException;
import org.accountabilitygraph.startup.StartFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** Loading is idempotent and transactional per script, and the schema is in place. */
@ExtendWith(LoadedGraph.class)
class GraphLoadingIT {

	@Test
	void loadingTwiceOrReapplyingEveryScriptLeavesTheSameGraph() {
		try (var scratch = ScratchDatabase.borrow()) {
			var driver = scratch.driver();
			var loader = new GraphLoader(driver, LoadedGraph.SCRIPTS, LoadedGraph.FACTS);
			var first = loader.load();
			var firstHash = contentHash(driver);

			var second = loader.load(); // nothing changed: nothing to apply
			assertThat(second.scripts()).extracting(LoadReport.Script::state).containsOnly(LoadReport.UNCHANGED);
			assertThat(second.describe()).doesNotContain("applied");
			assertThat(second.counts()).isEqualTo(first.counts());
			assertThat(contentHash(driver)).isEqualTo(firstHash);

			// Forget what was applied, so every script runs again over the loaded graph (MERGE, not CREATE).
			driver.executableQuery("MATCH (m:__Neo4jMigration) DETACH DELETE m").execute();
			var third = loader.load();
			assertThat(third.scripts()).extracting(LoadReport.Script::state).containsOnly(LoadReport.APPLIED);
			assertThat(third.counts()).isEqualTo(first.counts());
			assertThat(contentHash(driver)).isEqualTo(firstHash);
			assertThat(first.counts().nodes()).isGreaterThan(100);
		}
	}

	@Test
	void anArticleTheDatabaseRefusesIsRolledBackAndNamedWithItsLineWhileEarlierArticlesStayApplied(@TempDir Path root)
			throws IOException {
		var facts = FactFixture.copy(root);
		try (var scratch = ScratchDatabase.borrow()) {
			var driver = scratch.driver();
			// A node someone made by hand holds an id that R103's file gives to another node.
			new GraphLoader(driver, LoadedGraph.SCRIPTS, "file:" + root.resolve("empty")).load();
			driver.executableQuery("CREATE (:Person {id: 'jonathan-warren'})").execute();
			var loader = new GraphLoader(driver, LoadedGraph.SCRIPTS, "file:" + facts);
			assertThatExceptionOfType(ScriptFailedException.class).isThrownBy(loader::load).satisfies(ex -> {
				assertThat(ex.script()).isEqualTo("R103__Article_e3fac681.yaml");
				assertThat(ex.databaseMessage()).contains("R103__Article_e3fac681.yaml:" + FactFixture.lineOf(facts
						.resolve("R103__Article_e3fac681.yaml"), "- id: jonathan-warren")).contains("jonathan-warren");
				assertThat(ex.getMessage()).contains("rolled back");
			});
			var articles = driver.executableQuery("MATCH (a:Article) RETURN a.id AS id ORDER BY id").execute()
				.records().stream().map(r -> r.get("id").asString()).toList();
			assertThat(articles).containsExactly("article-75db5818", "article-d486f7aa");
		}
	}

	@Test
	void aMalformedFactFileStopsTheLoadBeforeAnythingIsWrittenAndNamesItsLine(@TempDir Path root) throws IOException {
		var facts = FactFixture.copy(root);
		var file = facts.resolve("R102__Article_75db5818.yaml");
		Files.writeString(file, Files.readString(file).replace("- id: nsft\n", "- id: nsft\n  labels: [Bad label]\n"));
		int line = FactFixture.lineOf(file, "- id: nsft");
		try (var scratch = ScratchDatabase.borrow()) {
			var driver = scratch.driver();
			var loader = new GraphLoader(driver, LoadedGraph.SCRIPTS, "file:" + facts);
			assertThatExceptionOfType(FactFileException.class).isThrownBy(loader::load)
				.satisfies(ex -> assertThat(ex.problems()).extracting(Object::toString)
					.anyMatch(p -> p.startsWith("R102__Article_75db5818.yaml:" + line + ": ") && p.contains("Bad label")));
			assertThat(driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong())
				.isZero();
		}
	}

	@Test
	void reapplyingACorrectedFileLeavesExactlyWhatAFreshLoadLeaves(@TempDir Path root) throws IOException {
		var facts = FactFixture.copy(root);
		try (var scratch = ScratchDatabase.borrow()) {
			var driver = scratch.driver();
			var loader = new GraphLoader(driver, LoadedGraph.SCRIPTS, "file:" + facts);
			loader.load();
			var before = contentHash(driver);
			assertThat(driver.executableQuery("MATCH (s:Entity {id: 'statement-4dedf428-10'}) RETURN s.commitments AS c")
				.execute().records().get(0).get("c").asList()).containsExactly("We are determined to get things right.");
			// An alias that only this article gives a node that every article reports.
			FactFixture.replace(facts.resolve("R101__Article_d486f7aa.yaml"),
					"  aliases: [\"NSFT\", \"Norfolk and Suffolk Foundation Trust\", \"the region's mental health trust\"]",
					"  aliases: [\"NSFT\", \"the region's mental health trust\"]");
			// A statement, with its facts.
			FactFixture.removeEntity(facts.resolve("R104__Article_60032d35.yaml"), "statement-60032d35-01");
			// A statement's mark as a commitment.
			FactFixture.replace(facts.resolve("R105__Article_4dedf428.yaml"),
					"  commitments: [\"We are determined to get things right.\"]", "");
			// An entity only this article mentions, with its facts.
			FactFixture.removeEntity(facts.resolve("R102__Article_75db5818.yaml"), "agreement-nsft-campaign-to-work-together");
			loader.load();
			var corrected = contentHash(driver);
			assertThat(corrected).isNotEqualTo(before);
			assertThat(driver.executableQuery("MATCH (n:Entity {id: 'nsft'}) RETURN n.aliases AS a").execute()
				.records().get(0).get("a").asList()).containsExactly("NSFT", "the region's mental health trust");
			assertThat(driver.executableQuery("MATCH (n) WHERE n.id IN ['statement-60032d35-01', "
					+ "'agreement-nsft-campaign-to-work-together'] RETURN count(n) AS n").execute().records().get(0)
				.get("n").asLong()).isZero();
			assertThat(driver.executableQuery("MATCH (s:Statement) WHERE s.commitments IS NOT NULL RETURN s.id AS id")
				.execute().records()).extracting(r -> r.get("id").asString()).contains("statement-d486f7aa-03")
				.doesNotContain("statement-4dedf428-10");
			// A fresh load of the corrected files, into the same database emptied to a new one's state.
			scratch.empty();
			new GraphLoader(driver, LoadedGraph.SCRIPTS, "file:" + facts).load();
			assertThat(corrected).isEqualTo(contentHash(driver));
		}
	}

	@Test
	void onlyTheChangedRepeatableScriptIsReportedAsAppliedNow(@TempDir Path scripts) throws IOException {
		Files.writeString(scripts.resolve("R101__One.cypher"), "MERGE (a:Article {id: 'article-one'});\n");
		Files.writeString(scripts.resolve("R102__Two.cypher"), "MERGE (a:Article {id: 'article-two'});\n");
		try (var scratch = ScratchDatabase.borrow()) {
			var driver = scratch.driver();
			var loader = new GraphLoader(driver, "file:" + scripts.toAbsolutePath(), "file:" + scripts.resolve("no-facts"));
			assertThat(loader.load().scripts()).extracting(LoadReport.Script::state).containsOnly(LoadReport.APPLIED);
			Files.writeString(scripts.resolve("R102__Two.cypher"), "MERGE (a:Article {id: 'article-two'}) SET a.v = 2;\n");
			var report = loader.load();
			assertThat(report.scripts()).extracting(LoadReport.Script::file, LoadReport.Script::state).containsExactly(
					tuple("R101__One.cypher", LoadReport.UNCHANGED), tuple("R102__Two.cypher", LoadReport.APPLIED));
			assertThat(report.describe()).contains("R101__One.cypher  unchanged").contains("R102__Two.cypher  applied now");
		}
	}

	@Test
	void invalidUtf8IsRefusedWithTheFileLineAndByteBeforeAnythingIsLoaded(@TempDir Path scripts) throws IOException {
		Files.writeString(scripts.resolve("R101__Good.cypher"), "MERGE (a:Article {id: 'article-good'});\n");
		// "Zoë" saved as Latin-1: 0xEB is not UTF-8, and a lenient reader would load U+FFFD.
		var latin1 = "MERGE (a:Article {id: 'article-bad'})\nSET a.title = 'Zo\u00eb';\n".getBytes(StandardCharsets.ISO_8859_1);
		Files.write(scripts.resolve("R102__Latin1.cypher"), latin1);
		try (var scratch = ScratchDatabase.borrow()) {
			var driver = scratch.driver();
			var loader = new GraphLoader(driver, "file:" + scripts.toAbsolutePath(), "file:" + scripts.resolve("no-facts"));
			assertThatExceptionOfType(StartFailure.class).isThrownBy(loader::load).satisfies(ex -> {
				assertThat(ex.description()).contains("R102__Latin1.cypher").contains("not valid UTF-8")
					.contains("line 2, byte 18").contains("0xEB");
				assertThat(ex.action()).contains("UTF-8");
			});
			assertThat(driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n")
				.asLong()).isZero();
		}
	}

	@Test
	void everyLabelHasAUniqueIdConstraintAndSearchIndexesExist(Driver driver) {
		var labels = driver.executableQuery("""
				MATCH (n) WHERE NOT n:__Neo4jMigration UNWIND labels(n) AS label RETURN DISTINCT label""")
			.execute().records().stream().map(r -> r.get("label").asString()).toList();
		var constrained = driver.executableQuery("""
				SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
				WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS label""")
			.execute().records().stream().map(r -> r.get("label").asString()).toList();
		// Kind labels (:MP, :Trust, ...) ride on a constrained base label (:Person, :Organisation).
		var kindLabels = List.of("MP", "Trust", "Regulator", "Campaign", "GovernmentBody", "MediaOutlet",
				"PoliticalParty", "HealthBody", "PublicService", "Charity");
		assertThat(constrained).containsAll(labels.stream().filter(l -> !kindLabels.contains(l)).toList());
		var fulltext = driver.executableQuery("SHOW FULLTEXT INDEXES YIELD name RETURN name").execute()
			.records().stream().map(r -> r.get("name").asString()).toList();
		assertThat(fulltext).contains("entity_names", "statement_text", "fact_article");
		// The fact index finds exactly each article's facts, as a look at every relationship does.
		var byIndexAndByScan = driver.executableQuery("""
				MATCH (a:Article)
				CALL (a) {
				  CALL db.index.fulltext.queryRelationships('fact_article', '"' + a.id + '"') YIELD relationship
				  RETURN collect(elementId(relationship)) AS byIndex
				}
				CALL (a) { MATCH ()-[r]->() WHERE r.article = a.id AND NOT r:REPORTED_IN RETURN collect(elementId(r)) AS byScan }
				RETURN a.id AS article, a.factCount AS facts, byIndex, byScan""").execute().records();
		assertThat(byIndexAndByScan).hasSize(5).allSatisfy(r -> {
			assertThat(r.get("byIndex").asList()).as(r.get("article").asString()).hasSize(r.get("facts").asInt())
				.containsExactlyInAnyOrderElementsOf(r.get("byScan").asList());
		});
		// Aliases are a list property: a misspelling or another form of a name finds the one node.
		assertThat(search(driver, "entity_names", "Bellingham")).contains("zoe-billingham");
		assertThat(search(driver, "entity_names", "Matthew")).contains("matt-hancock");
		assertThat(search(driver, "statement_text", "Mid Staffs")).isNotEmpty();
	}

	private static List<String> search(Driver driver, String index, String words) {
		return driver.executableQuery("""
				CALL db.index.fulltext.queryNodes($index, $words) YIELD node RETURN node.id AS id""")
			.withParameters(java.util.Map.of("index", index, "words", words)).execute().records().stream()
			.map(r -> r.get("id").asString()).toList();
	}

	@Test
	void loadReportNamesEveryScriptAsApplied(LoadReport report) throws IOException {
		try (Stream<Path> files = Stream.concat(Files.list(Path.of("cypher/migrations")), Files.list(Path.of("data/facts")))) {
			var names = files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".cypher") || n.startsWith("R") && n.endsWith(".yaml")).toList();
			assertThat(report.scripts()).extracting(LoadReport.Script::file).containsExactlyInAnyOrderElementsOf(names);
		}
		assertThat(report.scripts()).allMatch(s -> s.state().equals(LoadReport.APPLIED));
		assertThat(report.describe()).contains("Nodes: ").contains(":Statement").contains(":SAID");
	}

	/** A digest of every node's labels and properties and every relationship, ignoring internal ids. */
	static String contentHash(Driver driver) {
		return GraphContent.of(driver).sha256();
	}
}
