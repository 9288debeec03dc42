package org.accountabilitygraph.ingest;

import java.util.List;

/**
 * The article's date as the text lets it be inferred: as precise as the evidence allows, with bounds, the
 * article's own words and the reasoning, in the fact files' form (see {@code cypher/MODEL.md}, Dates).
 *
 * @param date      {@code 2018}, {@code 2018-12}, {@code 2018-12-06}, or null when only bounds are known
 * @param precision {@code day}, {@code month}, {@code year} or {@code range}
 * @param doubts    the assumptions the reasoning rests on
 */
public record ArticleDate(String date, String precision, String earliest, String latest, String dateText, String reasoning,
		List<String> doubts) {
}
