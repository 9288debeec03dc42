package org.accountabilitygraph.query.model;

/** A full-text match on what was said, with the speaker and the article. */
public record StatementHit(String statement, String text, EntityRef speaker, String article, double score) {
}
