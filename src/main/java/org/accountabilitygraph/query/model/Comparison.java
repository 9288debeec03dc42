package org.accountabilitygraph.query.model;

import java.util.List;

/**
 * What two entities said about the same subjects: each subject that statements of both are about, with the
 * statements of each. {@code complete} is false when there were more shared subjects than the answer lists.
 */
public record Comparison(EntityRef a, EntityRef b, List<SharedSubject> subjects, boolean complete) {

	/** One subject both spoke about: what {@code a} said about it, and what {@code b} said, each oldest first. */
	public record SharedSubject(EntityRef subject, List<StatementRecord> saidByA, List<StatementRecord> saidByB) {
	}
}
