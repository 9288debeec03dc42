package org.accountabilitygraph.query.model;

/**
 * A role-like fact about an entity: it led, held an office, was a member of, worked for or
 * represented something ({@code relation}), seen in {@code direction} from the entity.
 */
public record EntityRole(String relation, String direction, EntityRef other, String role, String status,
		String asOf, String startDate, String endDate, Source source) {
}
