package org.accountabilitygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accountabilitygraph.facts.FactSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The proposal is a fact file the project's own checks accept, against the real registry and files. */
class IngestProposalTests {

	private static final String LOCATION = "file:" + Path.of("data/facts").toAbsolutePath();
	private static final String ARTICLE = """
			A Norfolk campaign has called for an inquiry into waiting times at the county's mental health trust.

			The Campaign to Save Mental Health Services in Norfolk and Suffolk wrote to the Care Quality Commission (CQC) in 2023, two years ago.

			Campaigner Ruth Mason said: 'Families are waiting months for a first appointment.

			'Nobody at the trust has answered our letter.'

			A spokeswoman for Norfolk and Suffolk NHS Foundation Trust (NSFT) said it was recruiting more staff.

			The trust was placed into special measures in 2024 following an inspection by the Care Quality Commission.

			Campaigners will protest outside its offices in Norwich on December 17.
			""";

	private static Proposal proposal;

	@BeforeAll
	static void ingest() {
		var set = FactSource.read(LOCATION);
		var known = KnownEntities.of(set, f -> true);
		proposal = new Ingester(known, new BreakIteratorSentences(), LocalDate.of(2026, 11, 30))
			.ingest("106_0123456789abcdef.txt", 106, ARTICLE.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theProposalPassesTheChecksOfToolsCheckArticle() {
		assertThat(proposal.fileName()).isEqualTo("R106__Article_01234567.yaml");
		assertThat(FactSource.checkProposal(LOCATION, proposal.fileName(), proposal.yaml(), proposal.registryAdditions(), ARTICLE)).isEmpty();
	}

	@Test
	void evidenceThatIsNotInTheArticleIsCaughtByTheSameChecks() {
		var tampered = proposal.yaml().replace("Families are waiting months", "Families are waiting years");
		assertThat(FactSource.checkProposal(LOCATION, proposal.fileName(), tampered, proposal.registryAdditions(), ARTICLE))
			.anyMatch(p -> p.message().contains("not found verbatim"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void knownNamesResolveToTheGraphsIdsAndTheSpeakersAreCredited() {
		var entities = (List<Map<String, Object>>) proposal.factFile().get("entities");
		assertThat(entities).extracting(e -> e.get("id")).contains("campaign-to-save-mental-health-services", "cqc", "nsft", "ruth-mason");
		var facts = (List<Map<String, Object>>) proposal.factFile().get("facts");
		assertThat(facts).filteredOn(f -> f.get("type").equals("SAID")).extracting(f -> f.get("from"))
			.contains("ruth-mason", "spokeswoman-for-norfolk-and-suffolk-nhs-foundation-trust-01234567");
		assertThat(facts).filteredOn(f -> f.get("type").equals("ON_BEHALF_OF")).extracting(f -> f.get("to")).containsExactly("nsft");
		var quote = entities.stream().filter(e -> "quote".equals(e.get("kind"))).findFirst().orElseThrow();
		assertThat(quote.get("text")).isEqualTo("Families are waiting months for a first appointment. Nobody at the trust has answered our letter.");
	}

	@Test
	void theDateIsInferredWithItsReasoningAndItsAssumptionIsUnderReview() {
		assertThat(proposal.yaml()).startsWith("# Proposed by tools/ingest");
		assertThat(proposal.yaml().indexOf("review:")).isLessThan(proposal.yaml().indexOf("article:"));
		var article = (Map<String, Object>) proposal.factFile().get("article");
		assertThat(article).containsEntry("date", "2025").containsEntry("datePrecision", "year")
			.containsEntry("sourceFile", "data/articles/106_0123456789abcdef.txt");
		assertThat(proposal.review()).anyMatch(r -> r.get("id").equals("article-01234567") && String.valueOf(r.get("doubt")).contains("2 years ago"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void eventsAndDecisionsAreProposedWithTheirDoubtsUnderReview() {
		var entities = (List<Map<String, Object>>) proposal.factFile().get("entities");
		var facts = (List<Map<String, Object>>) proposal.factFile().get("facts");
		var decision = entities.stream().filter(e -> List.of("Decision").equals(e.get("labels"))).findFirst().orElseThrow();
		assertThat(decision).containsEntry("id", "special-measures-nsft-2024").containsEntry("kind", "special-measures")
			.containsEntry("outcome", "placed").containsEntry("date", "2024");
		var protest = entities.stream().filter(e -> List.of("Event").equals(e.get("labels")) && "protest".equals(e.get("kind"))).findFirst().orElseThrow();
		assertThat(protest).containsEntry("status", "planned").containsEntry("date", "2025-12-17");
		assertThat(facts).anyMatch(f -> f.get("type").equals("CONCERNS") && f.get("from").equals("special-measures-nsft-2024") && f.get("to").equals("nsft"))
			.anyMatch(f -> f.get("type").equals("ORGANISED") && f.get("from").equals("campaign-to-save-mental-health-services")
					&& f.get("to").equals(protest.get("id")));
		// the inspection it followed is not in the proposal, and "Campaigners" was read as the campaign: both to review
		assertThat(proposal.review()).anyMatch(r -> r.get("id").equals("special-measures-nsft-2024") && String.valueOf(r.get("doubt")).contains("inspection"))
			.anyMatch(r -> r.get("id").equals(protest.get("id")) && String.valueOf(r.get("doubt")).contains("\"Campaigners\" read as"));
	}

	@Test
	void aDecisionAnotherArticleAlreadyHasGetsAnIdOfItsOwnAndADoubtNamingTheOther() {
		var text = """
				The mental health trust has struggled for years.

				Norfolk and Suffolk NHS Foundation Trust (NSFT) was placed into special measures in 2015.
				""";
		var set = FactSource.read(LOCATION);
		var other = new Ingester(KnownEntities.of(set, f -> true), new BreakIteratorSentences(), LocalDate.of(2026, 11, 30))
			.ingest("107_fedcba9876543210.txt", 107, text.getBytes(StandardCharsets.UTF_8));
		assertThat(FactSource.checkProposal(LOCATION, other.fileName(), other.yaml(), other.registryAdditions(), text)).isEmpty();
		assertThat(other.yaml()).contains("- id: \"special-measures-nsft-2015-2\"");
		assertThat(other.review()).anyMatch(r -> r.get("id").equals("special-measures-nsft-2015-2")
				&& String.valueOf(r.get("doubt")).contains("another article's file has special-measures-nsft-2015"));
	}
}
