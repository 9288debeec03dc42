package org.accountabilitygraph.domain;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A quotation ({@code kind = quote}) or reported speech ({@code reported}). */
@Node("Statement")
public record Statement(@Id String id, String text, String kind, String medium, String date, String datePrecision) {
}
