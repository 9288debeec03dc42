package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * An :Event or a :Decision the rules found: its kind, whether it happened or is planned (events) or what was
 * decided (decisions), the sentences that mention it, who and what took part (each link with the sentence that
 * says so), its date and the doubts about any of it.
 */
final class Happening {

	enum Label { EVENT, DECISION }

	/**
	 * A relationship between the happening and an entity of the article.
	 *
	 * @param type     {@code ORGANISED}, {@code SENT_TO}, ...
	 * @param toEvent  whether it points from the entity to the happening ({@code ORGANISED}) or the other way ({@code SENT_TO})
	 * @param role     {@code INVOLVED}'s {@code role}, or null
	 * @param evidence the sentence that states it
	 * @param doubt    why the entity is uncertain (a pronoun read as someone), or null
	 */
	record Link(String type, ArticleEntity entity, boolean toEvent, String role, Span evidence, String doubt) {
	}

	final Label label;
	final String kind;
	/** {@code happened} or {@code planned}, for events. */
	String status;
	/** {@code placed}, {@code removed}, {@code placed-back} or {@code remains}, for decisions. */
	String outcome;
	/** The sentences that mention it, the first first. */
	final List<Span> mentions = new ArrayList<>();
	/** The word (or words) that told of it in each of those sentences: the first dates and orders it. */
	final List<Span> triggers = new ArrayList<>();
	final Span trigger;
	final List<Link> links = new ArrayList<>();
	EventDates.Dated date;
	/** A decision's words, verbatim ("taken out of special measures in 2021"). */
	String description;
	/** The event it followed, or null. */
	Happening follows;
	/** Whether the sentence says it followed an inspection ("following an inspection in 2022"). */
	boolean followsInspection;
	/** Where a later mention dates it ("In her letter, dated Monday, March 4"), or null. */
	Span datedBy;
	/** Why a choice is uncertain, in words. */
	final List<String> doubts = new ArrayList<>();

	Happening(Label label, String kind, Span sentence, Span trigger) {
		this.label = label;
		this.kind = kind;
		this.trigger = trigger;
		mentions.add(sentence);
		triggers.add(trigger);
	}

	/** Another sentence that tells of it, with its word there. */
	void mention(Span sentence, Span word) {
		if (!mentions.contains(sentence)) {
			mentions.add(sentence);
			triggers.add(word);
		}
	}

	Span sentence() {
		return mentions.get(0);
	}

	void link(String type, ArticleEntity entity, boolean toEvent, String role, Span evidence, String doubt) {
		if (entity != null && links.stream().noneMatch(l -> l.type().equals(type) && l.entity() == entity)) {
			links.add(new Link(type, entity, toEvent, role, evidence, doubt));
		}
	}

	/** The entities linked by {@code type}. */
	List<ArticleEntity> linked(String type) {
		return links.stream().filter(l -> l.type().equals(type)).map(Link::entity).toList();
	}

	@Override
	public String toString() {
		return label + " " + kind + " " + (status != null ? status : outcome) + " " + links.stream().map(l -> l.type() + ":" + l.entity().name).toList();
	}
}
