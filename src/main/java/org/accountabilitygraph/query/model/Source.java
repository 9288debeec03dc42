package org.accountabilitygraph.query.model;

/**
 * Where a fact comes from: the article (id, title, publisher, inferred date and its precision)
 * and the article's own sentence that supports it.
 */
public record Source(String article, String title, String publisher, String articleDate, String datePrecision,
		String evidence) {
}
