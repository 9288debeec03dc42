package org.accountabilitygraph.query.model;

import java.util.Map;

/**
 * A fact an article supports, with its evidence found in the article's text. {@code id} names it within the
 * article: {@code TYPE:from:to} ({@code REPORTED_IN:node:article} for a mention), with {@code .2}, {@code .3}, ...
 * for a second or third fact of the same type between the same ends (ratings by domain). {@code properties} are
 * the relationship's own (role, status, rating, summary, ...), without {@code article}, {@code evidence} and
 * {@code ambiguity}, which have fields of their own.
 */
public record LocatedFact(String id, String type, EntityRef from, EntityRef to, Map<String, Object> properties,
		String ambiguity, Evidence evidence) {
}
