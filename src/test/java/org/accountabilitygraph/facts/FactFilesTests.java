package org.accountabilitygraph.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.accountabilitygraph.FactFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fact files are checked without a database, and each problem names its file and line. */
class FactFilesTests {

	@TempDir
	Path root;

	@Test
	void theCuratedFilesHaveNoProblems() {
		var facts = FactSource.read("file:" + Path.of("data/facts").toAbsolutePath());
		assertThat(facts.problems()).isEmpty();
		assertThat(facts.files()).hasSize(5);
	}

	/**
	 * The packaged jar ({@code java -jar}) reads the files and articles from inside itself, on several threads, and
	 * only the application's class loader sees in there: a thread whose context loader sees nothing must read all.
	 */
	@Test
	void thePackagedFilesAreReadWhateverTheThreadsClassLoader() throws Exception {
		var read = new java.util.concurrent.atomic.AtomicReference<FactSet>();
		var thread = new Thread(() -> read.set(FactSource.read(FactSource.DEFAULT_LOCATION)));
		thread.setContextClassLoader(new java.net.URLClassLoader(new java.net.URL[0], null));
		thread.start();
		thread.join();
		assertThat(read.get().problems()).isEmpty();
		assertThat(read.get().files()).hasSize(5);
	}

	@Test
	void aYamlSyntaxErrorIsReportedAtItsLine() throws IOException {
		var file = FactFixture.copy(root).resolve("R102__Article_75db5818.yaml");
		FactFixture.replace(file, "- id: nsft", "- id: nsft\n  aliases: [\"NSFT\"");
		assertThat(problems()).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("R102__Article_75db5818.yaml");
			assertThat(p.line()).isBetween(FactFixture.lineOf(file, "- id: nsft"), FactFixture.lineOf(file, "- id: nsft") + 3);
			assertThat(p.message()).contains("not valid YAML");
		});
	}

	@Test
	void evidenceThatTheArticleDoesNotContainIsReportedAtItsFact() throws IOException {
		var file = FactFixture.copy(root).resolve("R102__Article_75db5818.yaml");
		var evidence = "  evidence: \"New NSFT chief executive Michael Scott\"";
		int line = FactFixture.lineOf(file, evidence);
		FactFixture.replace(file, evidence, "  evidence: \"New NSFT chief executive Michael Scott, a former banker\"");
		assertThat(problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isBetween(line - 6, line);
			assertThat(p.message()).contains("not found verbatim").contains("former banker");
		});
	}

	@Test
	void aFactAboutAnUnlistedEntityOrWithABadTypeIsReported() throws IOException {
		var file = FactFixture.copy(root).resolve("R102__Article_75db5818.yaml");
		int first = FactFixture.append(file, """
				- type: CRITICISED
				  from: gary-page
				  to: someone-not-listed
				  evidence: "Mr Page"
				- type: criticised
				  from: gary-page
				  to: nsft
				  evidence: "Mr Page"
				""");
		assertThat(problems()).extracting(Problem::toString)
			.anyMatch(p -> p.startsWith("R102__Article_75db5818.yaml:" + first + ": ") && p.contains("someone-not-listed"))
			.anyMatch(p -> p.startsWith("R102__Article_75db5818.yaml:" + (first + 4) + ": ") && p.contains("UPPER_SNAKE_CASE"));
	}

	@Test
	void aRelationTheModelDoesNotListIsReportedAtItsFact() throws IOException {
		// an invented type would also be missing from the index an article's facts are read through
		// (cypher/load/0-fact-index.cypher)
		var file = FactFixture.copy(root).resolve("R102__Article_75db5818.yaml");
		int line = FactFixture.append(file, """
				- type: SACKED
				  from: gary-page
				  to: nsft
				  evidence: "Mr Page"
				""");
		assertThat(problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(line);
			assertThat(p.message()).contains("type").contains("enumeration").contains("INVOLVED");
		});
	}

	@Test
	void everyIndexOfFactsIsKnownByName() {
		// a start skips making them when all these names are online: a name missed would leave its index unmade
		assertThat(FactLoader.factIndexNames()).hasSize(FactLoader.factIndexes().size()).doesNotHaveDuplicates()
			.contains("fact_article", "said_by_speaker", "criticised_target_spanning");
	}

	@Test
	void aKeyTheLoaderDerivesIsRefusedInAFile() throws IOException {
		// a list key written by hand would be overwritten on loading, or sort a statement where it does not belong
		var file = FactFixture.copy(root).resolve("R102__Article_75db5818.yaml");
		int line = FactFixture.append(file, """
				- type: ABOUT
				  from: statement-75db5818-05
				  to: nsft
				  sortKey: "2000 first"
				  evidence: "Mr Page"
				""");
		assertThat(problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(line);
			assertThat(p.message()).contains("sortKey");
		});
	}

	@Test
	void theFactFilesSchemaTheFactIndexAndTheNetworksLinksListTheRelationsOfTheModel() throws IOException {
		var modelTypes = new TreeSet<>(FactFixture.modelRelationTypes());
		modelTypes.remove("REPORTED_IN");
		assertThat(modelTypes).hasSizeGreaterThan(30);

		var schema = new ObjectMapper().readTree(Path.of("data/facts/fact-file.schema.json").toFile());
		var schemaTypes = new TreeSet<String>();
		schema.at("/properties/facts/items/properties/type/enum").forEach(type -> schemaTypes.add(type.asText()));
		assertThat(schemaTypes).isEqualTo(modelTypes);

		var index = Files.readString(Path.of("cypher/load/0-fact-index.cypher"));
		var indexed = index.replaceAll("(?s).*FOR \\(\\)-\\[fact:([A-Z_|]+)\\]-\\(\\).*", "$1");
		assertThat(new TreeSet<>(List.of(indexed.split("\\|")))).isEqualTo(modelTypes);

		// the network's links: every relation but the statements' own
		var links = Files.readString(Path.of("cypher/queries/network-links.cypher"))
			.replaceAll("(?s).*-\\[fact:([A-Z_|]+)\\]->.*", "$1");
		var linkTypes = new TreeSet<>(modelTypes);
		linkTypes.removeAll(List.of("SAID", "ABOUT", "ON_BEHALF_OF"));
		assertThat(new TreeSet<>(List.of(links.split("\\|")))).isEqualTo(linkTypes);
	}

	@Test
	void aCommitmentMustBeWordsOfItsStatementAndOnlyAStatementHasOne() throws IOException {
		var file = FactFixture.copy(root).resolve("R105__Article_4dedf428.yaml");
		// words of the article, but not of this statement: the mark would say more than the statement
		FactFixture.replace(file, "  commitments: [\"We are determined to get things right.\"]",
				"  commitments: [\"We are determined to get things right.\", \"I hope he will agree to meet with me\"]");
		FactFixture.replace(file, "- id: nsft", "- id: nsft\n  commitments: [\"to get things right\"]");
		var statement = FactFixture.lineOf(file, "- id: statement-4dedf428-10");
		assertThat(problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
				"R105__Article_4dedf428.yaml:" + statement + ": statement statement-4dedf428-10: 'commitments' \"I hope he will "
						+ "agree to meet with me\" is not part of the statement's 'text': copy the words that make the promise from it",
				"R105__Article_4dedf428.yaml:" + FactFixture.lineOf(file, "- id: nsft") + ": entity nsft: 'commitments' marks "
						+ "the words of a promise in a :Statement's text; this entity is not a Statement");
	}

	@Test
	void aCommitmentThatIsNotInTheArticleIsReportedAtItsStatement() throws IOException {
		var file = FactFixture.copy(root).resolve("R104__Article_60032d35.yaml");
		var statement = FactFixture.lineOf(file, "- id: statement-60032d35-06");
		FactFixture.replace(file, "  commitments: [\"You will be - that’s a promise.\"]", "  commitments: [\"You will be, I promise.\"]");
		assertThat(problems()).extracting(Problem::line).containsOnly(statement);
		assertThat(problems()).extracting(Problem::message).anyMatch(m -> m.contains("not found verbatim") && m.contains("I promise"));
	}

	@Test
	void valuesOfTheWrongKindAreReportedNotThrown() throws IOException {
		var file = FactFixture.copy(root).resolve("R102__Article_75db5818.yaml");
		FactFixture.replace(file, "  id: \"article-75db5818\"", "  id: 75");
		FactFixture.replace(file, "  sourceFile: \"data/articles/001_75db581849e44bd5.txt\"", "  sourceFile: [1, 2]");
		assertThat(problems()).extracting(Problem::message)
			.anyMatch(m -> m.contains("'id' must be a slug"))
			.anyMatch(m -> m.contains("'sourceFile' is required"));
	}

	@Test
	void anEntityTwoArticlesMentionMustBeInTheRegistryAndTheyMustAgree() throws IOException {
		var facts = FactFixture.copy(root);
		var registry = facts.resolve("registry.yaml");
		var text = Files.readString(registry);
		// Without its registry entry, the campaign is defined by nobody; with it, a disagreement needs settling.
		Files.writeString(registry, text.replaceFirst("(?s)- id: campaign-to-save-mental-health-services\n.*?(?=\n- id:)", "")
			.replace("\n\n", "\n"));
		assertThat(problems()).extracting(Problem::message)
			.anyMatch(m -> m.contains("'campaign-to-save-mental-health-services' is mentioned by 3 articles"));
		Files.writeString(registry, text);
		FactFixture.replace(facts.resolve("R104__Article_60032d35.yaml"), "- id: nsft", "- id: nsft\n  description: \"a trust\"");
		FactFixture.replace(facts.resolve("R105__Article_4dedf428.yaml"), "- id: nsft", "- id: nsft\n  description: \"the trust\"");
		assertThat(problems()).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("R105__Article_4dedf428.yaml");
			assertThat(p.message()).contains("description").contains("settle it in registry.yaml");
		});
	}

	@Test
	void aFileThatIsNotUtf8IsReportedWithTheLineOfTheBadByte() throws IOException {
		var file = FactFixture.copy(root).resolve("R102__Article_75db5818.yaml");
		var bytes = Files.readAllBytes(file);
		int line = FactFixture.lineOf(file, "- id: nsft");
		int offset = Files.readString(file).indexOf("- id: nsft");
		bytes[offset + 2] = (byte) 0xC3; // a lead byte followed by an ASCII character: not UTF-8
		Files.write(file, bytes);
		assertThat(problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(line);
			assertThat(p.message()).contains("not UTF-8");
		});
	}

	@Test
	void aChangeToAnAliasChangesTheChecksumOfEveryArticleThatMentionsTheEntityAndOnlyThose() throws IOException {
		var folder = FactFixture.copy(root);
		var before = checksums();
		FactFixture.replace(folder.resolve("R101__Article_d486f7aa.yaml"), "  aliases: [\"Matthew Hancock\"]", "  aliases: []");
		var after = checksums();
		// Matt Hancock is mentioned by R101, R104 and R105.
		for (var version : List.of("R101", "R104", "R105")) {
			assertThat(after.get(version)).as(version).isNotEqualTo(before.get(version));
		}
		for (var version : List.of("R102", "R103")) {
			assertThat(after.get(version)).as(version).isEqualTo(before.get(version));
		}
	}

	@Test
	void aSharedEntityGetsTheRegistrysNameAndTheAliasesOfEveryArticleInOrder() {
		var facts = FactSource.read("file:" + Path.of("data/facts").toAbsolutePath());
		var r102 = facts.files().stream().filter(f -> f.version().equals("R102")).findFirst().orElseThrow();
		@SuppressWarnings("unchecked")
		var entities = (List<Map<String, Object>>) facts.parameters(r102).get("entities");
		var nsft = entities.stream().filter(e -> e.get("id").equals("nsft")).findFirst().orElseThrow();
		assertThat(nsft.get("labels")).isEqualTo(List.of("Entity", "Organisation", "Trust"));
		@SuppressWarnings("unchecked")
		var properties = (Map<String, Object>) nsft.get("properties");
		assertThat(properties).containsEntry("name", "Norfolk and Suffolk NHS Foundation Trust")
			.containsEntry("aliases", List.of("NSFT", "Norfolk and Suffolk Foundation Trust", "the region's mental health trust"));
	}

	private List<Problem> problems() {
		return FactSource.check("file:" + root.resolve("data/facts"));
	}

	private Map<String, String> checksums() {
		var facts = FactSource.read("file:" + root.resolve("data/facts"));
		var sums = new java.util.HashMap<String, String>();
		facts.files().forEach(f -> sums.put(f.version(), facts.checksum(f)));
		return sums;
	}
}
