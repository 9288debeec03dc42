package org.accountabilitygraph.query.model;

/**
 * An inspection's rating in one domain ({@code overall}, {@code safe}, ...), with one of its sources and how many
 * articles attest it.
 */
public record Rating(String domain, String rating, String note, Source source, long attestations) {
}
