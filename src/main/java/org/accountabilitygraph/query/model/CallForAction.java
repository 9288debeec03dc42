package org.accountabilitygraph.query.model;

import java.util.List;

/** A demand that someone act: who made it, what for, of whom, and what it concerns. */
public record CallForAction(String id, EntityRef caller, String action, List<String> addressedTo,
		List<String> concerns, String date, Source source) {
}
