package org.accountabilitygraph.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.accountabilitygraph.cli.CheckFacts;
import org.accountabilitygraph.facts.FactSet;
import org.accountabilitygraph.facts.FactSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The synthetic national graph: deterministic, accepted by the curators' checks, in the model's vocabulary, skewed. */
class NationalGeneratorTests {

	private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

	@TempDir
	Path root;

	private static NationalGenerator.Summary generate(Path out, long seed, int articles, long statements, int threads)
			throws IOException {
		return new NationalGenerator(new NationalGenerator.Options(seed, 54, 650, articles, statements, threads))
			.generate(out, false, QUIET);
	}

	@Test
	void theSameSeedGivesByteIdenticalFilesWhateverTheThreadsAndAnotherSeedOthers() throws IOException {
		generate(root.resolve("a"), 42, 150, 750, 1);
		generate(root.resolve("b"), 42, 150, 750, 2);
		generate(root.resolve("c"), 43, 150, 750, 2);
		var a = contents(root.resolve("a"));
		assertThat(a.size()).isEqualTo(3 + 2 * 150); // registry and two schemas, and a fact file and an article each
		assertThat(contents(root.resolve("b")).equals(a)).as("same seed, other threads: the same files").isTrue();
		var c = contents(root.resolve("c"));
		assertThat(c.get("data/facts/registry.yaml")).isNotEqualTo(a.get("data/facts/registry.yaml"));
		assertThat(c.keySet().stream().filter(a::containsKey).filter(n -> n.contains("Article_")).count()).isZero();
	}

	@Test
	void tools_checkArticleAcceptsAGenerationAndTheFilesMatchThePublishedSchemas() throws IOException {
		var summary = generate(root, 7, 200, 1000, 2);
		assertThat(summary.statements()).isEqualTo(1000);
		var out = new ByteArrayOutputStream();
		var stdout = System.out;
		int exit;
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			exit = new CommandLine(new CheckFacts()).execute("--facts", root.resolve("data/facts").toString());
		}
		finally {
			System.setOut(stdout);
		}
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK");
		assertThat(exit).isZero();

