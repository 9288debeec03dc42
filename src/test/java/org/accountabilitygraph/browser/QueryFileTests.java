package org.accountabilitygraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A named query file read for the guide: its title, explanation, example, and the example written in. */
class QueryFileTests {

	@Test
	void theTitleIsTheWholeFirstSentenceEvenWhenItWrapsOntoTheNextLine() {
		var file = QueryFile.parse("article-facts", """
				// Every fact an article supports: each relationship it is the source of (REPORTED_IN left out),
				// with both ends and the supporting sentence. More about it.
				// Example:    :param article => 'article-d486f7aa'
				MATCH (n) RETURN n;
				""");
		assertThat(file.title()).isEqualTo("Every fact an article supports: each relationship it is the source of "
				+ "(REPORTED_IN left out), with both ends and the supporting sentence.");
		assertThat(file.explanation()).containsExactly("More about it.");
		assertThat(file.example()).containsExactly(Map.entry("article", "'article-d486f7aa'"));
		assertThat(file.query()).isEqualTo("MATCH (n) RETURN n;");
	}

	@Test
	void aQuestionNumberBelongsToTheTitle() {
		assertThat(QueryFile.parse("q4", "// Q4. Who said what? Every quotation.\nRETURN 1").title())
			.isEqualTo("Q4. Who said what?");
		assertThat(QueryFile.parse("q9", "// Q9 (second form). Everyone within $depth steps.\n// Then more.\nRETURN 1")
			.title()).isEqualTo("Q9 (second form). Everyone within $depth steps.");
		// Not a sentence's end: a path (../2015), an ellipsis before a bracket
		assertThat(QueryFile.parse("x", "// Dates (such as ../2015-12-31, ...) and more. Next.\nRETURN 1").title())
			.isEqualTo("Dates (such as ../2015-12-31, ...) and more.");
	}

	@Test
	void parametersAndFiltersArePragraphsOfTheirOwn() {
		var file = QueryFile.parse("q6", """
				// Q6. Calls for action: who called for what?
				// Filters (each may be null): caller (id), concerning (id of the organisation or person concerned
				// or addressed).
				// Parameters: none.
				RETURN 1
				""");
		assertThat(file.explanation()).containsExactly(
				"Filters (each may be null): caller (id), concerning (id of the organisation or person concerned or addressed).",
				"Parameters: none.");
	}

	@Test
	void examplesOfEitherFormGiveEachParameterAsItsLiteral() {
		assertThat(QueryFile.parameters(":params {ids: ['nsft', 'cqc'], article: null, query: 'a, b: c', depth: 2}"))
			.containsExactly(Map.entry("ids", "['nsft', 'cqc']"), Map.entry("article", "null"),
					Map.entry("query", "'a, b: c'"), Map.entry("depth", "2"));
		assertThat(QueryFile.parameters(":param organisation => 'nsft'")).containsExactly(Map.entry("organisation", "'nsft'"));
	}

	@Test
	void theExampleIsWrittenInOnlyWhereCypherReadsParameters() {
		var cypher = """
				MATCH (a {id: $id}) // not $id here
				WHERE a.text <> '$id' AND a.`$id` IS NULL AND $idx IS NULL AND $to + '~' > "$id"
				RETURN $id""";
		assertThat(QueryFile.inline(cypher, Map.of("id", "'nsft'", "to", "null"))).isEqualTo("""
				MATCH (a {id: 'nsft'}) // not $id here
				WHERE a.text <> '$id' AND a.`$id` IS NULL AND $idx IS NULL AND null + '~' > "$id"
				RETURN 'nsft'""");
		assertThat(QueryFile.parse("x", "MATCH (a {id: $id}) WHERE $to > '$from' RETURN $id").parameterNames())
			.containsExactly("id", "to");
	}
}
