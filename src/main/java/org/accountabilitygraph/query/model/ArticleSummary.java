package org.accountabilitygraph.query.model;

/**
 * A source article. Articles carry no dates, so {@code date} is inferred: see {@code datePrecision}
 * ({@code day}, {@code month}, {@code year}, or {@code range} with only the bounds known) and
 * {@code dateReasoning}.
 */
public record ArticleSummary(String id, String title, String publisher, String date, String datePrecision,
		String dateEarliest, String dateLatest, String dateReasoning, String sourceFile, long nodes, long facts) {
}