		// The published schemas, applied by another reader than the loader's.
		var schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
		var factFile = schemas.getSchema(SchemaLocation.of("file:data/facts/fact-file.schema.json"));
		var registry = schemas.getSchema(SchemaLocation.of("file:data/facts/registry.schema.json"));
		var yaml = new YAMLMapper();
		assertThat(registry.validate(yaml.readTree(root.resolve("data/facts/registry.yaml").toFile()))).isEmpty();
		try (var files = Files.list(root.resolve("data/facts"))) {
			for (var file : files.filter(f -> f.getFileName().toString().startsWith("R")).toList()) {
				assertThat(factFile.validate(yaml.readTree(file.toFile()))).as(file.toString()).isEmpty();
			}
		}
	}

	@Test
	void everyLabelAndRelationshipTypeIsTheModelsAndTheArticlesSayTheyAreSynthetic() throws IOException {
		generate(root, 3, 300, 1500, 2);
		var model = Files.readString(Path.of("cypher/MODEL.md"));
		var nodes = model.substring(model.indexOf("## Nodes"), model.indexOf("## Relationships"));
		var relationships = model.substring(model.indexOf("## Relationships"), model.indexOf("## Fact files"));
		var modelLabels = tokens(nodes, "`:([A-Z][A-Za-z]+)`");
		var modelTypes = tokens(relationships, "`([A-Z][A-Z_]+)`");
		var facts = read(root);
		var labels = new HashSet<String>();
		facts.registry().entries().values().forEach(e -> labels.addAll(e.labels()));
		facts.files().forEach(f -> f.entities().forEach(m -> labels.addAll(m.labels())));
		var types = facts.files().stream().flatMap(f -> f.facts().stream()).map(f -> f.type()).collect(Collectors.toSet());
		assertThat(modelLabels).containsAll(labels);
		assertThat(modelTypes).containsAll(types);
		assertThat(labels).contains("Person", "MP", "Organisation", "Trust", "Regulator", "Campaign", "PoliticalParty",
				"GovernmentBody", "MediaOutlet", "Constituency", "Inspection", "Decision", "Statement", "Event",
				"CallForAction", "Office", "Group", "Place", "MustDoAction");
		assertThat(types).contains("SAID", "ABOUT", "ON_BEHALF_OF", "LEADS", "RATED", "INSPECTED", "CONDUCTED", "CRITICISED",
				"CALLED_FOR", "REPRESENTS", "MEMBER_OF", "DECIDED", "HOLDS_OFFICE", "PUBLISHED");
		for (var file : facts.files()) {
			assertThat(file.article()).containsEntry("synthetic", true);
			assertThat(facts.articleText((String) file.article().get("sourceFile")).orElseThrow()).startsWith("Synthetic article");
		}
	}

	@Test
	void aFewSpeakersSayMostAndAFewTrustsDrawMostCriticism() throws IOException {
		generate(root, 5, 2000, 10_000, 2);
		var facts = read(root);
		var speakers = new HashMap<String, Integer>();
		var criticised = new HashMap<String, Integer>();
		var trusts = facts.registry().entries().values().stream().filter(e -> e.labels().contains("Trust"))
			.map(e -> e.id()).collect(Collectors.toSet());
		for (var file : facts.files()) {
			for (var fact : file.facts()) {
				if (fact.type().equals("SAID") && facts.registry().entries().containsKey(fact.from())) {
					speakers.merge(fact.from(), 1, Integer::sum);
				}
				if (fact.type().equals("CRITICISED") && trusts.contains(fact.to())) {
					criticised.merge(fact.to(), 1, Integer::sum);
				}
			}
		}
		long statements = facts.files().stream().flatMap(f -> f.entities().stream())
			.filter(m -> m.labels().contains("Statement")).count();
		assertThat(statements).isEqualTo(10_000);
		assertThat(trusts).hasSize(54);
		// The top tenth of the trusts draw more than half of the criticism of trusts.
		assertThat(share(criticised, 6)).isGreaterThan(0.5);
		// The top 5% of the named speakers say more than a third of what named speakers say.
		assertThat(share(speakers, speakers.size() / 20)).isGreaterThan(1 / 3.0);
		assertThat(speakers.size()).isGreaterThan(300);
	}

	@Test
	void aSmallShareOfStatementsAreCommitmentsMarkedWithTheirOwnWords() throws IOException {
		generate(root, 5, 200, 1000, 2);
		var statements = read(root).files().stream().flatMap(f -> f.entities().stream())
			.filter(m -> m.labels().contains("Statement")).toList();
		var committed = statements.stream().filter(m -> m.properties().containsKey("commitments")).toList();
		assertThat(committed.size()).isBetween(statements.size() / 100, statements.size() / 5);
		assertThat(committed).allSatisfy(m -> assertThat((List<?>) m.properties().get("commitments"))
			.allSatisfy(words -> assertThat((String) m.properties().get("text")).contains((String) words)));
	}

	@Test
	void aFolderThatIsNotEmptyIsRefusedUnlessForced() throws IOException {
		Files.writeString(root.resolve("notes.txt"), "mine");
		var generator = new NationalGenerator(new NationalGenerator.Options(1, 54, 650, 10, 20, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> generator.generate(root, false, QUIET))
			.withMessageContaining("not empty").withMessageContaining("--force");
		generator.generate(root, true, QUIET);
		// Forced again with fewer articles: no article of the earlier generation is left behind.
		new NationalGenerator(new NationalGenerator.Options(1, 54, 650, 5, 10, 1)).generate(root, true, QUIET);
		try (var files = Files.list(root.resolve("data/articles"))) {
			assertThat(files.count()).isEqualTo(5);
		}
		assertThat(root.resolve("notes.txt")).hasContent("mine");
	}

	private static double share(Map<String, Integer> counts, int top) {
		var sorted = counts.values().stream().sorted(Comparator.reverseOrder()).toList();
		double all = sorted.stream().mapToInt(Integer::intValue).sum();
		return sorted.subList(0, top).stream().mapToInt(Integer::intValue).sum() / all;
	}

	private static FactSet read(Path root) {
		var facts = FactSource.read("file:" + root.resolve("data/facts").toAbsolutePath());
		assertThat(facts.problems()).isEmpty();
		return facts;
	}

	private static Set<String> tokens(String text, String regex) {
		return Pattern.compile(regex).matcher(text).results().map(m -> m.group(1)).collect(Collectors.toCollection(HashSet::new));
	}

	/** Each file's path under {@code folder} and the SHA-256 of its bytes. */
	private static Map<String, String> contents(Path folder) throws IOException {
		var contents = new TreeMap<String, String>();
		try (var files = Files.walk(folder)) {
			for (var file : files.filter(Files::isRegularFile).toList()) {
				contents.put(folder.relativize(file).toString(), NationalGenerator.sha256(Files.readAllBytes(file)));
			}
		}
		return contents;
	}
}
