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
		assertThat(lejk.get("when")).isEqualTo("2018");
		assertThat(list(rows.get(0).get("sources"))).allSatisfy(s -> assertThat((String) s.get("evidence")).isNotBlank());
	}
	@Test
	void q2InspectionsAndSpecialMeasuresOfNsftInTimeOrder() {
		var rows = run("q2-inspections", "organisation", "nsft");
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
		var rows = run("q5-politicians");
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
			.extracting(o -> o.get("status") + "@" + o.get("article"))
			.contains("current@article-d486f7aa", "current@article-4dedf428", "former@article-60032d35");
		assertThat(ids(row(rows, "matt-hancock", "politician").get("constituencies"))).containsExactly("suffolk");
		assertThat(ids(row(rows, "gillian-keegan", "politician").get("offices")))
			.containsExactly("minister-for-mental-health-and-care");
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
