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
class CompetencyIT {

	private final NamedQueries queries;

	CompetencyIT(Driver driver) {
		this.queries = new NamedQueries(driver);
	}

	private List<Map<String, Object>> run(String name, Object... keysAndValues) {
		var parameters = new HashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return queries.run(name, parameters);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@Test
	void q1LeadershipOfNsftInTimeOrderWithTheArticleThatAttestsEachRole() {
		var rows = run("q1-leadership", "organisation", "nsft");
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
		assertThat(lejk.get("since")).isEqualTo("2018");
		assertThat(list(rows.get(0).get("sources"))).allSatisfy(s -> assertThat((String) s.get("evidence")).isNotBlank());
	}
}
