package org.accountabilitygraph.ingest;

import java.util.List;

/** An entity the graph already has: its id, labels, canonical name and every alias the articles use. */
public record KnownEntity(String id, List<String> labels, String name, List<String> aliases, boolean anonymous) {

	boolean is(String label) {
		return labels.contains(label);
	}

	Mention.Type type() {
		if (is("Person")) {
			return Mention.Type.PERSON;
		}
		if (is("Organisation") || is("Group")) {
			return Mention.Type.ORGANISATION;
		}
		if (is("Place") || is("Constituency")) {
			return Mention.Type.PLACE;
		}
		if (is("Office")) {
			return Mention.Type.ROLE;
		}
		return null;
	}
}
