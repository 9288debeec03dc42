package org.accountabilitygraph.query;

import java.util.Collection;
import java.util.List;

/** The kind shown for a node: its most specific label (an MP before a Person, a Trust before an Organisation). */
public final class Kinds {

	private static final List<String> MOST_SPECIFIC_FIRST = List.of("MP", "Trust", "Regulator", "Campaign",
			"GovernmentBody", "MediaOutlet", "PoliticalParty", "HealthBody", "PublicService", "Charity", "Person",
			"Organisation", "Group", "Office", "Constituency", "Place", "Service", "Inspection", "MustDoAction",
			"Decision", "Statement", "Event", "CallForAction", "Article");

	private Kinds() {
	}

	public static String of(Collection<?> labels) {
		if (labels == null || labels.isEmpty()) {
			return null;
		}
		return MOST_SPECIFIC_FIRST.stream().filter(labels::contains).findFirst()
			.orElse(String.valueOf(labels.iterator().next()));
	}
}
