package org.accountabilitygraph.query.model;

/** One critic's criticism of a target, with the statement that carries it (if any) and its source. */
public record Criticism(EntityRef critic, EntityRef target, String summary, String statement, Source source) {
}
