package org.accountabilitygraph.query;

import static org.accountabilitygraph.query.Rows.str;
import static org.accountabilitygraph.query.Rows.strings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

import org.accountabilitygraph.query.model.Comparison;
import org.accountabilitygraph.query.model.Comparison.SharedSubject;
import org.accountabilitygraph.query.model.EntityRef;
import org.accountabilitygraph.query.model.StatementRecord;

/** What two entities said about the same subjects ({@code compare.cypher}). */
final class ComparisonReader {

	private final KnowledgeGraph graph;

	private final NamedQueries queries;

	ComparisonReader(KnowledgeGraph graph, NamedQueries queries) {
		this.graph = graph;
		this.queries = queries;
	}

	Comparison compare(String aId, String bId, String from, String to) {
		var a = graph.requireRef("a", aId);
		var b = graph.requireRef("b", bId);
		if (a.id().equals(b.id())) {
			throw new InvalidParameterException("b", "names the same entity as 'a'; compare two different ones");
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("a", a.id());
		parameters.put("b", b.id());
		KnowledgeGraph.putRange(parameters, from, to);
		// one subject more than is listed, to know whether the list is whole
		parameters.put("limit", KnowledgeGraph.COMPARED_SUBJECTS + 1);
		var subjects = new LinkedHashMap<String, Sides>();
		for (var row : queries.run("compare", parameters)) {
			var sides = subjects.computeIfAbsent(str(row, "subject"), id -> new Sides(
					new EntityRef(id, str(row, "subjectName"), Kinds.of(strings(row.get("subjectKind"))))));
			("a".equals(row.get("side")) ? sides.byA : sides.byB).add(Rows.statement(row));
		}
		var listed = subjects.values().stream().limit(KnowledgeGraph.COMPARED_SUBJECTS)
			.map(s -> new SharedSubject(s.subject, List.copyOf(s.byA), List.copyOf(s.byB))).toList();
		return new Comparison(a, b, listed, subjects.size() <= KnowledgeGraph.COMPARED_SUBJECTS);
	}

	private record Sides(EntityRef subject, List<StatementRecord> byA, List<StatementRecord> byB) {

		Sides(EntityRef subject) {
			this(subject, new ArrayList<>(), new ArrayList<>());
		}
	}
}
