package org.accountabilitygraph.query.model;

/** An inspection's rating in one domain ({@code overall}, {@code safe}, ...), with its source. */
public record Rating(String domain, String rating, String note, Source source) {
}
