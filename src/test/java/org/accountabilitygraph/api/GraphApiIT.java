package org.accountabilitygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.accountabilitygraph.ApplicationOnLoadedGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * The REST API over real HTTP, on the graph loaded with the real scripts: the competency answers,
 * the OpenAPI description, and problem details for every kind of bad input.
 */
class GraphApiIT extends ApplicationOnLoadedGraph {

	@Test
	void searchEntitiesRanksByNameAndAliasToleratingTypos() {
		var hits = ok("/api/entities?q=Bellingham");
		assertThat(hits.get(0).at("/entity/id").asText()).isEqualTo("zoe-billingham");
		assertThat(ok("/api/entities?q=" + encode("Zoë Billingham")).get(0).at("/entity/id").asText())
			.isEqualTo("zoe-billingham");
		assertThat(ok("/api/entities?q=norm&limit=1")).hasSize(1);
	}

	@Test
	void nameSuggestionsRankTheExactNameAliasOrAcronymFirstThenWholeWordsThenPrefixesThenTypos() {
		// as the page asks, eight at a time: "nsft" was the trust's acronym, yet its 8th suggestion of 8
		var nsft = ok("/api/entities?q=nsft&limit=8");
		assertThat(nsft.get(0).at("/entity/id").asText()).isEqualTo("nsft");
		assertThat(nsft.get(0).get("match").asText()).isEqualTo("alias");
		assertThat(nsft).hasSize(8).extracting(h -> h.get("match").asText()).containsOnly("alias", "words");
		assertThat(first("NSFT").at("/entity/id").asText()).isEqualTo("nsft");
		assertThat(first("cqc").at("/entity/id").asText()).isEqualTo("cqc");
		assertThat(first("Care Quality Commission").get("match").asText()).isEqualTo("name");
		assertThat(first("care quality commission.").at("/entity/id").asText()).isEqualTo("cqc");
		assertThat(first("Lamb").at("/entity/id").asText()).isEqualTo("norman-lamb");
		assertThat(first("Lamb").get("match").asText()).isEqualTo("words");
		assertThat(first("norm lamb").get("match").asText()).isEqualTo("prefix");
		// misspelt: "Mrs Bellingham", as an article calls her, is one of her aliases; "Billinghm" a typo of nobody's
		assertThat(first("Bellingham").at("/entity/id").asText()).isEqualTo("zoe-billingham");
		var typo = first("Billinghm");
		assertThat(typo.at("/entity/id").asText()).isEqualTo("zoe-billingham");
		assertThat(typo.get("match").asText()).isEqualTo("typo");
	}

	private JsonNode first(String q) {
		var hits = ok("/api/entities?q=" + encode(q) + "&limit=8");
		assertThat(hits).as(q).isNotEmpty();
		return hits.get(0);
	}

	@Test
	void oneEntityWithRolesAndSources() {
		var lamb = ok("/api/entities/norman-lamb");
		assertThat(lamb.get("name").asText()).isEqualTo("Norman Lamb");
		assertThat(texts(lamb.get("labels"))).contains("Person", "MP");
		assertThat(texts(lamb.get("aliases"))).contains("Mr Lamb");
		assertThat(lamb.get("roles")).anySatisfy(role -> {
			assertThat(role.get("relation").asText()).isEqualTo("REPRESENTS");
			assertThat(role.at("/other/name").asText()).isEqualTo("North Norfolk");
			assertThat(role.at("/source/evidence").asText()).isNotBlank();
		});
		assertThat(lamb.get("sources")).isNotEmpty()
			.allSatisfy(s -> assertThat(s.get("title").asText()).isNotBlank());
	}

	@Test
	void leadershipInTimeOrder() {
		var roles = ok("/api/leadership?organisation=nsft");
		assertThat(roles).extracting(r -> r.at("/person/name").asText()).containsExactly("Gary Page", "Michael Scott",
				"Antek Lejk", "Jonathan Warren", "Alex Lewis", "Cath Byford", "Zoe Billingham");
		assertThat(roles.get(2).get("role").asText()).isEqualTo("chief executive");
		assertThat(roles.get(2).get("when").asText()).isEqualTo("2018");
		assertThat(roles.get(6).at("/sources/0/article").asText()).isEqualTo("article-60032d35");
	}

