package org.accountabilitygraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Objects;

import org.accountabilitygraph.LoadedGraph;
import org.accountabilitygraph.query.model.ClaimOrOutcome;
import org.accountabilitygraph.query.model.EntityRef;
import org.accountabilitygraph.query.model.InspectionFinding;
import org.accountabilitygraph.query.model.Network;
import org.accountabilitygraph.query.model.Rating;
import org.accountabilitygraph.query.model.Role;
import org.accountabilitygraph.query.model.Source;
import org.accountabilitygraph.query.model.StatementRecord;
import org.accountabilitygraph.query.model.TimelineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The Java query API answers every competency question ({@code ../shared/COMPETENCY.md}) from the
 * graph loaded with the real scripts, with typed records that cite their articles.
 */
@ExtendWith(LoadedGraph.class)
class KnowledgeGraphIT {

	private KnowledgeGraph graph;

	private Driver driver;

	@BeforeEach
	void connect(Driver driver) {
		this.driver = driver;
		graph = new KnowledgeGraph(driver, LoadedGraph.QUERY_TIMEOUT);
	}

	private long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}

	@Test
	void q1LeadershipOfTheTrustInTimeOrderWithSources() {
		var roles = graph.leadership("nsft");

		assertThat(roles).extracting(r -> r.person().name(), Role::role).containsExactly(
				tuple("Gary Page", "chair"), tuple("Michael Scott", "chief executive"),
				tuple("Antek Lejk", "chief executive"), tuple("Jonathan Warren", "chief executive"),
				tuple("Alex Lewis", "chief medical director"), tuple("Cath Byford", "deputy chief executive"),
				tuple("Zoe Billingham", "chair"));
		var scott = roles.get(1);
		assertThat(scott.status()).isEqualTo("new");
		assertThat(scott.when()).isEqualTo("../2015-12-31");
		assertThat(scott.sources()).extracting(Source::article).containsExactly("article-75db5818");
		assertThat(roles.get(2).when()).isEqualTo("2018");
		assertThat(roles.get(2).sources()).extracting(Source::article)
			.containsExactlyInAnyOrder("article-d486f7aa", "article-4dedf428");
		assertThat(roles.get(3).when()).isEqualTo("2019-11-06/..");
		assertThat(roles.get(6).when()).isEqualTo("2022");
		assertCited(roles.stream().flatMap(r -> r.sources().stream()).toList());
	}

	@Test
	void q2InspectionsRatingsAndSpecialMeasuresInTimeOrder() {
		var findings = graph.inspections("nsft");

		assertThat(findings).extracting(InspectionFinding::id, InspectionFinding::date, InspectionFinding::overallRating,
				InspectionFinding::outcome).containsExactly(
				tuple("cqc-inspection-nsft-2015", "2015", "inadequate", null),
				tuple("special-measures-nsft-2015", "2015", null, "placed"),
				tuple("special-measures-nsft-2016", "2016", null, "removed"),
				tuple("special-measures-nsft-2017", "2017", null, "placed-back"),
				tuple("cqc-inspection-nsft-2018", "2018", "inadequate", null),
				tuple("special-measures-nsft-2018", "2018", null, "placed"),
				tuple("cqc-inspection-nsft-2019", "2019-10-07", "requires improvement", null),
				tuple("special-measures-nsft-2019", "2019-11-06", null, "remains"),
				tuple("cqc-inspection-nsft-2022", "2022", null, null),
				// "the last inspection which also found the trust to be inadequate": undated, so last
				tuple("cqc-inspection-nsft-previous-4dedf428", null, "inadequate", null));

		var third = findings.get(4);
		assertThat(third.ratings()).extracting(Rating::note).containsOnly("for the third time");
		var autumn2019 = findings.get(6);
		assertThat(autumn2019.endDate()).isEqualTo("2019-11-06");
		assertThat(autumn2019.ratings()).extracting(Rating::domain, Rating::rating).containsExactlyInAnyOrder(
				tuple("overall", "requires improvement"), tuple("safe", "requires improvement"),
				tuple("responsive", "requires improvement"), tuple("effective", "requires improvement"),
				tuple("well-led", "requires improvement"), tuple("caring", "good"));
		assertThat(autumn2019.mustDo()).hasSize(5).allSatisfy(action -> assertThat(action.services()).isNotEmpty());
		assertThat(findings.get(7).actors()).contains("ted-baker");
		assertThat(findings.get(8).status()).isEqualTo("planned");
		assertCited(findings.stream().flatMap(f -> f.sources().stream()).toList());
	}

	@Test
	void q3CriticsOfTheTrustIncludingOfItsInspectionsAndBoard() {
		var critics = graph.criticisms("nsft").stream().map(c -> c.critic().id()).distinct().toList();

		assertThat(critics).contains("campaign-to-save-mental-health-services", "norman-lamb", "nick-fulcher",
				"duncan-baker", "clive-lewis", "chloe-smith", "nsft-doctors-letter-signatories-2022",
				"former-nsft-consultant-60032d35");
		assertThat(graph.criticisms("matt-hancock")).singleElement()
			.satisfies(c -> assertThat(c.critic().kind()).isEqualTo("Campaign"));
		assertThat(graph.criticisms(null)).hasSizeGreaterThan(graph.criticisms("nsft").size());
		assertCited(graph.criticisms(null).stream().map(c -> c.source()).toList());
	}

	@Test
	void answersThatCanGrowComePageByPageInTheOrderOfTheWhole() {
		var all = graph.statements(null, null, null, null);
		var first = graph.statements(null, null, null, null, new PageRequest(1, 7));
		var second = graph.statements(null, null, null, null, new PageRequest(2, 7));
		assertThat(first.items()).containsExactlyElementsOf(all.subList(0, 7));
		assertThat(second.items()).containsExactlyElementsOf(all.subList(7, 14));
		assertThat(first.hasMore()).isTrue();
		int pages = (all.size() + 6) / 7;
		var last = graph.statements(null, null, null, null, new PageRequest(pages, 7));
		assertThat(last.hasMore()).isFalse();
		assertThat(last.items()).containsExactlyElementsOf(all.subList((pages - 1) * 7, all.size()));
		assertThat(graph.statements(null, null, null, null, new PageRequest(pages + 1, 7)).items()).isEmpty();

		var criticisms = graph.criticisms("nsft");
		assertThat(graph.criticisms("nsft", new PageRequest(2, 3)).items()).containsExactlyElementsOf(criticisms.subList(3, 6));
		assertThatThrownBy(() -> new PageRequest(1, PageRequest.MAX_SIZE + 1)).isInstanceOf(InvalidParameterException.class)
			.hasMessageContaining("size");
		assertThatThrownBy(() -> new PageRequest(0, 10)).isInstanceOf(InvalidParameterException.class)
			.hasMessageContaining("page");
	}

	@Test
	void q4WhoSaidWhatFilteredBySpeakerSubjectAndDate() {
		var all = graph.statements(null, null, null, null);
		// one row per speaker and statement (a joint announcement has two speakers)
		assertThat(all).hasSize((int) count("MATCH ()-[said:SAID]->(:Statement) RETURN count(said)"));
		assertThat(all).extracting(StatementRecord::kind).containsOnly("quote", "reported");
		assertCited(all.stream().map(StatementRecord::source).toList());

		var lamb = graph.statements("norman-lamb", null, null, null);
		// 7: the lead's 'felt they have been let down' names no source, so it is no longer counted as his
		assertThat(lamb).hasSize(7).allSatisfy(s -> assertThat(s.speaker().kind()).isEqualTo("MP"));
		assertThat(lamb).filteredOn(s -> s.text().contains("said was 'damning'")).singleElement()
			.satisfies(s -> assertThat(s.kind()).isEqualTo("reported"));

		var spokesman = graph.statements("campaign-spokesperson-d486f7aa", null, null, null);
		assertThat(spokesman).isNotEmpty().allSatisfy(s -> {
			assertThat(s.anonymousSpeaker()).isTrue();
			assertThat(s.onBehalfOf()).containsExactly("campaign-to-save-mental-health-services");
		});

		var aboutHancock = graph.statements(null, "matt-hancock", null, null);
		assertThat(aboutHancock).isNotEmpty()
			.allSatisfy(s -> assertThat(s.about()).extracting(EntityRef::id).contains("matt-hancock"));

		var in2022 = graph.statements(null, null, "2022", "2022");
		assertThat(in2022).filteredOn(s -> s.source().article().equals("article-60032d35"))
			.hasSize((int) count("MATCH ()-[said:SAID {article: 'article-60032d35'}]->(:Statement) RETURN count(said)"));
		assertThat(in2022).as("statements that may date from 2022: the 2022 article's, and the open-ended 2019 one's")
			.extracting(s -> s.source().article()).containsOnly("article-60032d35", "article-e3fac681");
		assertThat(graph.statements(null, null, "2018-12-06", "2018-12-06")).extracting(StatementRecord::id)
			.contains("statement-4dedf428-01").doesNotContain("statement-60032d35-01", "statement-75db5818-01");
	}

	@Test
	void q5PoliticiansWithSeatsPartiesAndOffices() {
		var politicians = graph.politicians();

		assertThat(politicians).extracting(p -> p.name()).containsExactly("Chloe Smith", "Clive Lewis",
				"Duncan Baker", "Gillian Keegan", "Matt Hancock", "Norman Lamb");
		var lamb = politicians.stream().filter(p -> p.id().equals("norman-lamb")).findFirst().orElseThrow();
		assertThat(lamb.mp()).isTrue();
		assertThat(lamb.constituencies()).extracting(l -> l.name()).containsExactly("North Norfolk");
		assertThat(lamb.parties()).extracting(l -> l.name()).containsExactly("Liberal Democrats");
		assertThat(lamb.offices()).extracting(o -> o.id(), o -> o.status()).containsExactly(tuple("health-minister", "former"));
		var hancock = politicians.stream().filter(p -> p.id().equals("matt-hancock")).findFirst().orElseThrow();
		assertThat(hancock.offices()).extracting(o -> o.status(), o -> o.asOf())
			.contains(tuple("current", "2018"), tuple("former", "2022"));
		var keegan = politicians.stream().filter(p -> p.id().equals("gillian-keegan")).findFirst().orElseThrow();
		assertThat(keegan.mp()).isFalse();
		assertThat(keegan.offices()).extracting(o -> o.id()).containsExactly("minister-for-mental-health-and-care");
	}

	@Test
	void q6CallsForAction() {
		var aboutTrust = graph.callsForAction(null, "nsft");
		assertThat(aboutTrust).extracting(c -> c.caller().id()).contains("duncan-baker", "clive-lewis",
				"norfolk-and-suffolk-mps", "campaign-to-save-mental-health-services", "norman-lamb");
		assertThat(graph.callsForAction("campaign-to-save-mental-health-services", null))
			.anySatisfy(c -> assertThat(c.action()).startsWith("sack the Board"));
		assertThat(graph.callsForAction("norman-lamb", null)).singleElement()
			.satisfies(c -> assertThat(c.addressedTo()).containsExactly("matt-hancock"));
	}

	@Test
	void q7EventsInADateRange() {
		var december2018 = graph.events("2018-12", "2018-12", null);
		assertThat(december2018).extracting(e -> e.id()).contains("letter-lamb-to-hancock-2018-12-06",
				"protest-nhs-england-and-nhs-improvement-2018-12-17")
			.doesNotContain("meeting-sheringham-2018-11-30", "letter-140-doctors-2022");
		var death = graph.events(null, null, "death");
		assertThat(death).singleElement().satisfies(e -> {
			assertThat(e.places()).containsExactly("M11");
			assertThat(e.participants()).extracting(p -> p.id()).contains("peggy-copeman");
			assertThat(e.when()).as("the article gives no date for the death").isNull();
			assertCited(e.sources());
		});
	}

	@Test
	void q8EveryFactAboutANodeIsSourced() {
		var facts = graph.facts("norman-lamb", null);
		assertThat(facts).isNotEmpty();
		assertCited(facts.stream().map(f -> f.source()).toList());
		assertThat(graph.facts("norman-lamb", "north-norfolk")).extracting(f -> f.type()).containsExactly("REPRESENTS");
	}

	@Test
	void q9ConnectionsAndNeighbourhood() {
		var path = graph.connection("norman-lamb", "zoe-billingham").orElseThrow();
		assertThat(path.nodes().get(0).id()).isEqualTo("norman-lamb");
		assertThat(path.nodes().get(path.nodes().size() - 1).id()).isEqualTo("zoe-billingham");
		assertThat(path.length()).isEqualTo(path.nodes().size() - 1).isBetween(1, 4);
		assertCited(path.steps().stream().map(s -> s.source()).toList());

		var nearCqc = graph.neighbourhood("cqc", 2);
		assertThat(nearCqc).extracting(n -> n.entity().id()).contains("nsft", "ted-baker");
		assertThat(nearCqc).allSatisfy(n -> assertThat(n.distance()).isBetween(1, 2));
	}

	@Test
	void comparisonSetsWhatTwoSaidAboutTheSameSubjectsSideBySide() {
		var comparison = graph.compare("antek-lejk", "chloe-smith", null, null);
		assertThat(comparison.a().name()).isEqualTo("Antek Lejk");
		assertThat(comparison.b().name()).isEqualTo("Chloe Smith");
		assertThat(comparison.complete()).isTrue();
		// the subjects are exactly those that Q4's statements of each are about
		var aboutA = subjectsOf(graph.statements("antek-lejk", null, null, null));
		var aboutB = subjectsOf(graph.statements("chloe-smith", null, null, null));
		aboutA.retainAll(aboutB);
		assertThat(aboutA).isNotEmpty();
		assertThat(comparison.subjects()).extracting(s -> s.subject().id()).containsExactlyInAnyOrderElementsOf(aboutA);
		for (var shared : comparison.subjects()) {
			// each side is Q4's answer for that speaker and subject, in the same order
			assertThat(shared.saidByA()).isEqualTo(graph.statements("antek-lejk", shared.subject().id(), null, null));
			assertThat(shared.saidByB()).isEqualTo(graph.statements("chloe-smith", shared.subject().id(), null, null));
			assertCited(shared.saidByA().stream().map(s -> s.source()).toList());
			assertCited(shared.saidByB().stream().map(s -> s.source()).toList());
		}
		// the subjects with the most statements first
		assertThat(comparison.subjects()).extracting(s -> -(s.saidByA().size() + s.saidByB().size())).isSorted();

		// a range keeps only what may fall in it, as Q4 does
		var in2022 = graph.compare("antek-lejk", "chloe-smith", "2022", "2022");
		for (var shared : in2022.subjects()) {
			assertThat(shared.saidByA()).isEqualTo(graph.statements("antek-lejk", shared.subject().id(), "2022", "2022"));
			assertThat(shared.saidByB()).isEqualTo(graph.statements("chloe-smith", shared.subject().id(), "2022", "2022"));
		}

		assertThatThrownBy(() -> graph.compare("nsft", "nsft", null, null)).isInstanceOf(InvalidParameterException.class)
			.hasMessageContaining("'b'");
		assertThatThrownBy(() -> graph.compare("nsft", "nobody-at-all", null, null)).isInstanceOf(NotFoundException.class);
	}

	private static java.util.Set<String> subjectsOf(List<StatementRecord> statements) {
		var subjects = new java.util.HashSet<String>();
		statements.forEach(s -> s.about().forEach(about -> subjects.add(about.id())));
		return subjects;
	}

	@Test
	void theTimelineIsTheOtherQuestionsAnswersAboutTheEntityInTimeOrder() {
		for (var id : List.of("nsft", "norman-lamb", "campaign-to-save-mental-health-services")) {
			var timeline = graph.timeline(id);
			// what it said and what others said about it: Q4's statements
			assertThat(relatedOf(timeline, "said"))
				.isEqualTo(graph.statements(id, null, null, null).stream().map(StatementRecord::id).toList());
			assertThat(relatedOf(timeline, "said about")).containsExactlyInAnyOrderElementsOf(graph.statements(null, id, null, null)
				.stream().filter(s -> !s.speaker().id().equals(id)).map(StatementRecord::id).toList());
			// its roles: one per article that attests each, as the entity's answer lists them
			var roles = graph.entity(id).orElseThrow().roles();
			assertThat(timeline.stream().filter(e -> e.kind().equals("role")).map(e -> e.relatedId() + " " + e.source().article()))
				.containsExactlyInAnyOrderElementsOf(roles.stream().map(r -> r.other().id() + " " + r.source().article()).toList());
			// the events it took part in: Q7's, asked by participant
			var events = graph.events(null, null, null, id, PageRequest.largest()).items();
			assertThat(timeline.stream().filter(e -> events.stream().anyMatch(ev -> ev.id().equals(e.relatedId())))
				.map(TimelineEntry::relatedId)).containsExactlyInAnyOrderElementsOf(events.stream().map(ev -> ev.id()).toList());
			// in time order: by the start of each date, undated last
			var starts = timeline.stream().map(e -> e.when() == null ? "~" : e.when().split("/")[0].equals("..")
					? e.when().split("/")[1] : e.when().split("/")[0]).toList();
			assertThat(starts).as(id).isSortedAccordingTo(java.util.Comparator.naturalOrder());
		}
		// the trust's inspections and decisions: Q2's, with the overall rating in the title
		var findings = graph.inspections("nsft");
		var timeline = graph.timeline("nsft");
		assertThat(timeline.stream().filter(e -> e.kind().equals("inspection") || e.kind().equals("decision"))
			.map(TimelineEntry::relatedId)).containsExactlyInAnyOrderElementsOf(findings.stream().map(f -> f.id()).toList());
		assertThat(timeline).anySatisfy(e -> {
			assertThat(e.kind()).isEqualTo("inspection");
			assertThat(e.rating()).isEqualTo("inadequate");
			assertThat(e.title()).endsWith(": inadequate");
		});
		assertThat(timeline).anySatisfy(e -> {
			assertThat(e.kind()).isEqualTo("role");
			assertThat(e.title()).isEqualTo("Antek Lejk, chief executive");
		});

		// within a range: Q4's statements for the range, and nothing dated outside it
		var in2018 = graph.timeline("nsft", "2018", "2018");
		assertThat(relatedOf(in2018, "said about")).containsExactlyInAnyOrderElementsOf(graph.statements(null, "nsft", "2018", "2018")
			.stream().filter(s -> !s.speaker().id().equals("nsft")).map(StatementRecord::id).toList());
		assertThat(in2018).hasSizeLessThan(timeline.size()).allSatisfy(e -> {
			if (e.when() != null) {
				var parts = e.when().split("/", -1);
				assertThat(parts[0].equals("..") ? "0000" : parts[0].substring(0, 4)).as(e.when()).isLessThanOrEqualTo("2018");
				var end = parts.length > 1 ? parts[1] : parts[0];
				assertThat(end.equals("..") ? "9999" : end.substring(0, 4)).as(e.when()).isGreaterThanOrEqualTo("2018");
			}
		});
		assertThatThrownBy(() -> graph.timeline("nobody-at-all")).isInstanceOf(NotFoundException.class);
	}

	private static List<String> relatedOf(List<TimelineEntry> timeline, String kind) {
		return timeline.stream().filter(e -> e.kind().equals(kind)).map(TimelineEntry::relatedId).toList();
	}

	@Test
	void fullTextSearchToleratesTyposAndPrefixes() {
		assertThat(graph.searchEntities("Bellingham", 5)).first()
			.satisfies(hit -> assertThat(hit.entity().id()).isEqualTo("zoe-billingham"));
		assertThat(graph.searchEntities("norm lamb", 5)).first()
			.satisfies(hit -> assertThat(hit.entity().id()).isEqualTo("norman-lamb"));
		assertThat(graph.searchStatements("unsafe", 10)).extracting(h -> h.speaker().id())
			.contains("nsft-doctors-letter-signatories-2022");
	}

	@Test
	void nameSearchPutsExactNamesAndAliasesBeforeWordsPrefixesAndTypos() {
		assertThat(graph.searchEntities("nsft", 8)).first()
			.satisfies(hit -> assertThat(hit.entity().id()).isEqualTo("nsft"))
			.satisfies(hit -> assertThat(hit.match()).isEqualTo("alias"));
		assertThat(graph.searchEntities("CQC", 8)).first()
			.satisfies(hit -> assertThat(hit.entity().id()).isEqualTo("cqc"));
		assertThat(graph.searchEntities("Norman Lamb", 8)).first()
			.satisfies(hit -> assertThat(hit.match()).isEqualTo("name"));
		assertThat(graph.searchEntities("Lamb", 8)).first()
			.satisfies(hit -> assertThat(hit.entity().id()).isEqualTo("norman-lamb"));
		assertThat(graph.searchEntities("Billinghm", 8)).first()
			.satisfies(hit -> assertThat(hit.entity().id()).isEqualTo("zoe-billingham"))
			.satisfies(hit -> assertThat(hit.match()).isEqualTo("typo"));
		// best first: by how the name matches, then by Lucene's score
		var order = List.of("name", "alias", "words", "prefix", "typo");
		for (var text : List.of("nsft", "trust", "norfolk", "mental health", "Sufolk")) {
			var hits = graph.searchEntities(text, 20);
			for (int i = 1; i < hits.size(); i++) {
				var before = hits.get(i - 1);
				var after = hits.get(i);
				assertThat(order.indexOf(before.match())).as(text).isLessThanOrEqualTo(order.indexOf(after.match()));
				if (before.match().equals(after.match())) {
					assertThat(before.score()).as(text).isGreaterThanOrEqualTo(after.score());
				}
			}
		}
	}

	@Test
	void statementSearchGivesTheArticleAndTheSentence() {
		assertThat(graph.searchStatements("unsafe", 10)).anySatisfy(hit -> {
			assertThat(hit.statement()).isEqualTo("statement-60032d35-01");
			assertThat(hit.kind()).isEqualTo("reported");
			assertThat(hit.source().article()).isEqualTo(hit.article()).isEqualTo("article-60032d35");
			assertThat(hit.source().title()).isNotBlank();
			assertThat(hit.source().articleDate()).isEqualTo("2022");
			assertThat(hit.source().evidence()).contains("unsafe");
		});
	}

	@Test
	void entityAndArticleDetails() {
		var lamb = graph.entity("norman-lamb").orElseThrow();
		assertThat(lamb.kind()).isEqualTo("MP");
		assertThat(lamb.labels()).contains("Person", "MP");
		assertThat(lamb.aliases()).contains("Mr Lamb");
		assertThat(lamb.roles()).extracting(r -> r.relation()).contains("REPRESENTS", "MEMBER_OF", "HOLDS_OFFICE");
		assertThat(graph.entity("no-such-entity")).isEmpty();

		var articles = graph.articleList();
		assertThat(articles).hasSize(5).allSatisfy(a -> {
			assertThat(a.title()).isNotBlank();
			assertThat(a.facts()).isPositive();
		});
		var article = graph.article("article-d486f7aa").orElseThrow();
		assertThat(article.facts()).hasSize((int) article.article().facts())
			.allSatisfy(f -> assertThat(f.evidence()).isNotBlank());
	}

	@Test
	void networkAroundAnEntityGrowsWithDepthAndShrinksWithDates() {
		Network one = graph.network("norman-lamb", 1, null, null, null);
		assertThat(ids(one.nodes())).contains("norman-lamb", "nsft", "statement-4dedf428-01");
		assertThat(one.edges()).allSatisfy(e -> {
			assertThat(ids(one.nodes())).contains((String) e.data().get("source"), (String) e.data().get("target"));
			assertThat(e.data().get("article")).isNotNull();
		});
		assertThat(graph.network("norman-lamb", 2, null, null, null).nodes()).hasSizeGreaterThan(one.nodes().size());

		var before2019 = graph.network("nsft", 2, null, "2018", null);
		assertThat(ids(before2019.nodes())).contains("statement-4dedf428-01").doesNotContain("statement-60032d35-05");
	}

	@Test
	void claimsAgainstOutcomesSetsEachCommitmentBeforeTheRatingThatFollowed() {
		var entries = graph.claims("nsft", null, null);
		var lejk = entries.stream().filter(e -> e.id().equals("statement-4dedf428-10")).findFirst().orElseThrow();
		assertThat(lejk.commitment()).isTrue();
		assertThat(lejk.commitments()).containsExactly("We are determined to get things right.");
		assertThat(lejk.speakers()).extracting(ClaimOrOutcome.Speaker::name, ClaimOrOutcome.Speaker::kind, ClaimOrOutcome.Speaker::role)
			.containsExactly(tuple("Antek Lejk", "Person", "chief executive"));
		assertCited(List.of(lejk.source()));
		// the next rating after the chief executive's "determined to get things right" (an inspection known only to
		// be before 6 December 2018, "the last inspection", sorts at that bound: not a later one)
		var after = entries.subList(entries.indexOf(lejk) + 1, entries.size());
		assertThat(after.stream().filter(e -> e.rating() != null && !e.when().startsWith("..")).findFirst()).get()
			.satisfies(next -> {
				assertThat(next.id()).isEqualTo("cqc-inspection-nsft-2019");
				assertThat(next.rating()).isEqualTo("requires improvement");
				assertThat(next.side()).isEqualTo("shown");
				assertCited(next.sources());
			});
		var chair = entries.stream().filter(e -> e.id().equals("statement-60032d35-05")).findFirst().orElseThrow();
		assertThat(chair.commitments()).containsExactly("The board is committed to keeping these important conversations going.",
				"As the chair of the trust, I will be scheduling regular discussions with our doctors so that we can listen to "
						+ "their views and use their insight to guide future improvements.");
		assertThat(entries).filteredOn(ClaimOrOutcome::commitment).hasSize(8)
			.allSatisfy(e -> assertThat(e.side()).isEqualTo("said"));

		// a page is the same part of the whole
		var second = graph.claims("nsft", null, null, new PageRequest(2, 10));
		assertThat(second.items()).isEqualTo(entries.subList(10, 20));
		assertThat(second.hasMore()).isTrue();
		assertThat(graph.claims("nsft", "2022", null)).extracting(ClaimOrOutcome::id).contains("statement-60032d35-05")
			.doesNotContain("statement-4dedf428-10");
		assertThatThrownBy(() -> graph.claims("nobody", null, null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> graph.claims("nsft", "2019", "2018")).isInstanceOf(InvalidParameterException.class);
	}

	@Test
	void badInputIsRejectedNamingTheParameter() {
		assertThatThrownBy(() -> graph.leadership("no-such-trust")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> graph.statements(null, null, "2018-13", null))
			.isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.parameter()).isEqualTo("from"));
		assertThatThrownBy(() -> graph.statements(null, null, "2019", "2018"))
			.isInstanceOf(InvalidParameterException.class);
		assertThatThrownBy(() -> graph.network("nsft", 9, null, null, null))
			.isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.parameter()).isEqualTo("depth"));
		assertThatThrownBy(() -> graph.criticisms("') MATCH (n) DETACH DELETE n //"))
			.isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.parameter()).isEqualTo("target"));
		assertThatThrownBy(() -> graph.searchEntities("()*:~", 5)).isInstanceOf(InvalidParameterException.class);
	}

	private static List<String> ids(List<Network.Element> elements) {
		return elements.stream().map(e -> (String) e.data().get("id")).toList();
	}

	/** Every source names an article with a title and date, and quotes a sentence. */
	private static void assertCited(List<Source> sources) {
		assertThat(sources).isNotEmpty().allSatisfy(source -> {
			assertThat(source.article()).startsWith("article-");
			assertThat(source.title()).isNotBlank();
			assertThat(Objects.requireNonNullElse(source.articleDate(), "")).isNotBlank();
			assertThat(source.evidence()).isNotBlank();
		});
	}
}
