package org.accountabilitygraph.domain;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A source article; its date is inferred (see {@code datePrecision} and {@code dateReasoning}). */
@Node("Article")
public record Article(@Id String id, String title, String publisher, String date, String datePrecision,
		String dateEarliest, String dateLatest, String dateReasoning, String sourceFile) {
}
