package org.accountabilitygraph.query.model;

/** A node named in an answer: its stable id, a display name and its kind (most specific label). */
public record EntityRef(String id, String name, String kind) {
}
