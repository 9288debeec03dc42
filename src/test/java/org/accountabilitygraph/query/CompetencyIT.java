package org.accountabilitygraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountabilitygraph.LoadedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The competency questions, answered through the named queries of {@code cypher/queries/} over the
 * real scripts, asserting the answers the articles give.
 */
@ExtendWith(LoadedGraph.class)
@SuppressWarnings("unchecked")
class CompetencyIT {

	private final NamedQueries queries;
	private final Driver driver;

	CompetencyIT(Driver driver) {
		this.queries = new NamedQueries(driver, LoadedGraph.QUERY_TIMEOUT);
		this.driver = driver;
	}

	private List<Map<String, Object>> run(String name, Object... keysAndValues) {
		var parameters = new HashMap<String, Object>();
		if (NamedQueries.text(name).contains("$skip")) {
			// the first page, as large as the API's pages go: every row of the curated graph
			parameters.put("skip", 0);
			parameters.put("limit", PageRequest.MAX_SIZE);
		}
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return queries.run(name, parameters);
	}

	@Test
	void theNetworksLinksCountEveryAttestationAndKeepTheOldestOnes() {
		var ids = driver.executableQuery("MATCH (n:Entity) WHERE NOT n:Statement AND NOT n:Article RETURN n.id AS id")
			.execute().records().stream().map(r -> r.get("id").asString()).toList();
		var rows = run("network-links", "ids", ids, "article", null, "perLink", 1);
		assertThat(rows).isNotEmpty().allSatisfy(row -> {
			var attested = list(row.get("attested"));
			// the count is every relationship of that type between the two, the one kept the oldest article's
			var all = driver.executableQuery("""
					MATCH (:Entity {id: $source})-[r:$($type)]->(:Entity {id: $target})
					RETURN r.articleSortDate AS date ORDER BY date""")
				.withParameters(Map.of("source", row.get("source"), "target", row.get("target"), "type", row.get("type")))
				.execute().records();
			assertThat(((Number) row.get("attestations")).intValue()).as(row.toString()).isEqualTo(all.size());
			assertThat(attested).hasSize(1);
			assertThat(attested.get(0).get("articleSortDate")).isEqualTo(all.get(0).get("date").asString());
		});
		assertThat(rows).as("a relation stated several times").anySatisfy(row ->
			assertThat(((Number) row.get("attestations")).intValue()).isGreaterThan(1));
	}

