package org.accountabilitygraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

/** The graph style as the Neo4j Browser's GraSS parser will read it. */
class GraphStyleTests {

	@Test
	void servedWithoutCommentsWhichTheBrowserCannotParse() {
		assertThat(GraphStyle.text()).doesNotContain("/*").doesNotContain("*/").startsWith("node {");
	}

	@Test
	void everyKindOfNodeHasAColourOfItsOwnAndACaptionFromItsProperties() {
		var rules = GraphStyle.rules();
		var labels = rules.stream().map(GraphStyle.Rule::label).filter(l -> l != null).toList();
		assertThat(labels).contains("Person", "MP", "Group", "Office", "Organisation", "Service", "Statement",
				"CallForAction", "Inspection", "MustDoAction", "Decision", "Event", "Place", "Constituency", "Article");
		// MP after Person: the Browser lets later rules win for a node with both labels; Entity (every node) first.
		assertThat(labels.indexOf("MP")).isGreaterThan(labels.indexOf("Person"));
		assertThat(labels.get(0)).isEqualTo("Entity");
		var colours = new HashSet<String>();
		for (var rule : rules) {
			var label = rule.label();
			if (label == null || label.equals("Entity")) {
				continue;
			}
			assertThat(rule.caption()).as(label).matches("(\\{\\w+\\} ?)+");
			// Organisations of every kind share the organisations' colour; every other kind has its own.
			boolean organisation = rule.properties().equals(rules.stream()
				.filter(r -> "Organisation".equals(r.label())).findFirst().orElseThrow().properties());
			if (!organisation || label.equals("Organisation")) {
				assertThat(colours.add(rule.properties().get("color"))).as(label + "'s colour is its own").isTrue();
			}
		}
		assertThat(rules.stream().filter(r -> "Statement".equals(r.label())).findFirst().orElseThrow().caption())
			.isEqualTo("{text}");
	}

	@Test
	void noValueHoldsWhatTheBrowsersParserSplitsOn() {
		// It drops the quotes and splits on every ';' and ':', quoted or not.
		for (var rule : GraphStyle.rules()) {
			rule.properties().forEach((key, value) -> assertThat(value).as(rule.selector() + " " + key)
				.doesNotContain(":").doesNotContain(";"));
		}
	}
}
