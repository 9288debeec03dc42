package org.accountabilitygraph.query;

import static org.accountabilitygraph.query.Rows.source;
import static org.accountabilitygraph.query.Rows.str;
import static org.accountabilitygraph.query.Rows.strings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountabilitygraph.query.model.EntityRef;
import org.accountabilitygraph.query.model.Source;
import org.accountabilitygraph.query.model.TimelineEntry;

/** An entity's history in time order: one named query ({@code timeline.cypher}), each row mapped to an entry. */
public final class TimelineReader {

	/** How many items of each kind (roles, statements by, statements about, findings, events) a timeline lists. */
	public static final int ITEMS_PER_KIND = 1000;

	private final KnowledgeGraph graph;

	private final NamedQueries queries;

	TimelineReader(KnowledgeGraph graph, NamedQueries queries) {
		this.graph = graph;
		this.queries = queries;
	}

	/**
	 * An entity's history in time order, the items whose possible dates overlap {@code from}..{@code to} (either may
	 * be null; a partial date covers its whole period, as in the other questions). Undated items come last, kept
	 * whatever the range: nothing says they fall outside it.
	 */
	List<TimelineEntry> timeline(String id, String from, String to) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", Parameters.id("id", id, false));
		KnowledgeGraph.putRange(parameters, from, to);
		parameters.put("limit", ITEMS_PER_KIND);
		return graph.existing(queries.run("timeline", parameters), parameters, "id").stream().map(row -> entry(map(row.get("item"))))
			.toList();
	}

	private static TimelineEntry entry(Map<String, Object> item) {
		var kind = str(item, "kind");
		var when = str(item, "when");
		// a role's source is always given (empty when its article is missing); a finding or event without a report has none
		var source = item.get("source") == null && !kind.equals("role") ? null : source(item.get("source"));
		return switch (kind) {
			case "role" -> {
				var other = ref(item.get("other"));
				var out = "out".equals(item.get("direction"));
				var role = str(item, "role");
				var title = switch (str(item, "relation")) {
					case "LEADS" -> out ? role + ", " + other.name() : other.name() + ", " + role;
					case "HOLDS_OFFICE" -> other.name();
					case "REPRESENTS" -> "MP for " + other.name();
					case "MEMBER_OF" -> "member of " + other.name();
					case "WORKS_FOR" -> (role == null ? "works for " : role + ", ") + other.name();
					default -> str(item, "relation") + " " + other.name();
				};
				yield new TimelineEntry(when, "role", title, str(item, "status"), other.id(), source, null, null, null,
						str(item, "status"), null, null, str(item, "fact"));
			}
			case "said", "said about" -> {
				var statement = map(item.get("statement"));
				var speaker = ref(item.get("speaker"));
				var about = strings(item.get("about"));
				var detail = kind.equals("said") ? (about.isEmpty() ? null : "about " + String.join("; ", about))
						: "said by " + speaker.name();
				yield new TimelineEntry(when, kind, str(statement, "text"), detail, str(statement, "id"), source, speaker,
						str(statement, "kind"), null, null, null, null, str(item, "fact"));
			}
			case "inspection", "decision" -> {
				var decision = kind.equals("decision");
				var rating = str(item, "rating");
				var title = decision || rating == null ? str(item, "name") : str(item, "name") + ": " + rating;
				yield new TimelineEntry(when, kind, title, str(item, "status"), str(item, "id"), source, null, null,
						str(item, "decisionKind"), str(item, "status"), str(item, "outcome"), rating,
						mention(str(item, "id"), source));
			}
			// an event, of its own kind (protest, meeting, ...): the entity's part in it as the detail
			default -> new TimelineEntry(when, kind, str(item, "name"), str(item, "part"), str(item, "id"), source, null,
					null, null, str(item, "status"), null, null, mention(str(item, "id"), source));
		};
	}

	/** The mention of a node in its source's article, as {@link KnowledgeGraph#articleText} names it. */
	private static String mention(String id, Source source) {
		return source == null ? null : "REPORTED_IN:" + id + ":" + source.article();
	}

	private static EntityRef ref(Object value) {
		var map = map(value);
		return new EntityRef(str(map, "id"), str(map, "name"), Kinds.of(strings(map.get("labels"))));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}
}
