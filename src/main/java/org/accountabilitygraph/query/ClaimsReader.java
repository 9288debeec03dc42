package org.accountabilitygraph.query;

import static org.accountabilitygraph.query.Rows.maps;
import static org.accountabilitygraph.query.Rows.number;
import static org.accountabilitygraph.query.Rows.source;
import static org.accountabilitygraph.query.Rows.str;
import static org.accountabilitygraph.query.Rows.strings;

import java.util.HashMap;

import org.accountabilitygraph.query.model.ClaimOrOutcome;
import org.accountabilitygraph.query.model.Page;

/** An organisation's claims against outcomes: what was said and promised beside what inspections and events showed. */
final class ClaimsReader {

	/** How many of the articles that report an entry it lists (it counts them all). */
	static final int ENTRY_SOURCES = 20;

	private final KnowledgeGraph graph;

	private final NamedQueries queries;

	ClaimsReader(KnowledgeGraph graph, NamedQueries queries) {
		this.graph = graph;
		this.queries = queries;
	}

	Page<ClaimOrOutcome> claims(String organisationId, String from, String to, PageRequest page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("org", graph.requireEntity("org", organisationId));
		KnowledgeGraph.putRange(parameters, from, to);
		parameters.put("sources", ENTRY_SOURCES);
		return Rows.paged(queries, "claims-and-outcomes", parameters, page, row -> new ClaimOrOutcome(str(row, "side"),
				str(row, "kind"), str(row, "id"), str(row, "why"), str(row, "when"), str(row, "datePrecision"),
				str(row, "text"), str(row, "name"), str(row, "itemKind"), str(row, "status"), str(row, "outcome"),
				str(row, "rating"), Boolean.TRUE.equals(row.get("commitment")), strings(row.get("commitments")),
				maps(row.get("speakers")).stream()
					.map(s -> new ClaimOrOutcome.Speaker(str(s, "id"), str(s, "name"), Kinds.of(strings(s.get("labels"))),
							str(s, "role")))
					.toList(),
				strings(row.get("onBehalfOf")), source(row.get("source")), str(row, "fact"),
				maps(row.get("sources")).stream().map(Rows::source).toList(), number(row, "sourceCount")));
	}
}
