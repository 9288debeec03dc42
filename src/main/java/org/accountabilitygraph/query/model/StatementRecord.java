package org.accountabilitygraph.query.model;

import java.util.List;

/**
 * A quotation ({@code kind = quote}) or a piece of reported speech ({@code reported}): who said it, for
 * whom, what about, when ({@code when} as precise as known, or an interval) and where it is reported.
 */
public record StatementRecord(String id, EntityRef speaker, boolean anonymousSpeaker, List<String> onBehalfOf,
		String kind, String text, List<EntityRef> about, List<String> madeIn, String when, String datePrecision,
		Source source) {
}
