package org.accountabilitygraph.query.model;

/** A fact an article supports: a relationship between two nodes and the sentence behind it. */
public record ArticleFact(String type, EntityRef from, EntityRef to, String evidence, String ambiguity) {
}
