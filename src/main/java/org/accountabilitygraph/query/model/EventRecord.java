package org.accountabilitygraph.query.model;

import java.util.List;

/**
 * Something that happened or is planned ({@code status}), with places, participants and the
 * articles that report it. {@code when} is as precise as known, or an interval.
 */
public record EventRecord(String id, String kind, String name, String description, String when,
		String datePrecision, String dateText, String status, List<String> places, List<Participant> participants,
		List<Source> sources) {
}