	@Test
	void inspectionsWithRatingsDecisionsAndMustDoActions() {
		var findings = ok("/api/inspections?organisation=nsft");
		assertThat(findings).extracting(f -> f.get("id").asText()).containsExactly("cqc-inspection-nsft-2015",
				"special-measures-nsft-2015", "special-measures-nsft-2016", "special-measures-nsft-2017",
				"cqc-inspection-nsft-2018", "special-measures-nsft-2018", "cqc-inspection-nsft-2019",
				"special-measures-nsft-2019", "cqc-inspection-nsft-2022",
				"cqc-inspection-nsft-previous-4dedf428");
		var autumn2019 = findings.get(6);
		assertThat(autumn2019.get("ratings")).anySatisfy(r -> {
			assertThat(r.get("domain").asText()).isEqualTo("caring");
			assertThat(r.get("rating").asText()).isEqualTo("good");
		});
		assertThat(autumn2019.get("mustDo")).hasSize(5);
		assertThat(findings.get(2).get("outcome").asText()).isEqualTo("removed");
	}

	@Test
	void statementsBySpeakerAboutAndDate(Driver driver) {
		// one row per speaker and statement (a joint announcement has two speakers)
		long statements = driver.executableQuery("MATCH ()-[said:SAID]->(:Statement) RETURN count(said)").execute()
			.records().get(0).get(0).asLong();
		assertThat(ok("/api/statements")).hasSize((int) statements);
		// 7 since the lead's unattributed 'felt they have been let down' is no longer his (commit 55764ba)
		var lamb = ok("/api/statements?speaker=norman-lamb");
		assertThat(lamb).hasSize(7).allSatisfy(s -> {
			assertThat(s.at("/speaker/id").asText()).isEqualTo("norman-lamb");
			assertThat(s.get("kind").asText()).isIn("quote", "reported");
			assertThat(s.at("/source/article").asText()).isEqualTo("article-4dedf428");
		});
		assertThat(ok("/api/statements?about=matt-hancock")).isNotEmpty();
		assertThat(ok("/api/statements?from=2022-01-01&to=2022-12-31"))
			.extracting(s -> s.at("/source/article").asText())
			.contains("article-60032d35").doesNotContain("article-4dedf428", "article-d486f7aa", "article-75db5818");
		assertThat(ok("/api/statements?speaker=norman-lamb&to=2017")).isEmpty();
		assertThat(ok("/api/statements/search?q=unsafe")).isNotEmpty();
	}

	@Test
	void statementSearchHitsCarryTheirSpeakerKindAndArticle() {
		var hits = ok("/api/statements/search?q=unsafe");
		assertThat(hits).anySatisfy(hit -> {
			assertThat(hit.get("statement").asText()).isEqualTo("statement-60032d35-01");
			assertThat(hit.get("kind").asText()).isEqualTo("reported");
			assertThat(hit.at("/speaker/id").asText()).isEqualTo("nsft-doctors-letter-signatories-2022");
			assertThat(hit.get("article").asText()).isEqualTo("article-60032d35");
			assertThat(hit.at("/source/article").asText()).isEqualTo("article-60032d35");
			assertThat(hit.at("/source/title").asText()).startsWith("A Tory MP has taken his calls");
			assertThat(hit.at("/source/articleDate").asText()).isEqualTo("2022");
			assertThat(hit.at("/source/evidence").asText()).contains("unsafe");
		});
		assertThat(hits).allSatisfy(hit -> assertThat(hit.at("/source/title").asText()).isNotBlank());
	}

