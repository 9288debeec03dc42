package org.accountabilitygraph.query;

import static org.accountabilitygraph.query.Rows.firstNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.accountabilitygraph.query.model.EntityRef;
import org.accountabilitygraph.query.model.Source;
import org.accountabilitygraph.query.model.StatementRecord;
import org.accountabilitygraph.query.model.TimelineEntry;

/** An entity's history in time order, assembled from the focused questions about it. */
final class TimelineReader {

	private final KnowledgeGraph graph;

	TimelineReader(KnowledgeGraph graph) {
		this.graph = graph;
	}

	/**
	 * An entity's history in time order, the items whose possible dates overlap {@code from}..{@code to} (either may
	 * be null; a partial date covers its whole period, as in the other questions). Undated items come last, kept
	 * whatever the range: nothing says they fall outside it.
	 */
	List<TimelineEntry> timeline(String id, String from, String to) {
		var checkedFrom = Parameters.date("from", from);
		var checkedTo = Parameters.date("to", to);
		Parameters.range(checkedFrom, checkedTo);
		var details = graph.entity(id).orElseThrow(() -> NotFoundException.noSuchId("id", id));
		var entries = new ArrayList<TimelineEntry>();
		for (var role : details.roles()) {
			var when = firstNonNull(role.startDate(), role.asOf(), role.source().articleDate());
			var title = switch (role.relation()) {
				case "LEADS" -> role.direction().equals("out") ? role.role() + ", " + role.other().name()
						: role.other().name() + ", " + role.role();
				case "HOLDS_OFFICE" -> role.other().name();
				case "REPRESENTS" -> "MP for " + role.other().name();
				case "MEMBER_OF" -> "member of " + role.other().name();
				case "WORKS_FOR" -> (role.role() == null ? "works for " : role.role() + ", ") + role.other().name();
				default -> role.relation() + " " + role.other().name();
			};
			var fact = role.relation() + ":" + (role.direction().equals("out") ? details.id() + ":" + role.other().id()
					: role.other().id() + ":" + details.id());
			entries.add(new TimelineEntry((String) when, "role", title, role.status(), role.other().id(), role.source(),
					null, null, null, role.status(), null, null, fact));
		}
		for (var statement : graph.statements(details.id(), null, checkedFrom, checkedTo)) {
			entries.add(new TimelineEntry(statement.when(), "said", statement.text(),
					statement.about().stream().map(EntityRef::name).reduce((a, b) -> a + "; " + b).map(a -> "about " + a)
						.orElse(null),
					statement.id(), statement.source(), statement.speaker(), statement.kind(), null, null, null, null,
					said(statement)));
		}
		for (var statement : graph.statements(null, details.id(), checkedFrom, checkedTo)) {
			if (!details.id().equals(statement.speaker().id())) {
				entries.add(new TimelineEntry(statement.when(), "said about", statement.text(),
						"said by " + statement.speaker().name(), statement.id(), statement.source(), statement.speaker(),
						statement.kind(), null, null, null, null, said(statement)));
			}
		}
		for (var finding : graph.inspections(details.id())) {
			var decision = finding.kind().equals("decision");
			var title = decision ? finding.name()
					: finding.name() + (finding.overallRating() == null ? "" : ": " + finding.overallRating());
			var source = finding.sources().isEmpty() ? null : finding.sources().get(0);
			entries.add(new TimelineEntry(finding.when(), finding.kind(), title, finding.status(), finding.id(), source,
					null, null, decision && finding.name() != null ? finding.name().replaceFirst(": .*$", "") : null,
					finding.status(), finding.outcome(), finding.overallRating(), mention(finding.id(), source)));
		}
		for (var event : graph.events(checkedFrom, checkedTo, null, details.id(), PageRequest.largest()).items()) {
			var source = event.sources().isEmpty() ? null : event.sources().get(0);
			event.participants().stream().filter(p -> details.id().equals(p.id())).findFirst()
				.ifPresent(p -> entries.add(new TimelineEntry(event.when(), event.kind(), event.name(), p.role(),
						event.id(), source, null, null, null, event.status(), null, null, mention(event.id(), source))));
		}
		entries.removeIf(e -> !overlaps(e.when(), checkedFrom, checkedTo));
		entries.sort(Comparator.comparing((TimelineEntry e) -> sortKey(e.when()),
				Comparator.nullsLast(Comparator.naturalOrder())));
		return entries;
	}

	/** The fact behind a statement's source (its speaker's {@code SAID}), as {@link #articleText} names it. */
	private static String said(StatementRecord statement) {
		return "SAID:" + statement.speaker().id() + ":" + statement.id();
	}

	/** The mention of a node in its source's article, as {@link #articleText} names it. */
	private static String mention(String id, Source source) {
		return source == null ? null : "REPORTED_IN:" + id + ":" + source.article();
	}

	/**
	 * Whether the dates {@code when} may fall in (a date, or an interval with {@code ..} for an open end) overlap
	 * {@code from}..{@code to}, as the named queries compare them: {@code x + '~'} sorts after every date that starts
	 * with {@code x}, so a partial date covers its whole period. No date overlaps everything.
	 */
	static boolean overlaps(String when, String from, String to) {
		if (when == null) {
			return true;
		}
		var parts = when.split("/", -1);
		var earliest = parts[0].equals("..") ? null : parts[0];
		var latest = parts.length > 1 ? (parts[1].equals("..") ? null : parts[1]) : earliest;
		return (to == null || earliest == null || earliest.compareTo(to + "~") <= 0)
				&& (from == null || latest == null || (latest + "~").compareTo(from) >= 0);
	}

	/** A date or interval as a sortable string: its start, or its end when only the end is known. */
	private static String sortKey(String when) {
		if (when == null) {
			return null;
		}
		var parts = when.split("/");
		return parts[0].equals("..") && parts.length > 1 ? parts[1] : parts[0];
	}

}
