package org.accountabilitygraph.query.model;

/** One relationship on a path between two entities, in its stored direction, with its source. */
public record Step(String type, String from, String to, Source source) {
}
