package org.accountabilitygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class IngestInputTests {

	private static final String ENGLISH = "The council said on Monday that it would close the library in the town centre, "
			+ "and campaigners have called for a meeting with the leader of the council to discuss it.";

	@Test
	void anEmptyOrBlankFileIsRefused() {
		assertThatThrownBy(() -> ArticleInput.text(new byte[0])).isInstanceOf(InvalidArticleException.class).hasMessage("The article is empty.");
		assertThatThrownBy(() -> ArticleInput.text(" \n\n\t ".getBytes(StandardCharsets.UTF_8))).hasMessage("The article is empty.");
	}

	@Test
	void aBinaryFileIsRefusedWithTheOffsetOfItsFirstNulByte() {
		var bytes = (ENGLISH + "\0\1\2").getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> ArticleInput.text(bytes)).hasMessageContaining("binary").hasMessageContaining("offset " + ENGLISH.length());
	}

	@Test
	void textThatIsNotUtf8IsRefusedWithItsLineAndByte() {
		var bytes = "Caf\u00e9 owners said they were worried.".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> ArticleInput.text(bytes)).hasMessageContaining("not UTF-8").hasMessageContaining("line 1")
			.hasMessageContaining("0xE9");
	}

	@Test
	void moreThanFiveMegabytesIsRefused() {
		var bytes = ENGLISH.repeat(ArticleInput.MAX_BYTES / ENGLISH.length() + 1).getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> ArticleInput.text(bytes)).hasMessageContaining("at most 5 MB");
	}

	@Test
	void aTextInAnotherLanguageIsRefused() {
		var french = "Le maire de la ville a annoncé hier soir que la bibliothèque municipale fermera ses portes "
				+ "au printemps prochain, malgré les protestations des habitants du quartier et des associations locales.";
		assertThatThrownBy(() -> ArticleInput.text(french.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("does not look like English");
	}

	@Test
	void englishTextIsAcceptedWithoutItsByteOrderMark() {
		assertThat(ArticleInput.text(("\uFEFF" + ENGLISH).getBytes(StandardCharsets.UTF_8))).isEqualTo(ENGLISH);
	}
}
