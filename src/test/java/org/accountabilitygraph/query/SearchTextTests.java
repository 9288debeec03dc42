package org.accountabilitygraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a person types becomes a Lucene query of letters and digits only, with typos allowed by a word's length. */
class SearchTextTests {

	@Test
	void theWordsAreTheLettersAndDigitsInLowerCase() {
		assertThat(SearchText.words("  Norman LAMB's  (MP), 2018!")).containsExactly("norman", "lamb", "s", "mp", "2018");
		assertThat(SearchText.words("Zoë")).containsExactly("zoë");
		assertThat(SearchText.words("*:~()")).isEmpty();
	}

	@Test
	void everyWordMustMatchExactlyAsAPrefixOrWithTyposByItsLength() {
		assertThat(SearchText.toLuceneQuery("q", "NHS")).isEqualTo("(nhs^3 OR nhs* OR nhs~1)");
		assertThat(SearchText.toLuceneQuery("q", "Bellingham trust"))
			.isEqualTo("(bellingham^3 OR bellingham* OR bellingham~2) AND (trust^3 OR trust* OR trust~1)");
		assertThat(SearchText.toLuceneQuery("q", "Mr")).isEqualTo("(mr^3 OR mr*)");
	}

	@Test
	void typosAllowedAreNoneUpToTwoLettersOneUpToFiveTwoBeyond() {
		assertThat(SearchText.typosAllowed("mp")).isZero();
		assertThat(SearchText.typosAllowed("cqc")).isEqualTo(1);
		assertThat(SearchText.typosAllowed("lamb")).isEqualTo(1);
		assertThat(SearchText.typosAllowed("trust")).isEqualTo(1);
		assertThat(SearchText.typosAllowed("unsafe")).isEqualTo(2);
		assertThat(SearchText.typosAllowed("zoë")).isEqualTo(1);
	}

	@Test
	void nothingToSearchForNamesTheParameter() {
		assertThatThrownBy(() -> SearchText.toLuceneQuery("q", "*:~()")).isInstanceOf(InvalidParameterException.class)
			.hasMessageContaining("q").hasMessageContaining("no letters or digits");
	}
}
