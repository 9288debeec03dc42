package org.accountabilitygraph.domain;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** Something that happened or is planned: a protest, a meeting, a letter, a death, ... */
@Node("Event")
public record Event(@Id String id, String kind, String name, String description, String status, String date,
		String datePrecision, String dateText) {
}
