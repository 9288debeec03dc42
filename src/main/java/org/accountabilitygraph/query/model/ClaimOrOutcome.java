package org.accountabilitygraph.query.model;

import java.util.List;

/**
 * One entry of an organisation's claims against outcomes: something said about it ({@code side} {@code said}: a
 * statement, flagged when it makes a commitment) or something that showed how it did ({@code side} {@code shown}: an
 * inspection with its overall rating, a decision about it, an event it took part in or that was about it).
 *
 * @param kind {@code statement}, {@code inspection}, {@code decision} or {@code event}
 * @param why why it is in the organisation's chronology: a statement by its {@code leader}, by the organisation
 *        {@code itself}, {@code on behalf} of it or {@code about} it (or its parts, inspections, decisions); else
 *        the kind of outcome
 * @param when as precise as known, or an interval ({@code ../2018-12-16}), or null when the sources give no date
 * @param text a statement's words
 * @param name an inspection's or event's name
 * @param type the item's own kind: a statement's {@code quote} or {@code reported}, a decision's
 *        {@code special-measures}, an event's {@code protest}, {@code meeting}, ...
 * @param status an inspection's ({@code completed}, {@code planned}) or an event's ({@code happened}, {@code planned})
 * @param outcome a decision's ({@code placed}, {@code removed}, {@code placed-back}, {@code remains})
 * @param rating an inspection's overall rating, if the sources give one
 * @param commitment whether the statement makes a commitment, as the data marks it (see {@code cypher/MODEL.md})
 * @param commitments the statement's words that make it
 * @param onBehalfOf the organisations or groups the speakers spoke for
 * @param source the statement's sentence that gives its speaker, or the first report of anything else
 * @param fact the fact {@code source} cites, as {@code GET /api/articles/{id}/text} names it
 *        ({@code SAID:antek-lejk:statement-4dedf428-10}, {@code REPORTED_IN:cqc-inspection-nsft-2019:article-e3fac681})
 * @param sources its first reports, oldest first
 * @param sourceCount how many articles report it
 */
public record ClaimOrOutcome(String side, String kind, String id, String why, String when, String datePrecision,
		String text, String name, String type, String status, String outcome, String rating, boolean commitment,
		List<String> commitments, List<Speaker> speakers, List<String> onBehalfOf, Source source, String fact,
		List<Source> sources, long sourceCount) {

	/** Who said it; {@code role} is the leader's role in the organisation, as the statement's article gives it. */
	public record Speaker(String id, String name, String kind, String role) {
	}
}
