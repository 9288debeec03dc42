package org.accountabilitygraph.query.model;

/**
 * One dated item in an entity's history: a role, something it said or that was said about it, an
 * inspection or decision, an event it took part in. {@code kind} says which; {@code when} is as precise
 * as known, or an interval, or null when the sources give no date.
 */
public record TimelineEntry(String when, String kind, String title, String detail, String relatedId, Source source) {
}
