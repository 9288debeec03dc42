package org.accountabilitygraph.domain;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A regulator's inspection, completed or planned; dates are ISO strings as precise as known. */
@Node("Inspection")
public record Inspection(@Id String id, String name, String status, String startDate, String endDate, String date,
		String datePrecision) {
}
