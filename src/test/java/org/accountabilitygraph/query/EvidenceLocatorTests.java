package org.accountabilitygraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.accountabilitygraph.facts.FactSet;
import org.junit.jupiter.api.Test;

/** Evidence found in a text as the fact files' checks compare it, at the offsets of its words as written. */
class EvidenceLocatorTests {

	private static String at(String text, int[] span) {
		return text.substring(span[0], span[1]);
	}

	@Test
	void exactWordsAreFoundWhereTheyAre() {
		var text = "One. Two three. Two three.";
		var found = new EvidenceLocator(text).occurrences("Two three");
		assertThat(found).hasSize(2);
		assertThat(found.get(0)).containsExactly(5, 14);
		assertThat(found.get(1)).containsExactly(16, 25);
	}

	@Test
	void quoteMarksAndLineBreaksDifferingFromTheEvidenceStillPointAtItsWords() {
		var text = "He said: 'We are determined.\n\n'Since then, ‘we’ have   acted.'";
		var locator = new EvidenceLocator(text);
		var found = locator.occurrences("He said: \"We are determined. Since then, we have acted.");
		assertThat(found).hasSize(1);
		assertThat(at(text, found.get(0))).isEqualTo("He said: 'We are determined.\n\n'Since then, ‘we’ have   acted.");
		// a span that starts after a quote mark starts at its first letter
		assertThat(at(text, locator.occurrences("'We are").get(0))).isEqualTo("We are");
	}

	@Test
	void blankOrAbsentEvidenceIsNotFound() {
		var locator = new EvidenceLocator("Some text.");
		assertThat(locator.occurrences("")).isEmpty();
		assertThat(locator.occurrences(" ' ")).isEmpty();
		assertThat(locator.occurrences("other")).isEmpty();
		assertThat(new EvidenceLocator("").occurrences("x")).isEmpty();
	}

	@Test
	void normalisesAsTheFactFilesChecksDo() throws Exception {
		for (var text : List.of("  a 'b'  \n c “d” ‘e’ ", "didn't\t\tsay", Files.readString(Path.of("data/articles/003_60032d35399492d0.txt")))) {
			assertThat(EvidenceLocator.normalise(text)).isEqualTo(FactSet.normalise(text));
		}
	}
}
