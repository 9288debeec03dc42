package org.accountabilitygraph.query.model;

import java.util.List;

/** The shortest chain of sourced facts between two entities: its nodes in order and the steps between. */
public record Connection(List<EntityRef> nodes, List<Step> steps) {

	public int length() {
		return steps.size();
	}
}
