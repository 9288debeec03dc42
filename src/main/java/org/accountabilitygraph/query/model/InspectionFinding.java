package org.accountabilitygraph.query.model;

import java.util.List;

/**
 * One entry in an organisation's regulatory history: an inspection (with its ratings by domain and
 * must-do actions) or a decision such as being placed in or taken out of special measures.
 *
 * @param kind {@code inspection} or {@code decision}
 * @param actors the regulator that inspected, or who decided
 * @param outcome for a decision: {@code placed}, {@code removed}, {@code placed-back}, {@code remains}
 * @param when the date, the period ({@code 2019-10-07/2019-11-06}) or, when only bounds are known, an interval
 *        with an open end ({@code 2019-11-06/..}); null when the sources give no date
 * @param sources the first articles that report it (at most {@code KnowledgeGraph.FINDING_SOURCES})
 * @param sourceCount how many articles report it
 */
public record InspectionFinding(String kind, String id, String name, String date, String endDate, String status,
		String outcome, List<String> actors, List<Rating> ratings, List<MustDoAction> mustDo, List<Source> sources,
		String when, long sourceCount) {

	/** The overall rating, if the sources give one. */
	public String overallRating() {
		return ratings.stream().filter(r -> "overall".equals(r.domain())).map(Rating::rating).findFirst().orElse(null);
	}
}
