package org.accountabilitygraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.accountabilitygraph.LoadedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Every fact in the loaded graph names its article and quotes it verbatim. */
@ExtendWith(LoadedGraph.class)
class ProvenanceIT {

	@Test
	void everyRelationshipAndNodeIsSourcedByAVerbatimSpanOfItsArticle(Driver driver) {
		assertThat(new ProvenanceAudit(LoadedGraph.PROJECT).problems(driver)).isEmpty();
	}

	@Test
	void everyArticleFileIsAnArticleNodeWithAnInferredDateAndItsReasoning(Driver driver) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
			var expected = files.map(f -> "data/articles/" + f.getFileName()).sorted().toList();
			var articles = driver.executableQuery("""
					MATCH (a:Article) RETURN a.sourceFile AS file, a.datePrecision AS precision,
					       a.dateReasoning AS reasoning, a.date AS date, a.dateEarliest AS earliest,
					       a.dateLatest AS latest, a.title AS title ORDER BY file""").execute().records();
			assertThat(articles).extracting(r -> r.get("file").asString()).containsExactlyElementsOf(expected);
			assertThat(articles).allSatisfy(r -> {
				assertThat(r.get("precision").asString()).isIn("day", "month", "year", "range");
				assertThat(r.get("reasoning").asString()).hasSizeGreaterThan(40);
				assertThat(r.get("title").asString()).isNotBlank();
				if (r.get("precision").asString().equals("range")) {
					assertThat(r.get("earliest").isNull() && r.get("latest").isNull()).isFalse();
				}
				else {
					assertThat(r.get("date").asString()).isNotBlank();
				}
			});
		}
	}

	/** The loader's articleSortDate on every fact and mention: its article's date, else its earliest, else its latest bound. */
	@Test
	void everyFactCarriesItsArticlesSortDate(Driver driver) {
		var rows = driver.executableQuery("""
				MATCH ()-[fact]->() WHERE fact.article IS NOT NULL
				MATCH (article:Article {id: fact.article})
				RETURN count(*) AS facts,
				       count(CASE WHEN fact.articleSortDate = coalesce(article.date, article.dateEarliest, article.dateLatest)
				                  THEN 1 END) AS right,
				       count(CASE WHEN type(fact) = 'REPORTED_IN' THEN 1 END) AS mentions,
				       count(DISTINCT fact.articleSortDate) AS dates""").execute().records();
		var row = rows.get(0);
		assertThat(row.get("facts").asLong()).isGreaterThan(500);
		assertThat(row.get("mentions").asLong()).isGreaterThan(100);
		assertThat(row.get("right").asLong()).isEqualTo(row.get("facts").asLong());
		assertThat(row.get("dates").asLong()).as("one per article date").isGreaterThan(1);
	}

	@Test
	void auditCatchesAnUnsourcedFactAndAMisquotedSpan(Driver driver) {
		// The audit must be able to fail: plant both faults in a transaction that is rolled back.
		try (var session = driver.session(); var tx = session.beginTransaction()) {
			tx.run("""
					MATCH (a:Article) WITH a LIMIT 1
					CREATE (p:Person {id: 'planted-person'})-[:REPORTED_IN {article: a.id, evidence: 'words the article never used'}]->(a)
					CREATE (p)-[:CRITICISED]->(a)""");
			var problems = new ProvenanceAudit(LoadedGraph.PROJECT).problems(tx);
			assertThat(problems).anyMatch(p -> p.contains("not found verbatim") && p.contains("planted-person"));
			assertThat(problems).anyMatch(p -> p.startsWith("CRITICISED planted-person") && p.contains("missing article"));
			tx.rollback();
		}
	}
}
