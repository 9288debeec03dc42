package org.accountabilitygraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.accountabilitygraph.LoadedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * The queries do work in proportion to what is asked, and none runs for long: the neighbourhood
 * search goes no deeper than the depth asked for yet answers exactly as the exhaustive form did, and
 * the database stops any query that runs past the timeout.
 */
@ExtendWith(LoadedGraph.class)
class BoundedQueriesIT {

	/** q9-neighbourhood as it was: every path up to five steps, filtered by depth afterwards (seconds per call). */
	private static final String EXHAUSTIVE_NEIGHBOURHOOD = """
			MATCH (centre {id: $id})
			MATCH path = (centre)-[*1..5]-(other)
			WHERE length(path) <= $depth AND other <> centre
			  AND all(step IN relationships(path) WHERE type(step) <> 'REPORTED_IN')
			  AND (other:Person OR other:Organisation OR other:Group)
			WITH other, min(length(path)) AS distance
			RETURN other.id AS id, coalesce(other.name, other.description) AS name, labels(other) AS labels, distance
			ORDER BY distance, name""";

	@Test
	void neighbourhoodAnswersAsTheExhaustiveSearchDid(Driver driver) {
		var queries = new NamedQueries(driver, LoadedGraph.QUERY_TIMEOUT);
		for (var id : List.of("nsft", "norman-lamb", "cqc", "article-d486f7aa")) {
			// The exhaustive form costs the same at any depth (it expands five steps, then filters), so it runs
			// once, at depth 4: its answer at a smaller depth is exactly the rows whose (shortest) distance is
			// within that depth, with the same distance.
			var deepest = driver.executableQuery(EXHAUSTIVE_NEIGHBOURHOOD)
				.withParameters(Map.<String, Object>of("id", id, "depth", 4)).execute().records()
				.stream().map(Record::asMap).toList();
			for (int depth = 1; depth <= 4; depth++) {
				var parameters = Map.<String, Object>of("id", id, "depth", depth);
				int within = depth;
				var expected = new ArrayList<>(deepest.stream()
					.filter(r -> ((Number) r.get("distance")).intValue() <= within).toList());
				// the old order left rows of equal distance and name (two spokesmen) in any order; the new one sorts by id too
				expected.sort(Comparator.comparing((Map<String, Object> r) -> ((Number) r.get("distance")).intValue())
					.thenComparing(r -> (String) r.get("name")).thenComparing(r -> (String) r.get("id")));
				var actual = queries.run("q9-neighbourhood", parameters);
				assertThat(actual).as(id + " at depth " + depth).isEqualTo(expected);
				if (depth == 4 && !id.startsWith("article")) {
					assertThat(actual).as(id + " at depth " + depth).isNotEmpty();
				}
			}
		}
	}

	@Test
	void neighbourhoodExpandsOnlyAsDeepAsAsked(Driver driver) {
		var text = NamedQueries.text("q9-neighbourhood");
		long depth1 = dbHits(driver, text, Map.of("id", "nsft", "depth", 1));
		long depth4 = dbHits(driver, text, Map.of("id", "nsft", "depth", 4));
		// The exhaustive form follows every path (about 10^8 database hits here, tens of seconds); a search that
		// visits each node and relationship a bounded number of times stays within a small multiple of the store.
		long store = driver.executableQuery("MATCH (n) RETURN count(n) + COUNT { ()-[]->() } AS size").execute()
			.records().get(0).get("size").asLong();
		System.out.printf("neighbourhood of nsft, database hits: depth 1 %d, depth 4 %d; nodes and relationships %d%n",
				depth1, depth4, store);
		assertThat(depth1).isLessThan(depth4);
		assertThat(depth4).isLessThan(50 * store);
	}

	@Test
	void aChainFromAnEntityToItselfIsTheEntityAlone(Driver driver) {
		var chain = new KnowledgeGraph(driver, LoadedGraph.QUERY_TIMEOUT).connection("nsft", "nsft").orElseThrow();
		assertThat(chain.nodes()).extracting(n -> n.id()).containsExactly("nsft");
		assertThat(chain.steps()).isEmpty();
	}

	@Test
	void theDatabaseStopsAQueryThatRunsPastTheTimeout(Driver driver) {
		var queries = new NamedQueries(driver, Duration.ofMillis(300));
		long start = System.nanoTime();
		// about 10^9 rows, each looked at: minutes, unless stopped
		assertThatThrownBy(() -> queries.execute("slow",
				"MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id + d.id = 'none' RETURN count(*) AS rows", Map.of()))
			.isInstanceOf(QueryTimeoutException.class).hasMessageContaining("'slow'").hasMessageContaining("300 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
	}

	private static long dbHits(Driver driver, String cypher, Map<String, Object> parameters) {
		var profile = driver.executableQuery("PROFILE " + cypher).withParameters(parameters).execute().summary().profile();
		return hits(profile);
	}

	private static long hits(org.neo4j.driver.summary.ProfiledPlan plan) {
		long hits = plan.dbHits();
		for (var child : plan.children()) {
			hits += hits(child);
		}
		return hits;
	}
}
