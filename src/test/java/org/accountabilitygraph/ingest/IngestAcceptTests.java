package org.accountabilitygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accountabilitygraph.FactFixture;
import org.accountabilitygraph.facts.FactSource;
import org.accountabilitygraph.facts.Registry;
import org.accountabilitygraph.load.GraphLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/**
 * Accepting without a database: the text edits made to the curated files (each read back and compared with what
 * it should mean), the files written and put back, and a dry run on a copy of the project's files.
 */
class IngestAcceptTests {

	private static final String ARTICLE = InventedArticle.TEXT;

	private static Proposal proposal() {
		var facts = FactSource.read("file:" + Path.of("data/facts").toAbsolutePath());
		return new Ingester(KnownEntities.of(facts, f -> true), new BreakIteratorSentences(), LocalDate.of(2026, 11, 30))
			.ingest("007_abcdef1234567890.txt", 106, ARTICLE.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void acceptingDropsTheReviewSectionAndTheProposalsHeaderAndNothingElse() {
		var yaml = proposal().yaml();
		assertThat(yaml).contains("review:\n- id: ").startsWith("# Proposed by tools/ingest");
		var accepted = FactFileEdits.accepted(yaml, "data/articles/007_abcdef1234567890.txt", "R106").orElseThrow();
		assertThat(accepted.text()).doesNotContain("review:").doesNotContain("# Proposed by").doesNotContain("# Review first")
			.startsWith("# Facts of data/articles/007_abcdef1234567890.txt").contains("the repeatable migration R106")
			.contains("ambiguity: \"\\\"he\\\" read as Norman Lamb\"");
		var original = new java.util.LinkedHashMap<>((Map<?, ?>) FactSource.parseYaml("x", yaml));
		original.remove("review");
		assertThat(FactSource.parseYaml("x", accepted.text())).isEqualTo(original);
		// A line of the accepted file is reported at the line of the proposal it came from.
		var acceptedLines = accepted.text().lines().toList();
		var proposalLines = yaml.lines().toList();
		int line = acceptedLines.indexOf("article:") + 1;
		assertThat(proposalLines.get(accepted.proposalLine(line) - 1)).isEqualTo("article:");
	}

	@Test
	void aReviewSectionThatLinesCannotCutOutIsLeftToTheCurator() {
		var flow = "{review: [{id: a, doubt: b}], article: {id: article-abcdef12}}\n";
		assertThat(FactFileEdits.accepted(flow, "data/articles/x.txt", "R106")).isEmpty();
		var none = "article:\n  id: \"article-abcdef12\"\n";
		assertThat(FactFileEdits.accepted(none, "data/articles/x.txt", "R106").orElseThrow().text()).isEqualTo(none);
		var comments = "review:\n- id: \"a\"\n  doubt: \"b\"\n# the article, as read\narticle:\n  id: \"article-abcdef12\"\n";
		assertThat(FactFileEdits.accepted(comments, "data/articles/x.txt", "R106").orElseThrow().text())
			.isEqualTo("# the article, as read\narticle:\n  id: \"article-abcdef12\"\n");
	}

	@Test
	void anEntityMovedToTheRegistryLosesOnlyItsLabelsAndNameInTheFileThatDefinedIt() throws IOException {
		var r105 = Files.readString(Path.of("data/facts/R105__Article_4dedf428.yaml"));
		var edited = FactFileEdits.withoutDefinition(r105, "norman-lamb").orElseThrow();
		var removed = new java.util.ArrayList<>(r105.lines().toList());
		edited.lines().forEach(removed::remove);
		assertThat(removed).containsExactly("  labels: [Person, MP]", "  name: \"Norman Lamb\"");
		assertThat(FactFileEdits.withoutDefinition(r105, "nobody-at-all")).isEmpty();
		// Written in a way the lines do not show (flow style): left to the curator, not half done.
		var flow = "entities:\n- {id: norman-lamb, labels: [Person], mentioned: \"x\", name: \"Norman Lamb\"}\n";
		assertThat(FactFileEdits.withoutDefinition(flow, "norman-lamb")).isEmpty();
	}

	@Test
	void registryAdditionsAreAppendedAfterTheCommentsAndEntriesThatAreThere() throws IOException {
		var registry = Files.readString(Path.of("data/facts/registry.yaml"));
		var entry = new Registry.Entry("norman-lamb", List.of("Person", "MP"), Map.of("name", "Norman Lamb"), 0);
		var text = FactFileEdits.registryWith(registry, List.of(entry), Map.of("norman-lamb", "Added for a test."));
		assertThat(text).startsWith(registry)
			.endsWith("# Added for a test.\n- id: norman-lamb\n  labels: [Person, MP]\n  name: \"Norman Lamb\"\n");
		var read = FactSource.readRegistry(text);
		assertThat(read.problems()).isEmpty();
		assertThat(read.value().entries().get("norman-lamb").labels()).containsExactly("Person", "MP");
		assertThat(read.value().entries()).hasSize(FactSource.readRegistry(registry).value().entries().size() + 1);
	}

	@Test
	void filesWrittenTogetherArePutBackTogether(@TempDir Path folder) throws IOException {
		var existing = Files.writeString(folder.resolve("registry.yaml"), "entities:\n- id: a\n");
		var fresh = folder.resolve("R106__Article_abcdef12.yaml");
		var changes = new FileChanges();
		changes.write(existing, "entities:\n- id: b\n");
		changes.write(fresh, "article: {}\n");
		assertThat(Files.readString(existing)).isEqualTo("entities:\n- id: b\n");
		assertThat(changes.written()).containsExactly(existing, fresh);
		changes.restore();
		assertThat(Files.readString(existing)).isEqualTo("entities:\n- id: a\n");
		assertThat(fresh).doesNotExist();
		try (var files = Files.list(folder)) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactly("registry.yaml"); // no temporary file left
		}
	}

	@Test
	void aDryRunOnACopyChecksTheProposalAsItWouldBeWrittenAndWritesNothing(@TempDir Path root) throws IOException {
		var facts = FactFixture.copy(root);
		// No database: a dry run never loads.
		var acceptor = new ProposalAcceptor("file:" + facts, new GraphLoader(null, "classpath:cypher/migrations", "file:" + facts));
		var proposal = proposal();
		var request = new ProposalAcceptor.Request("007_abcdef1234567890.txt", ARTICLE, proposal.yaml(), proposal.registryAdditions());
		var outcome = acceptor.accept(request, true);
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.fileName()).isEqualTo("R106__Article_abcdef12.yaml");
		assertThat(outcome.files()).containsExactly("data/articles/007_abcdef1234567890.txt", "data/facts/R106__Article_abcdef12.yaml",
				"data/facts/registry.yaml", "data/facts/R105__Article_4dedf428.yaml");
		assertThat(outcome.registryAdditions()).containsExactly("norman-lamb");
		assertThat(root.resolve("data/articles/007_abcdef1234567890.txt")).doesNotExist();
		assertThat(facts.resolve("R106__Article_abcdef12.yaml")).doesNotExist();

		// The article id and its source file name the files: an edit of either is a problem at its line.
		var renamed = proposal.yaml().replace("  sourceFile: \"data/articles/007_abcdef1234567890.txt\"",
				"  sourceFile: \"data/articles/other.txt\"");
		var problems = acceptor.accept(new ProposalAcceptor.Request("007_abcdef1234567890.txt", ARTICLE, renamed,
				proposal.registryAdditions()), true).problems();
		int line = renamed.lines().toList().indexOf("  sourceFile: \"data/articles/other.txt\"") + 1;
		assertThat(problems).anyMatch(p -> p.startsWith("R106__Article_abcdef12.yaml:" + line + ": article: 'sourceFile' must be"));

		// The project's jar cannot be written: refused before anything is read.
		var inJar = new ProposalAcceptor(FactSource.DEFAULT_LOCATION, null);
		assertThatExceptionOfType(AcceptRefusedException.class).isThrownBy(() -> inJar.accept(request, true))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT));
	}
}