	/** The article and evidence a row (or a part of one) cites: the named queries return them as {@code source}. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> source(Map<String, Object> row) {
		return (Map<String, Object>) row.get("source");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@Test
	void q1LeadershipOfNsftInTimeOrderWithTheArticleThatAttestsEachRole() {
		var rows = run("q1-leadership", "organisation", "nsft", "sources", 20);
		assertThat(rows).extracting(r -> r.get("person") + ": " + r.get("role")).containsExactlyInAnyOrder(
				"michael-scott: chief executive", "gary-page: chair", "antek-lejk: chief executive",
				"jonathan-warren: chief executive", "zoe-billingham: chair", "cath-byford: deputy chief executive",
				"alex-lewis: chief medical director");
		var order = rows.stream().map(r -> (String) r.get("person")).distinct().toList();
		assertThat(order.subList(0, 2)).containsExactlyInAnyOrder("michael-scott", "gary-page");
		assertThat(order.subList(2, 4)).containsExactly("antek-lejk", "jonathan-warren");
		assertThat(order.subList(4, 7)).containsExactlyInAnyOrder("zoe-billingham", "cath-byford", "alex-lewis");
		var lejk = rows.stream().filter(r -> r.get("person").equals("antek-lejk")).findFirst().orElseThrow();
		assertThat(list(lejk.get("sources"))).extracting(s -> s.get("article"))
			.containsExactlyInAnyOrder("article-d486f7aa", "article-4dedf428");
		assertThat(lejk.get("attestations")).isEqualTo(2L);
		assertThat(lejk.get("when")).isEqualTo("2018");
		assertThat(list(rows.get(0).get("sources"))).allSatisfy(s -> assertThat((String) s.get("evidence")).isNotBlank());
	}
	@Test
	void q2InspectionsAndSpecialMeasuresOfNsftInTimeOrder() {
		var rows = run("q2-inspections", "organisation", "nsft", "sources", 20);
		assertThat(rows).extracting(r -> r.get("id")).containsSubsequence("cqc-inspection-nsft-2015",
				"special-measures-nsft-2016", "special-measures-nsft-2017", "cqc-inspection-nsft-2018",
				"cqc-inspection-nsft-2019", "cqc-inspection-nsft-2022");
		assertThat(row(rows, "special-measures-nsft-2015").get("outcome")).isEqualTo("placed");
		assertThat(row(rows, "special-measures-nsft-2016").get("outcome")).isEqualTo("removed");
		assertThat(row(rows, "special-measures-nsft-2017").get("outcome")).isEqualTo("placed-back");
		assertThat(ratings(row(rows, "cqc-inspection-nsft-2015"))).containsEntry("overall", "inadequate");
		assertThat(ratings(row(rows, "cqc-inspection-nsft-2018"))).containsEntry("overall", "inadequate");

		var inspection2019 = row(rows, "cqc-inspection-nsft-2019");
		assertThat(inspection2019).containsEntry("date", "2019-10-07").containsEntry("endDate", "2019-11-06");
		assertThat(ratings(inspection2019)).containsExactlyInAnyOrderEntriesOf(Map.of("overall",
				"requires improvement", "safe", "requires improvement", "responsive", "requires improvement",
				"effective", "requires improvement", "well-led", "requires improvement", "caring", "good"));
		var mustDo = list(inspection2019.get("mustDo"));
		assertThat(mustDo).hasSize(5).allSatisfy(action -> assertThat((List<?>) action.get("services")).isNotEmpty());
		assertThat(mustDo.get(0).get("text").toString()).startsWith("Ensure the internal and external environments");

		var remains = row(rows, "special-measures-nsft-2019");
		assertThat(remains.get("outcome")).isEqualTo("remains");
		assertThat((List<Object>) remains.get("actors")).contains("ted-baker");
		assertThat(row(rows, "cqc-inspection-nsft-2022").get("status")).isEqualTo("planned");
	}

	@Test
	void q5PoliticiansWithConstituencyPartyAndOffice() {
		var rows = run("q5-politicians", "attestations", 50);
		assertThat(rows).extracting(r -> r.get("politician")).contains("norman-lamb", "duncan-baker", "chloe-smith",
				"clive-lewis", "matt-hancock", "gillian-keegan").doesNotContain("ted-baker");
		assertThat(ids(row(rows, "norman-lamb", "politician").get("constituencies"))).containsExactly("north-norfolk");
		assertThat(ids(row(rows, "norman-lamb", "politician").get("parties"))).containsExactly("liberal-democrats");
		assertThat(list(row(rows, "norman-lamb", "politician").get("offices")))
			.anySatisfy(o -> assertThat(o).containsEntry("id", "health-minister").containsEntry("status", "former"));
		assertThat(ids(row(rows, "duncan-baker", "politician").get("constituencies"))).containsExactly("north-norfolk");
		assertThat(ids(row(rows, "duncan-baker", "politician").get("parties"))).containsExactly("conservative-party");
		assertThat(ids(row(rows, "chloe-smith", "politician").get("constituencies"))).containsExactly("norwich-north");
		assertThat(ids(row(rows, "chloe-smith", "politician").get("parties"))).containsExactly("conservative-party");
		assertThat(ids(row(rows, "clive-lewis", "politician").get("parties"))).containsExactly("labour-party");
		var hancock = list(row(rows, "matt-hancock", "politician").get("offices"));
		assertThat(hancock).filteredOn(o -> o.get("id").equals("secretary-of-state-for-health-and-social-care"))
			.extracting(o -> o.get("status") + "@" + source(o).get("article"))
			.contains("current@article-d486f7aa", "current@article-4dedf428", "former@article-60032d35");
		assertThat(ids(row(rows, "matt-hancock", "politician").get("constituencies"))).containsExactly("suffolk");
		assertThat(ids(row(rows, "gillian-keegan", "politician").get("offices")))
			.containsExactly("minister-for-mental-health-and-care");
	}

	@Test
	void q3WhoCriticisedNsftItsBoardAndItsInspections() {
		var rows = run("q3-criticism", "target", "nsft", "critic", null, "from", null, "to", null);
		assertThat(rows).extracting(r -> r.get("critic")).contains("campaign-to-save-mental-health-services",
				"norman-lamb", "duncan-baker", "clive-lewis", "nsft-doctors-letter-signatories-2022",
				"former-nsft-consultant-60032d35", "nick-fulcher");
		// Criticism of the rating (the 2019 inspection) and of the board counts as criticism of the trust.
		assertThat(rows).filteredOn(r -> r.get("critic").equals("nick-fulcher"))
			.extracting(r -> r.get("target")).containsExactly("cqc-inspection-nsft-2019");
		assertThat(rows).filteredOn(r -> r.get("critic").equals("campaign-to-save-mental-health-services"))
			.extracting(r -> r.get("target")).contains("nsft", "nsft-board-and-senior-management");
		var doctors = row(rows, "nsft-doctors-letter-signatories-2022", "critic");
		assertThat((String) doctors.get("statement")).contains("\"unsafe\"");
		assertThat((String) source(doctors).get("evidence")).contains("140 of its doctors");

		// whom one critic criticised: the campaign, of NSFT (and its board) and of Matt Hancock among others
		var byCampaign = run("q3-criticism", "target", null, "critic", "campaign-to-save-mental-health-services", "from", null, "to", null);
		assertThat(byCampaign).isNotEmpty().allSatisfy(r -> assertThat(r.get("critic")).isEqualTo("campaign-to-save-mental-health-services"));
		assertThat(byCampaign).extracting(r -> r.get("target")).contains("nsft", "matt-hancock");
		assertThat(run("q3-criticism", "target", "nsft", "critic", "campaign-to-save-mental-health-services", "from", null, "to", null))
			.extracting(r -> r.get("target")).contains("nsft").doesNotContain("matt-hancock");

		var ofHancock = run("q3-criticism", "target", "matt-hancock", "critic", null, "from", null, "to", null);
		assertThat(ofHancock).singleElement().satisfies(r -> {
			assertThat(r.get("critic")).isEqualTo("campaign-to-save-mental-health-services");
			assertThat((String) source(r).get("evidence")).contains("He didn't even reply.");
		});
	}

	@Test
	void q4EveryQuotationWithSpeakerOrganisationSubjectArticleAndDate() {
		var all = run("q4-who-said-what", "speaker", null, "about", null, "from", null, "to", null);
		assertThat(all).hasSizeGreaterThanOrEqualTo(30);
		assertThat(all).allSatisfy(r -> {
			assertThat((String) r.get("text")).isNotBlank();
			assertThat(r.get("kind")).isIn("quote", "reported");
			assertThat((String) source(r).get("article")).startsWith("article-");
			assertThat((String) source(r).get("evidence")).isNotBlank();
			assertThat((String) source(r).get("title")).isNotBlank();
		});
		var campaign = statement(all, "The mental health Mid Staffs must be stopped.");
		assertThat(campaign).containsEntry("speaker", "campaign-spokesperson-d486f7aa").containsEntry("anonymous", true)
			.containsEntry("kind", "quote");
		assertThat(source(campaign)).containsEntry("article", "article-d486f7aa");
		assertThat((List<Object>) campaign.get("onBehalfOf")).containsExactly("campaign-to-save-mental-health-services");

		var damning = statement(all, "which Mr Lamb said was 'damning'");
		assertThat(damning).containsEntry("speaker", "norman-lamb").containsEntry("kind", "reported");
		assertThat(ids(damning.get("about"))).contains("cqc-inspection-nsft-2018");

		assertThat(statement(all, "declined to comment specifically on Mr Lamb's letter"))
			.containsEntry("speaker", "trust-spokesperson-4dedf428").containsEntry("kind", "reported");
		assertThat(statement(all, "I felt that if I did not leave the job it would kill me."))
			.containsEntry("speaker", "former-nsft-consultant-60032d35").containsEntry("when", "2022");
		assertThat(statement(all, "At this inspection, we found")).containsEntry("speaker", "ted-baker")
			.containsEntry("when", "2019-11-06/..");
		assertThat(statement(all, "Good to talk to many of our hard-working")).containsEntry("speaker", "zoe-billingham")
			.satisfies(r -> assertThat((List<Object>) r.get("madeIn")).containsExactly("tweet-zoe-billingham-2022"));
		assertThat(statement(all, "I attended a meeting on Friday, November 30 in Sheringham"))
			.containsEntry("when", "2018-12-06")
			.satisfies(r -> assertThat((List<Object>) r.get("madeIn")).containsExactly("letter-lamb-to-hancock-2018-12-06"));

		var lamb = run("q4-who-said-what", "speaker", "norman-lamb", "about", null, "from", null, "to", null);
		// 7: the lead's 'felt they have been let down' names no source, so it is no longer counted as his
		assertThat(lamb).hasSize(7).allSatisfy(r -> assertThat(r.get("speaker")).isEqualTo("norman-lamb"));
		var aboutHancock = run("q4-who-said-what", "speaker", null, "about", "matt-hancock", "from", null, "to", null);
		assertThat(aboutHancock).extracting(r -> r.get("speaker")).contains("norman-lamb", "campaign-spokesperson-d486f7aa");

		// A date range keeps what may fall in it: 2022 statements only, not the 2018 ones.
		var in2022 = run("q4-who-said-what", "speaker", null, "about", null, "from", "2022-01-01", "to", "2022-12-31");
		assertThat(in2022).extracting(r -> source(r).get("article")).containsOnly("article-60032d35", "article-e3fac681");
		var before2016 = run("q4-who-said-what", "speaker", null, "about", null, "from", null, "to", "2015-12-31");
		// ... and before 2016: the 2015 article's, and the campaign's 2014 letter reported in 2018.
		assertThat(before2016).extracting(r -> source(r).get("article")).containsOnly("article-75db5818", "article-d486f7aa");
		assertThat(before2016).filteredOn(r -> "article-d486f7aa".equals(source(r).get("article")))
			.singleElement().satisfies(r -> assertThat(r.get("when")).isEqualTo("2014"));
	}

	@Test
	void q6WhoCalledForWhat() {
		var rows = run("q6-calls-for-action", "caller", null, "concerning", null, "from", null, "to", null);
		assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("caller", "duncan-baker")
			.satisfies(c -> assertThat((String) c.get("action")).contains("special administration")));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("caller", "clive-lewis")
			.containsEntry("action", "the government to step in"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("caller", "norfolk-and-suffolk-mps")
			.containsEntry("action", "placed into special administration").containsEntry("date", "2018"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("caller", "campaign-to-save-mental-health-services")
			.satisfies(c -> assertThat((String) c.get("action")).startsWith("sack the Board and senior management of NSFT"))
			.satisfies(c -> assertThat((List<Object>) c.get("addressedTo")).containsExactly("matt-hancock")));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("caller", "norman-lamb")
			.satisfies(c -> assertThat((String) c.get("action")).startsWith("meet with his constituents"))
			.satisfies(c -> assertThat((List<Object>) c.get("addressedTo")).containsExactly("matt-hancock")));
		var concerningNsft = run("q6-calls-for-action", "caller", null, "concerning", "nsft", "from", null, "to", null);
		assertThat(concerningNsft).extracting(r -> r.get("caller")).contains("duncan-baker", "clive-lewis",
				"norfolk-and-suffolk-mps", "campaign-to-save-mental-health-services", "norman-lamb");
	}

	@Test
	void q7EventsWithPlacesDatesAndParticipants() {
		var rows = run("q7-events", "from", null, "to", null, "kind", null, "participant", null);
		var protest = row(rows, "protest-nhs-england-and-nhs-improvement-2018-12-17", "event");
		assertThat(protest).containsEntry("when", "2018-12-17").containsEntry("kind", "protest");
		assertThat((List<Object>) protest.get("places")).containsExactly("NHS England and NHS Improvement");
		assertThat(row(rows, "protest-dhsc-2018", "event").get("places").toString())
			.contains("Department of Health and Social Care");
		assertThat(row(rows, "protests-three-days-after-cqc-report-2018", "event")).containsEntry("kind", "protest");
		var sheringham = row(rows, "meeting-sheringham-2018-11-30", "event");
		assertThat(sheringham).containsEntry("when", "2018-11-30");
		assertThat((List<Object>) sheringham.get("places")).containsExactly("Sheringham");
		assertThat(ids(sheringham.get("participants"))).contains("norman-lamb");
		assertThat(ids(row(rows, "letter-lamb-to-hancock-2018-12-06", "event").get("participants")))
			.contains("norman-lamb", "matt-hancock");
		assertThat(row(rows, "letter-campaign-to-hancock-2014", "event")).containsEntry("when", "2014");
		assertThat(ids(row(rows, "letter-140-doctors-2022", "event").get("participants")))
			.contains("nsft-doctors-letter-signatories-2022", "zoe-billingham");
		var death = row(rows, "death-peggy-copeman", "event");
		assertThat((List<Object>) death.get("places")).contains("M11");
		assertThat(ids(death.get("participants"))).contains("peggy-copeman", "nsft");
		assertThat(ids(row(rows, "meeting-mps-ministers-nsft-2022", "event").get("participants")))
			.contains("duncan-baker", "gillian-keegan", "chloe-smith", "zoe-billingham", "matt-hancock");
		assertThat(ids(row(rows, "meeting-nsft-medical-staffing-committee-2022", "event").get("participants")))
			.contains("zoe-billingham", "alex-lewis");
		assertThat(ids(row(rows, "meeting-nsft-leaders-and-campaign", "event").get("participants")))
			.contains("michael-scott", "gary-page", "campaign-to-save-mental-health-services");
		assertThat(ids(row(rows, "founding-campaign-to-save-mental-health-services", "event").get("participants")))
			.containsExactly("campaign-to-save-mental-health-services");

		var december2018 = run("q7-events", "from", "2018-12-01", "to", "2018-12-31", "kind", null, "participant", null);
		assertThat(december2018).extracting(r -> r.get("event")).contains("letter-lamb-to-hancock-2018-12-06",
				"protest-nhs-england-and-nhs-improvement-2018-12-17")
			.doesNotContain("meeting-sheringham-2018-11-30", "letter-campaign-to-hancock-2014", "letter-140-doctors-2022");
		assertThat(run("q7-events", "from", null, "to", null, "kind", "death", "participant", null)).extracting(r -> r.get("event"))
			.containsExactly("death-peggy-copeman");
		// with a participant, only what they took part in (organised here), whichever side of the fact they are on
		assertThat(run("q7-events", "from", null, "to", null, "kind", null, "participant", "campaign-to-save-mental-health-services"))
			.extracting(r -> r.get("event")).contains("protest-dhsc-2018")
			.doesNotContain("death-peggy-copeman", "letter-140-doctors-2022");
	}

	@Test
	void q8ProvenanceNamesTheArticleAndSentenceBehindEachFact() {
		var rows = run("q8-provenance", "id", "norman-lamb", "other", null);
		assertThat(rows).anySatisfy(r -> {
			assertThat(r).containsEntry("fact", "REPORTED_IN")
				.containsEntry("sourceFile", "data/articles/004_4dedf428fcbb1244.txt");
			assertThat(source(r)).containsEntry("article", "article-4dedf428");
		});
		var seat = run("q8-provenance", "id", "norman-lamb", "other", "north-norfolk");
		assertThat(seat).singleElement().satisfies(r -> {
			assertThat(r).containsEntry("fact", "REPRESENTS");
			assertThat(source(r)).containsEntry("evidence", "north Norfolk MP Norman Lamb");
		});
		assertThat(rows).allSatisfy(r -> assertThat((String) source(r).get("evidence")).isNotBlank());
	}

	@Test
	void q9ConnectionsThroughSourcedFactsOnly() {
		var path = run("q9-connections", "from", "norman-lamb", "to", "zoe-billingham");
		assertThat(path).singleElement().satisfies(r -> {
			var steps = list(r.get("steps"));
			assertThat(steps).isNotEmpty().allSatisfy(step -> {
				assertThat(step.get("type")).isNotEqualTo("REPORTED_IN");
				assertThat((String) source(step).get("evidence")).isNotBlank();
				assertThat((String) source(step).get("article")).startsWith("article-");
			});
			assertThat(((Number) r.get("length")).intValue()).isEqualTo(steps.size()).isLessThanOrEqualTo(6);
		});
		var nearCqc = run("q9-neighbourhood", "id", "cqc", "depth", 2);
		assertThat(nearCqc).extracting(r -> r.get("id")).contains("nsft", "antek-lejk", "duncan-baker");
		assertThat(nearCqc).allSatisfy(r -> assertThat(((Number) r.get("distance")).intValue()).isBetween(1, 2));
	}

	@Test
	void claimsAgainstOutcomesSetsTheTrustsCommitmentsBesideTheRatingsThatFollowed() {
		var rows = run("claims-and-outcomes", "org", "nsft", "from", null, "to", null, "sources", 20);
		// the statements the fact files mark as commitments, and no other
		assertThat(rows).filteredOn(r -> Boolean.TRUE.equals(r.get("commitment"))).extracting(r -> r.get("id"))
			.containsExactlyInAnyOrder("statement-75db5818-05", "statement-75db5818-06", "statement-d486f7aa-03",
					"statement-4dedf428-10", "statement-60032d35-02", "statement-60032d35-05", "statement-60032d35-06",
					"statement-60032d35-07");
		var lejk = row(rows, "statement-4dedf428-10");
		assertThat(lejk).containsEntry("side", "said").containsEntry("why", "leader").containsEntry("when", "2018")
			.containsEntry("commitments", List.of("We are determined to get things right."))
			.containsEntry("fact", "SAID:antek-lejk:statement-4dedf428-10");
		assertThat(list(lejk.get("speakers"))).singleElement()
			.satisfies(s -> assertThat(s).containsEntry("id", "antek-lejk").containsEntry("role", "chief executive"));
		assertThat(source(lejk)).containsEntry("article", "article-4dedf428");
		assertThat((String) source(lejk).get("evidence")).startsWith("He added: 'The report did note");
		// the chair's two promises in one statement; the trust's own announcement; its bosses, for it
		assertThat((List<Object>) row(rows, "statement-60032d35-05").get("commitments")).hasSize(2);
		assertThat(list(row(rows, "statement-60032d35-05").get("speakers"))).extracting(s -> s.get("role")).containsExactly("chair");
		assertThat(row(rows, "statement-75db5818-06")).containsEntry("why", "itself");
		assertThat(row(rows, "statement-60032d35-02")).containsEntry("why", "on behalf");
		// "We will hear of firmer plans" forecasts what others will do: not marked
		assertThat(row(rows, "statement-60032d35-03")).containsEntry("commitment", false).containsEntry("why", "about");

		// in date order, what was shown before what was said on the same date, undated items last
		var order = rows.stream().map(r -> (String) r.get("id")).toList();
		var dates = rows.stream().map(r -> (String) r.get("sortDate")).filter(java.util.Objects::nonNull).toList();
		assertThat(dates).isSorted();
		assertThat(rows.subList(dates.size(), rows.size())).allSatisfy(r -> assertThat(r.get("sortDate")).isNull());
		assertThat(order).containsSubsequence("cqc-inspection-nsft-2015", "special-measures-nsft-2015",
				"special-measures-nsft-2016", "special-measures-nsft-2017", "cqc-inspection-nsft-2018",
				"statement-4dedf428-10", "cqc-inspection-nsft-2019", "special-measures-nsft-2019", "cqc-inspection-nsft-2022",
				"statement-60032d35-05");
		assertThat(row(rows, "cqc-inspection-nsft-2018")).containsEntry("side", "shown").containsEntry("rating", "inadequate");
		assertThat(row(rows, "cqc-inspection-nsft-2019")).containsEntry("rating", "requires improvement")
			.containsEntry("when", "2019-10-07/2019-11-06");
		assertThat(row(rows, "special-measures-nsft-2017")).containsEntry("kind", "decision").containsEntry("outcome", "placed-back");
		assertThat(row(rows, "cqc-inspection-nsft-2022")).containsEntry("status", "planned");
		assertThat(rows).allSatisfy(r -> {
			assertThat((String) source(r).get("article")).startsWith("article-");
			assertThat((String) source(r).get("evidence")).isNotBlank();
			assertThat((String) r.get("fact")).endsWith(r.get("side").equals("said") ? (String) r.get("id") : (String) source(r).get("article"));
		});
		// a statement with no speaker ('deeply disturbing') is not a claim of anyone's
		assertThat(order).doesNotContain("statement-4dedf428-14");

		// a range keeps what may fall in it: 2019's rating and what was said of it, not 2018's promise
		var in2019 = run("claims-and-outcomes", "org", "nsft", "from", "2019", "to", "2019", "sources", 20);
		assertThat(in2019).extracting(r -> r.get("id")).contains("cqc-inspection-nsft-2019", "statement-e3fac681-04")
			.doesNotContain("statement-4dedf428-10", "cqc-inspection-nsft-2018", "statement-60032d35-05");
	}

	private static Map<String, Object> statement(List<Map<String, Object>> rows, String words) {
		return rows.stream().filter(r -> ((String) r.get("text")).contains(words)).findFirst()
			.orElseThrow(() -> new AssertionError("no statement containing: " + words));
	}

	private static Map<String, Object> row(List<Map<String, Object>> rows, String id) {
		return row(rows, id, "id");
	}

	private static Map<String, Object> row(List<Map<String, Object>> rows, String id, String key) {
		return rows.stream().filter(r -> id.equals(r.get(key))).findFirst()
			.orElseThrow(() -> new AssertionError("no row with " + key + " = " + id + " in " + rows));
	}

	private static Map<String, Object> ratings(Map<String, Object> inspection) {
		var ratings = new HashMap<String, Object>();
		list(inspection.get("ratings")).forEach(r -> ratings.put((String) r.get("domain"), r.get("rating")));
		return ratings;
	}

	private static List<Object> ids(Object maps) {
		return list(maps).stream().map(m -> m.get("id")).distinct().toList();
	}
}
