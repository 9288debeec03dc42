package org.accountabilitygraph.query.model;

/**
 * One dated item in an entity's history: a role, something it said or that was said about it, an
 * inspection or decision, an event it took part in. {@code kind} says which ({@code role}, {@code said},
 * {@code said about}, {@code inspection}, {@code decision}, or the event's kind: {@code protest}, {@code meeting},
 * ...); {@code when} is as precise as known, or an interval ({@code ../2015-12-31}, {@code 2019-10-07/2019-11-06}),
 * or null when the sources give no date.
 *
 * @param title the role, the statement's text, the inspection's, decision's or event's name
 * @param detail a few words more: what a statement is about, who said it, the entity's part in an event
 * @param relatedId the statement, inspection, decision or event, or for a role the organisation, office or seat
 * @param speaker who made a statement (null for other kinds)
 * @param statementKind a statement's {@code quote} or {@code reported}
 * @param decisionKind a decision's kind ({@code special-measures})
 * @param status a role's ({@code current}, {@code new}, {@code former}), an inspection's ({@code completed},
 *        {@code planned}) or an event's ({@code happened}, {@code planned})
 * @param outcome a decision's ({@code placed}, {@code removed}, {@code placed-back}, {@code remains})
 * @param rating an inspection's overall rating, if the sources give one
 * @param fact the fact {@code source} cites, named as {@code GET /api/articles/{id}/text} names it in its article
 *        ({@code LEADS:antek-lejk:nsft}, {@code SAID:norman-lamb:statement-4dedf428-01}, or the mention
 *        {@code REPORTED_IN:cqc-inspection-nsft-2018:article-d486f7aa})
 */
public record TimelineEntry(String when, String kind, String title, String detail, String relatedId, Source source,
		EntityRef speaker, String statementKind, String decisionKind, String status, String outcome, String rating,
		String fact) {
}