	@Test
	void statementSearchComesInPagesBySpeakerAndWithinDates() {
		var all = ok("/api/statements/search?q=trust&size=100");
		assertThat(all.size()).isGreaterThan(6);
		var first = get("/api/statements/search?q=trust&size=3");
		assertThat(first.header("X-Has-More")).isEqualTo("true");
		assertThat(first.header("Link")).isEqualTo(
				"<http://localhost:" + port + "/api/statements/search?q=trust&size=3&page=2>; rel=\"next\"");
		assertThat(first.json()).containsExactlyElementsOf(List.of(all.get(0), all.get(1), all.get(2)));
		assertThat(get("/api/statements/search?q=trust&size=3&page=2").json())
			.containsExactlyElementsOf(List.of(all.get(3), all.get(4), all.get(5)));
		// limit is size's older name
		assertThat(ok("/api/statements/search?q=trust&limit=3")).isEqualTo(first.json());
		assertThat(get("/api/statements/search?q=trust&limit=101").body()).contains("limit");

		// one speaker: exactly the hits of that speaker, in the same order
		var speaker = all.get(0).at("/speaker/id").asText();
		var bySpeaker = ok("/api/statements/search?q=trust&size=100&speaker=" + speaker);
		assertThat(bySpeaker).containsExactlyElementsOf(
				java.util.stream.StreamSupport.stream(all.spliterator(), false)
					.filter(hit -> hit.at("/speaker/id").asText().equals(speaker)).toList());
		assertThat(get("/api/statements/search?q=trust&speaker=nobody").status()).isEqualTo(404);

		// within dates: the hits whose statements Q4 keeps for the same range
		var in2022 = ok("/api/statements?from=2022&to=2022&size=1000");
		var ids2022 = new java.util.HashSet<String>();
		in2022.forEach(s -> ids2022.add(s.get("id").asText()));
		var searched2022 = ok("/api/statements/search?q=trust&size=100&from=2022&to=2022");
		assertThat(searched2022).isNotEmpty().hasSizeLessThan(all.size())
			.allSatisfy(hit -> assertThat(ids2022).contains(hit.get("statement").asText()));
		assertThat(searched2022).containsExactlyElementsOf(java.util.stream.StreamSupport.stream(all.spliterator(), false)
			.filter(hit -> ids2022.contains(hit.get("statement").asText())).toList());
		assertThat(get("/api/statements/search?q=trust&from=20xx").status()).isEqualTo(400);
	}

	@Test
	void criticismsAndCallsForActionAreNarrowedByDates() {
		// kept when the time it may fall in overlaps the range: the 2022 article's, and those of the article dated
		// only "on or after 6 November 2019"; not those of 2018 or of 2015 at the latest
		var all = ok("/api/criticisms?target=nsft&size=1000");
		var in2022 = ok("/api/criticisms?target=nsft&from=2022&to=2022&size=1000");
		assertThat(in2022).hasSizeLessThan(all.size()).containsAll(java.util.stream.StreamSupport.stream(all.spliterator(), false)
			.filter(c -> c.at("/source/article").asText().equals("article-60032d35")).toList());
		assertThat(in2022).extracting(c -> c.at("/source/article").asText()).contains("article-60032d35")
			.doesNotContain("article-4dedf428", "article-75db5818");
		assertThat(ok("/api/criticisms?target=nsft&from=2030&to=2030")).extracting(c -> c.at("/source/article").asText())
			.doesNotContain("article-60032d35", "article-4dedf428");
		assertThat(get("/api/criticisms?target=nsft&to=soon").status()).isEqualTo(400);
		var calls = ok("/api/calls-for-action?concerning=nsft&size=1000");
		var calls2018 = ok("/api/calls-for-action?concerning=nsft&from=2018&to=2018&size=1000");
		assertThat(calls2018).hasSizeLessThan(calls.size()).extracting(c -> c.at("/source/article").asText())
			.contains("article-4dedf428").doesNotContain("article-60032d35");
		assertThat(get("/api/calls-for-action?from=20x8").status()).isEqualTo(400);
	}

