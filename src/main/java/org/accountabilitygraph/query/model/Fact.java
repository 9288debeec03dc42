package org.accountabilitygraph.query.model;

/**
 * One sourced fact about a node: the relationship type, its direction seen from the node, the node at
 * the other end, the source, and any ambiguity the curator recorded.
 */
public record Fact(String type, String direction, EntityRef other, Source source, String ambiguity) {
}
