package org.accountabilitygraph.query.model;

/** A link to another entity (a constituency, a party) as one article states it. */
public record SourcedLink(String id, String name, Source source) {
}