	@Test
	void listsComeInPagesWithALinkToTheNext() {
		var all = ok("/api/statements?size=1000");
		var first = get("/api/statements?size=5");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("X-Has-More")).isEqualTo("true");
		assertThat(first.header("Link")).isEqualTo("<http://localhost:" + port + "/api/statements?size=5&page=2>; rel=\"next\"");
		var second = get("/api/statements?size=5&page=2");
		assertThat(second.json()).containsExactlyElementsOf(List.of(all.get(5), all.get(6), all.get(7), all.get(8), all.get(9)));
		var last = get("/api/statements?size=5&page=" + (all.size() + 4) / 5);
		assertThat(last.header("X-Has-More")).isEqualTo("false");
		assertThat(last.header("Link")).isNull();
		assertThat(last.json()).hasSize(all.size() - 5 * ((all.size() - 1) / 5));
		for (var bad : List.of("size=1001", "size=0", "page=0", "page=two")) {
			var response = get("/api/criticisms?" + bad);
			assertThat(response.status()).as(bad).isEqualTo(400);
			assertThat(response.json().get("detail").asText()).as(bad).contains(bad.substring(0, bad.indexOf('=')));
		}
	}

	@Test
	void criticismsPoliticiansCallsEventsArticlesPathAndNetwork() {
		assertThat(ok("/api/criticisms?target=nsft")).extracting(c -> c.at("/critic/id").asText())
			.contains("norman-lamb", "duncan-baker", "clive-lewis", "nick-fulcher", "former-nsft-consultant-60032d35");
		assertThat(ok("/api/politicians")).extracting(p -> p.get("name").asText()).contains("Norman Lamb",
				"Gillian Keegan", "Matt Hancock");
		assertThat(ok("/api/calls-for-action?caller=duncan-baker")).isNotEmpty();
		assertThat(ok("/api/events?from=2018-11-30&to=2018-11-30")).extracting(e -> e.get("id").asText())
			.contains("meeting-sheringham-2018-11-30").doesNotContain("letter-lamb-to-hancock-2018-12-06");
		assertThat(ok("/api/events?kind=protest")).hasSize(3);

		var articles = ok("/api/articles");
		assertThat(articles).hasSize(5);
		var article = ok("/api/articles/article-e3fac681");
		assertThat(article.at("/article/publisher").asText()).isEqualTo("ITV Anglia");
		assertThat(article.get("facts")).hasSize(article.at("/article/facts").asInt());

		var path = ok("/api/path?from=norman-lamb&to=zoe-billingham");
		assertThat(path.at("/nodes/0/id").asText()).isEqualTo("norman-lamb");
		assertThat(path.get("steps")).allSatisfy(s -> assertThat(s.at("/source/evidence").asText()).isNotBlank());
		assertThat(ok("/api/path?from=nsft&to=nsft").get("steps")).isEmpty(); // was a 500 from shortestPath

		var comparison = ok("/api/compare?a=antek-lejk&b=chloe-smith");
		assertThat(comparison.at("/a/name").asText()).isEqualTo("Antek Lejk");
		assertThat(comparison.at("/complete").asBoolean()).isTrue();
		assertThat(comparison.get("subjects")).isNotEmpty().allSatisfy(subject -> {
			var id = subject.at("/subject/id").asText();
			// each side is what /api/statements answers for that speaker and subject
			assertThat(subject.get("saidByA")).isEqualTo(ok("/api/statements?speaker=antek-lejk&about=" + id));
			assertThat(subject.get("saidByB")).isEqualTo(ok("/api/statements?speaker=chloe-smith&about=" + id));
		});

		var network = ok("/api/network?focus=nsft&depth=1");
		assertThat(network.get("nodes")).anySatisfy(n -> assertThat(n.at("/data/id").asText()).isEqualTo("nsft"));
		assertThat(network.get("edges")).isNotEmpty()
			.allSatisfy(e -> assertThat(e.at("/data/article").asText()).startsWith("article-"))
			.anySatisfy(e -> assertThat(e.at("/data/type").asText()).isEqualTo("SAID"))
			.anySatisfy(e -> assertThat(e.at("/data/type").asText()).isEqualTo("CRITICISED"));
		// a relation between two entities is an edge per relationship (at most 20), each with their count
		var links = new HashMap<String, List<Integer>>();
		network.get("edges").forEach(e -> {
			if (!List.of("SAID", "ABOUT", "ON_BEHALF_OF").contains(e.at("/data/type").asText())) {
				links.computeIfAbsent(e.at("/data/source").asText() + " " + e.at("/data/type").asText() + " "
						+ e.at("/data/target").asText(), key -> new ArrayList<>()).add(e.at("/data/attestations").asInt());
			}
		});
		assertThat(links).isNotEmpty().allSatisfy((link, counts) -> assertThat(counts).as(link).containsOnly(counts.size()));
		assertThat(ok("/api/network?focus=nsft&article=article-60032d35").get("edges"))
			.allSatisfy(e -> assertThat(e.at("/data/article").asText()).isEqualTo("article-60032d35"));
		assertThat(ok("/api/entities/cqc/neighbourhood?depth=2")).isNotEmpty();
		assertThat(ok("/api/entities/norman-lamb/facts?other=north-norfolk")).hasSize(1);
	}

	@Test
	void claimsAgainstOutcomesWithCommitmentsMarkedAndADateRange() {
		var all = ok("/api/claims?org=nsft");
		assertThat(all).anySatisfy(entry -> {
			assertThat(entry.get("id").asText()).isEqualTo("statement-d486f7aa-03");
			assertThat(entry.get("commitment").asBoolean()).isTrue();
			assertThat(entry.at("/commitments/0").asText()).isEqualTo("We are determined to get things right.");
			assertThat(entry.at("/speakers/0/name").asText()).isEqualTo("Antek Lejk");
			assertThat(entry.at("/speakers/0/role").asText()).isEqualTo("chief executive");
			assertThat(entry.at("/source/article").asText()).isEqualTo("article-d486f7aa");
			assertThat(entry.at("/source/title").asText()).isNotBlank();
		});
		assertThat(all).anySatisfy(entry -> {
			assertThat(entry.get("id").asText()).isEqualTo("cqc-inspection-nsft-2019");
			assertThat(entry.get("side").asText()).isEqualTo("shown");
			assertThat(entry.get("rating").asText()).isEqualTo("requires improvement");
		});
		var in2022 = ok("/api/claims?org=nsft&from=2022&to=2022");
		assertThat(in2022.size()).isPositive().isLessThan(all.size());
		assertThat(in2022).extracting(e -> e.get("id").asText()).contains("statement-60032d35-06")
			.doesNotContain("statement-d486f7aa-03");
		var page = get("/api/claims?org=nsft&size=5&page=2");
		assertThat(page.header("X-Has-More")).isEqualTo("true");
		assertThat(page.json()).containsExactlyElementsOf(List.of(all.get(5), all.get(6), all.get(7), all.get(8), all.get(9)));
	}

	@Test
	void openApiDescriptionAndItsInteractivePage() {
		var description = get("/v3/api-docs");
		assertThat(description.status()).isEqualTo(200);
		assertThat(description.json().get("paths").has("/api/statements")).isTrue();
		assertThat(description.json().get("paths").has("/api/network")).isTrue();
		assertThat(description.json().get("paths").has("/api/claims")).isTrue();
		var page = get("/api-docs.html");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui");
	}

	@Test
	void unknownIdsAre404ProblemDetails() {
		for (var url : List.of("/api/entities/nobody", "/api/leadership?organisation=nobody",
				"/api/inspections?organisation=nobody", "/api/statements?speaker=nobody", "/api/statements?about=nobody",
				"/api/criticisms?target=nobody", "/api/calls-for-action?caller=nobody", "/api/articles/nobody",
				"/api/path?from=norman-lamb&to=nobody", "/api/compare?a=nsft&b=nobody", "/api/network?focus=nobody", "/api/entities/nobody/facts?other=nsft",
				"/api/entities/nobody/neighbourhood?depth=1", "/api/claims?org=nobody")) {
			var response = get(url);
			assertThat(response.status()).as(url).isEqualTo(404);
			assertThat(response.contentType()).as(url).startsWith("application/problem+json");
			assertThat(response.json().get("detail").asText()).as(url).contains("'nobody'");
			assertThat(response.json().get("id").asText()).as(url).isEqualTo("nobody");
		}
	}

	@Test
	void malformedParametersAre400NamingTheParameter() {
		record Case(String url, String parameter) {
		}
		for (var c : List.of(new Case("/api/statements?from=2018-13-01", "from"),
				new Case("/api/statements?to=yesterday", "to"), new Case("/api/events?from=2019&to=2018", "from"),
				new Case("/api/network?focus=nsft&depth=0", "depth"), new Case("/api/network?depth=99", "depth"),
				new Case("/api/network?depth=two", "depth"), new Case("/api/entities?q=", "q"),
				new Case("/api/entities?q=Lamb&limit=100000", "limit"), new Case("/api/leadership", "organisation"),
				new Case("/api/entities/NSFT", "id"), new Case("/api/compare?a=nsft&b=nsft", "b"),
				new Case("/api/compare?a=nsft", "b"), new Case("/api/compare?a=nsft&b=cqc&from=2019&to=2018", "from"), new Case("/api/entities?q=" + "a".repeat(201), "q"),
				new Case("/api/claims", "org"), new Case("/api/claims?org=nsft&from=2018-13", "from"),
				new Case("/api/claims?org=nsft&from=2019&to=2018", "from"), new Case("/api/claims?org=NSFT!", "org"))) {
			var response = get(c.url());
			assertThat(response.status()).as(c.url()).isEqualTo(400);
			assertThat(response.contentType()).as(c.url()).startsWith("application/problem+json");
			assertThat(response.json().get("detail").asText()).as(c.url()).contains(c.parameter());
		}
	}

	@Test
	void hostileInputIsRejectedOrHarmlessAndChangesNothing(Driver driver) {
		long[] before = counts(driver);
		var hostile = List.of("') MATCH (n) DETACH DELETE n //", "\" OR 1=1 --", "x'}) DETACH DELETE n RETURN 1 //",
				"Robert'); DROP TABLE students;--", "名前 ñ é ✓ 🙂", "a".repeat(5000), "..%2F..%2Fetc%2Fpasswd", "*:*");
		var urls = new ArrayList<String>();
		for (var value : hostile) {
			var v = encode(value);
			urls.addAll(List.of("/api/entities?q=" + v, "/api/entities/" + v, "/api/leadership?organisation=" + v,
					"/api/inspections?organisation=" + v, "/api/statements?speaker=" + v, "/api/statements?about=" + v,
					"/api/statements?from=" + v, "/api/statements/search?q=" + v, "/api/criticisms?target=" + v,
					"/api/calls-for-action?concerning=" + v, "/api/events?to=" + v, "/api/events?kind=" + v,
					"/api/articles/" + v, "/api/path?from=nsft&to=" + v, "/api/compare?a=nsft&b=" + v, "/api/network?focus=" + v,
					"/api/network?from=" + v, "/api/entities/nsft/facts?other=" + v, "/api/claims?org=" + v,
					"/api/claims?org=nsft&from=" + v));
		}
		for (var url : urls) {
			var status = get(url).status();
			assertThat(status).as(url).isLessThan(500);
		}
		assertThat(counts(driver)).as("nodes and relationships").containsExactly(before);
	}

	private JsonNode ok(String url) {
		var response = get(url);
		assertThat(response.status()).as(url + " -> " + response.body()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		return response.json();
	}

	private static List<String> texts(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static long[] counts(Driver driver) {
		var nodes = driver.executableQuery("MATCH (n) RETURN count(n) AS c").execute().records().get(0).get("c").asLong();
		var relationships = driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS c").execute().records().get(0)
			.get("c").asLong();
		return new long[] { nodes, relationships };
	}
}
