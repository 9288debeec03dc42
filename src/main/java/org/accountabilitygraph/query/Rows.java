package org.accountabilitygraph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.accountabilitygraph.query.model.ArticleSummary;
import org.accountabilitygraph.query.model.EntityRef;
import org.accountabilitygraph.query.model.Page;
import org.accountabilitygraph.query.model.Source;
import org.accountabilitygraph.query.model.SourcedLink;
import org.accountabilitygraph.query.model.StatementRecord;

/** Reading the named queries' rows: their values as strings, lists and maps, their sources, and their pages. */
final class Rows {

	private Rows() {
	}

	/**
	 * Runs a named query that takes {@code $skip} and {@code $limit} for one page, asking for one row more than the
	 * page holds to know whether another follows.
	 */
	static <T> Page<T> paged(NamedQueries queries, String query, Map<String, Object> parameters, PageRequest page,
			Function<Map<String, Object>, T> mapper) {
		parameters.put("skip", page.skip());
		parameters.put("limit", page.size() + 1);
		var rows = queries.run(query, parameters);
		boolean more = rows.size() > page.size();
		return new Page<>(rows.stream().limit(page.size()).map(mapper).toList(), page.page(), page.size(), more);
	}

	/** A statement as Q4 and the comparison return it, a row per statement. */
	static StatementRecord statement(Map<String, Object> row) {
		return new StatementRecord(str(row, "statement"),
				new EntityRef(str(row, "speaker"), str(row, "speakerName"), Kinds.of(strings(row.get("speakerKind")))),
				Boolean.TRUE.equals(row.get("anonymous")), strings(row.get("onBehalfOf")), str(row, "kind"),
				str(row, "text"), refs(row.get("about")), strings(row.get("madeIn")), str(row, "when"),
				str(row, "datePrecision"), source(row.get("source")));
	}

	/** A source as the named queries return it: the article's id, title, publisher and date, and the evidence. */
	@SuppressWarnings("unchecked")
	static Source source(Object value) {
		if (!(value instanceof Map<?, ?>)) {
			return new Source(null, null, null, null, null, null);
		}
		var source = (Map<String, Object>) value;
		return new Source(str(source, "article"), str(source, "title"), str(source, "publisher"),
				str(source, "articleDate"), str(source, "datePrecision"), str(source, "evidence"));
	}

	static List<SourcedLink> links(Object value) {
		return maps(value).stream().map(l -> new SourcedLink(str(l, "id"), str(l, "name"), source(l.get("source")))).toList();
	}

	static ArticleSummary articleSummary(Map<String, Object> row) {
		return new ArticleSummary(str(row, "id"), str(row, "title"), str(row, "publisher"), str(row, "date"),
				str(row, "datePrecision"), str(row, "dateEarliest"), str(row, "dateLatest"), str(row, "dateReasoning"),
				str(row, "sourceFile"), number(row, "nodes"), number(row, "facts"));
	}

	static List<EntityRef> refs(Object value) {
		return maps(value).stream()
			.map(m -> new EntityRef(str(m, "id"), str(m, "name"), Kinds.of(strings(m.get("labels")))))
			.toList();
	}

	static long number(Map<String, Object> map, String key) {
		return map.get(key) instanceof Number number ? number.longValue() : 0;
	}

	static String str(Map<String, Object> map, String key) {
		var value = map.get(key);
		return value == null ? null : String.valueOf(value);
	}

	static List<String> strings(Object value) {
		return value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList() : List.of();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Object value) {
		if (!(value instanceof Collection<?> list)) {
			return List.of();
		}
		var result = new ArrayList<Map<String, Object>>();
		for (var item : list) {
			if (item instanceof Map<?, ?> map) {
				result.add((Map<String, Object>) map);
			}
		}
		return result;
	}

	static Object firstNonNull(Object... values) {
		for (var value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}
}
