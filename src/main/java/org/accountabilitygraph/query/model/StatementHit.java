package org.accountabilitygraph.query.model;

/**
 * A full-text match on what was said ({@code kind}: {@code quote} or {@code reported}), with the speaker and
 * where it is reported: {@code article} is the article's id, {@code source} the article's title and date and the
 * sentence the statement was read from. {@code score} is Lucene's relevance (higher is better).
 */
public record StatementHit(String statement, String kind, String text, EntityRef speaker, String article, Source source,
		double score) {
}
