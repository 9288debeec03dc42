package org.accountabilitygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.accountabilitygraph.ApplicationOnLoadedGraph;
import org.accountabilitygraph.facts.FactSet;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * {@code GET /api/articles/{id}/text} over real HTTP on the real graph: each article's text and every fact it
 * supports, each evidence at the offsets of its exact words; and {@code GET /api/entities/{id}/timeline} within a
 * date range.
 */
class ArticleTextIT extends ApplicationOnLoadedGraph {

	@Test
	void everyEvidenceOfEveryArticlePointsAtItsWordsInTheText(Driver driver) {
		var articles = ok("/api/articles");
		assertThat(articles).hasSize(5);
		for (var summary : articles) {
			var id = summary.get("id").asText();
			var answer = ok("/api/articles/" + id + "/text");
			var text = answer.get("text").asText();
			assertThat(text).as(id).hasSizeGreaterThan(2000);
			assertThat(answer.at("/article/sourceFile").asText()).isEqualTo(summary.get("sourceFile").asText());
			var facts = answer.get("facts");
			// every fact the article supports, and one mention per node it reports
			long relationships = driver.executableQuery(
					"MATCH ()-[r]->() WHERE r.article = $id AND type(r) <> 'REPORTED_IN' RETURN count(r)")
				.withParameters(java.util.Map.of("id", id)).execute().records().get(0).get(0).asLong();
			assertThat(summary.get("facts").asLong()).isEqualTo(relationships);
			assertThat(facts).as(id).hasSize((int) (relationships + summary.get("nodes").asLong()));
			assertThat(answer.get("entities")).hasSize(summary.get("nodes").asInt());
			var ids = new HashSet<String>();
			int previous = 0;
			for (var fact : facts) {
				var what = id + " " + fact.get("id").asText();
				assertThat(ids.add(fact.get("id").asText())).as(what + " is named once").isTrue();
				var evidence = fact.get("evidence");
				assertThat(evidence.get("located").asText()).as(what).isIn("only", "in-mention", "first");
				int start = evidence.get("start").asInt();
				int end = evidence.get("end").asInt();
				assertThat(start).as(what + " in text order").isGreaterThanOrEqualTo(previous);
				previous = start;
				var words = text.substring(start, end);
				// the exact words: the same once quote marks and line breaks are compared as the checks compare them,
				// and neither end cut inside a word
				assertThat(FactSet.normalise(words)).as(what).isEqualTo(FactSet.normalise(evidence.get("text").asText()));
				assertThat(Character.isWhitespace(words.charAt(0))).as(what).isFalse();
				assertThat(Character.isWhitespace(words.charAt(words.length() - 1))).as(what).isFalse();
				if (evidence.get("occurrences").asInt() > 1) {
					assertThat(evidence.get("located").asText()).as(what).isIn("in-mention", "first");
				}
			}
			assertThat(facts).filteredOn(f -> f.get("type").asText().equals("REPORTED_IN"))
				.hasSize(summary.get("nodes").asInt())
				.allSatisfy(f -> assertThat(f.at("/to/id").asText()).isEqualTo(id));
		}
	}

	@Test
	void theArticleAsTheDataHasIt() {
		var answer = ok("/api/articles/article-e3fac681/text");
		var article = answer.get("article");
		assertThat(article.get("title").asText()).startsWith("WATCH: ITV Anglia's Rob Setchell");
		assertThat(article.get("titleInferred").asBoolean()).isTrue();
		assertThat(article.get("publisher").asText()).isEqualTo("ITV Anglia");
		assertThat(article.get("publisherEvidence").asText()).contains("embeds video reports");
		assertThat(article.get("datePrecision").asText()).isEqualTo("range");
		assertThat(article.get("dateEarliest").asText()).isEqualTo("2019-11-06");
		assertThat(article.get("dateReasoning").asText()).isNotBlank();

		// a fact of the same type between the same ends is numbered: the 2019 inspection's six ratings
		var ratings = facts(answer, "RATED:cqc-inspection-nsft-2019:nsft");
		assertThat(ratings).hasSize(6).extracting(f -> f.at("/properties/domain").asText())
			.containsExactlyInAnyOrder("overall", "safe", "effective", "caring", "responsive", "well-led");
		assertThat(ratings).extracting(f -> f.get("id").asText()).contains("RATED:cqc-inspection-nsft-2019:nsft",
				"RATED:cqc-inspection-nsft-2019:nsft.6");

		// a statement: its mention, and who said it, with the words of each
		var said = facts(answer, "SAID:ted-baker:statement-e3fac681-04").get(0);
		assertThat(said.at("/from/name").asText()).isEqualTo("Ted Baker");
		assertThat(said.at("/to/kind").asText()).isEqualTo("Statement");
		var statement = entries(answer.get("entities")).stream()
			.filter(e -> e.get("id").asText().equals("statement-e3fac681-04")).findFirst().orElseThrow();
		assertThat(statement.at("/properties/kind").asText()).isEqualTo("quote");
		assertThat(facts(answer, "REPORTED_IN:statement-e3fac681-04:article-e3fac681")).hasSize(1);
	}

