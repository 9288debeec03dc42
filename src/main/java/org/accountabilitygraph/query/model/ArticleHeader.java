package org.accountabilitygraph.query.model;

/**
 * What the data says of an article: its title ({@code titleInferred}: the lead sentence, as the files carry no
 * headline), its publisher (with {@code publisherEvidence}, how it was told, when the text does not say it) and
 * its inferred date ({@code date} as precise as known, {@code datePrecision}, the bounds, and
 * {@code dateReasoning}); {@code ambiguity} is the curators' doubt, if any.
 */
public record ArticleHeader(String id, String title, boolean titleInferred, String publisher, String publisherEvidence,
		String date, String datePrecision, String dateEarliest, String dateLatest, String dateReasoning,
		String ambiguity, String sourceFile) {
}