	@Test
	void wordsThatOccurMoreThanOnceAreTakenInTheSentenceOfTheirStatementAndSaidSo() {
		var located = new HashSet<String>();
		for (var id : List.of("article-d486f7aa", "article-75db5818", "article-e3fac681", "article-60032d35", "article-4dedf428")) {
			var answer = ok("/api/articles/" + id + "/text");
			var text = answer.get("text").asText();
			for (var fact : answer.get("facts")) {
				var evidence = fact.get("evidence");
				located.add(evidence.get("located").asText());
				if (evidence.get("located").asText().equals("in-mention")) {
					var within = evidence.get("within").asText();
					var mention = facts(answer, "REPORTED_IN:" + within + ":" + id).get(0).get("evidence");
					assertThat(evidence.get("start").asInt()).isBetween(mention.get("start").asInt(), mention.get("end").asInt());
					assertThat(evidence.get("end").asInt()).isBetween(mention.get("start").asInt(), mention.get("end").asInt());
					assertThat(evidence.get("occurrences").asInt()).isGreaterThan(1);
				}
				if (evidence.get("located").asText().equals("first")) {
					int first = text.indexOf(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()));
					assertThat(first).isEqualTo(evidence.get("start").asInt());
				}
			}
		}
		assertThat(located).contains("only", "in-mention");
	}

	@Test
	void unknownArticlesAre404AndMalformedIds400() {
		for (var id : List.of("article-00000000", "nsft")) {
			var response = get("/api/articles/" + id + "/text");
			assertThat(response.status()).as(id).isEqualTo(404);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().get("id").asText()).isEqualTo(id);
		}
		var malformed = get("/api/articles/Article%20X/text");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("parameter").asText()).isEqualTo("id");
	}

	@Test
	void describedInTheOpenApiDocument() {
		var paths = ok("/v3/api-docs").get("paths");
		assertThat(paths.has("/api/articles/{id}/text")).isTrue();
		assertThat(paths.at("/~1api~1articles~1{id}~1text/get/summary").asText()).contains("offsets");
		assertThat(paths.at("/~1api~1entities~1{id}~1timeline/get/parameters").findValuesAsText("name"))
			.contains("id", "from", "to");
	}

	@Test
	void theTimelineWithinARange() {
		var all = ok("/api/entities/nsft/timeline");
		var in2018 = ok("/api/entities/nsft/timeline?from=2018&to=2018");
		assertThat(in2018.size()).isLessThan(all.size()).isGreaterThan(5);
		for (var entry : in2018) {
			var when = entry.get("when");
			if (when.isNull()) {
				continue; // undated: kept, last
			}
			var parts = when.asText().split("/", -1);
			var earliest = parts[0].equals("..") ? "0000" : parts[0];
			var latest = parts.length > 1 ? (parts[1].equals("..") ? "9999" : parts[1]) : parts[0];
			assertThat(earliest.substring(0, 4)).as(when.asText()).isLessThanOrEqualTo("2018");
			assertThat(latest.substring(0, 4)).as(when.asText()).isGreaterThanOrEqualTo("2018");
		}
		assertThat(in2018).anySatisfy(e -> {
			assertThat(e.get("kind").asText()).isEqualTo("said about");
			assertThat(e.at("/speaker/name").asText()).isEqualTo("Norman Lamb");
			assertThat(e.get("statementKind").asText()).isIn("quote", "reported");
		});
		var decisions = entries(all).stream().filter(e -> e.get("kind").asText().equals("decision")).toList();
		assertThat(decisions).anySatisfy(d -> {
			assertThat(d.get("outcome").asText()).isEqualTo("placed-back");
			assertThat(d.get("decisionKind").asText()).isEqualTo("special-measures");
		});
		// a decision known only to follow 6 November 2019 is no longer dated that day
		assertThat(decisions).anySatisfy(d -> assertThat(d.get("when").asText()).isEqualTo("2019-11-06/.."));
		assertThat(entries(all)).anySatisfy(e -> assertThat(e.get("when").asText()).isEqualTo("2019-10-07/2019-11-06"));
		// each entry names the fact its source cites, as the article's text names it, with the same evidence
		var texts = new java.util.HashMap<String, JsonNode>();
		for (var entity : List.of("nsft", "norman-lamb", "zoe-billingham")) {
			for (var entry : ok("/api/entities/" + entity + "/timeline")) {
				var article = entry.at("/source/article").asText();
				var text = texts.computeIfAbsent(article, a -> ok("/api/articles/" + a + "/text"));
				var fact = facts(text, entry.get("fact").asText());
				assertThat(fact).as(entity + " " + entry.get("fact").asText()).isNotEmpty()
					.anySatisfy(f -> assertThat(f.at("/evidence/text").asText()).isEqualTo(entry.at("/source/evidence").asText()));
			}
		}
		var bad = get("/api/entities/nsft/timeline?from=2019&to=2018");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("parameter").asText()).isEqualTo("from");
	}

	private static List<JsonNode> entries(JsonNode array) {
		var list = new java.util.ArrayList<JsonNode>();
		array.forEach(list::add);
		return list;
	}

	private static List<JsonNode> facts(JsonNode answer, String idOrPrefix) {
		var found = new java.util.ArrayList<JsonNode>();
		for (var fact : answer.get("facts")) {
			var id = fact.get("id").asText();
			if (id.equals(idOrPrefix) || id.startsWith(idOrPrefix + ".")) {
				found.add(fact);
			}
		}
		return found;
	}

	private JsonNode ok(String url) {
		var response = get(url);
		assertThat(response.status()).as(url + " -> " + response.body()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		return response.json();
	}
}
