package org.accountabilitygraph.style;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the who-said-what network is drawn, in one place: a colour, shape, size and name per kind of node, a colour,
 * line and words per relation. The page draws with it ({@code GET /api/network-style}) and the GraphML and GEXF
 * exports carry it, so Gephi and Cytoscape show what the page shows. Shapes and lines are named as Cytoscape.js
 * names them; {@link Shape} and {@link Line} give the other tools' names.
 */
public final class NetworkStyle {

	/** A node's size on the page, but for the kinds that set their own. */
	public static final int NODE_SIZE = 26;

	/** How a kind of node is drawn: colour ({@code #rrggbb}), shape, the legend's name, size in pixels. */
	public record NodeStyle(String color, Shape shape, String label, int size) {
	}

	/** How a relation is drawn: colour ({@code #rrggbb}), line, and its words ("criticised"). */
	public record EdgeStyle(String color, Line line, String label) {
	}

	/** Kinds without a style of their own (a service, a must-do action, a call for action). */
	public static final NodeStyle OTHER_KIND = node("#ced4da", Shape.RHOMBOID, "Other");

	/** The colour and line of relations without a style of their own (who holds which office, ...). */
	public static final EdgeStyle OTHER_RELATION = new EdgeStyle("#adb5bd", Line.SOLID, null);

	private static final Map<String, NodeStyle> KINDS = new LinkedHashMap<>();

	private static final Map<String, EdgeStyle> RELATIONS = new LinkedHashMap<>();

	static {
		KINDS.put("Person", node("#3e7bfa", Shape.ELLIPSE, "Person"));
		KINDS.put("MP", node("#7b3efa", Shape.ELLIPSE, "MP"));
		KINDS.put("Trust", node("#d64545", Shape.ROUND_RECTANGLE, "Trust"));
		KINDS.put("Regulator", node("#f29b11", Shape.ROUND_RECTANGLE, "Regulator"));
		KINDS.put("Campaign", node("#2f9e44", Shape.ROUND_RECTANGLE, "Campaign"));
		KINDS.put("GovernmentBody", node("#5c6f82", Shape.ROUND_RECTANGLE, "Government body"));
		KINDS.put("PoliticalParty", node("#b83280", Shape.ROUND_RECTANGLE, "Political party"));
		KINDS.put("HealthBody", node("#e8590c", Shape.ROUND_RECTANGLE, "Health body"));
		KINDS.put("MediaOutlet", node("#1098ad", Shape.ROUND_RECTANGLE, "Media outlet"));
		KINDS.put("Organisation", node("#868e96", Shape.ROUND_RECTANGLE, "Organisation"));
		KINDS.put("Group", node("#0ca678", Shape.HEXAGON, "Group of people"));
		// Statements are many: small on the page (and flattened there), their words in the panel.
		KINDS.put("Statement", new NodeStyle("#ffe066", Shape.ROUND_RECTANGLE, "Statement", 14));
		KINDS.put("Inspection", node("#f59f00", Shape.DIAMOND, "Inspection"));
		KINDS.put("Decision", node("#e67700", Shape.DIAMOND, "Decision"));
		KINDS.put("Event", node("#74c0fc", Shape.TRIANGLE, "Event"));
		KINDS.put("Office", node("#9775fa", Shape.TAG, "Office"));
		KINDS.put("Place", node("#a9e34b", Shape.VEE, "Place"));
		KINDS.put("Constituency", node("#a9e34b", Shape.VEE, "Constituency"));

		RELATIONS.put("SAID", new EdgeStyle("#1d2733", Line.SOLID, "said"));
		RELATIONS.put("ABOUT", new EdgeStyle("#3e7bfa", Line.DASHED, "is about"));
		RELATIONS.put("ON_BEHALF_OF", new EdgeStyle("#2f9e44", Line.DOTTED, "on behalf of"));
		RELATIONS.put("CRITICISED", new EdgeStyle("#d64545", Line.SOLID, "criticised"));
		RELATIONS.put("LEADS", new EdgeStyle("#7b3efa", Line.SOLID, "leads"));
		RELATIONS.put("INSPECTED", new EdgeStyle("#f29b11", Line.SOLID, "inspected"));
		RELATIONS.put("RATED", new EdgeStyle("#f59f00", Line.DASHED, "rated"));
		RELATIONS.put("CONDUCTED", new EdgeStyle("#f29b11", Line.DOTTED, "conducted"));
		RELATIONS.put("CALLED_FOR", new EdgeStyle("#e8590c", Line.SOLID, "called for"));
		// Every other relation of the model (cypher/MODEL.md), drawn alike; NetworkStyleTests keeps the two in step.
		for (var type : List.of("REPORTED_IN", "HOLDS_OFFICE", "WORKS_FOR", "MEMBER_OF", "REPRESENTS", "PART_OF",
				"MADE_IN", "ADDRESSED_TO", "CONCERNS", "REQUIRED", "FOLLOWED", "DECIDED", "RECOMMENDED", "ORGANISED",
				"ATTENDED", "CHAIRED", "WROTE", "SIGNED", "SENT_TO", "DIED_IN", "ESTABLISHED", "TOOK_PLACE_AT",
				"INVOLVED", "PUBLISHED", "REPORTED_ON")) {
			RELATIONS.put(type, new EdgeStyle(OTHER_RELATION.color(), OTHER_RELATION.line(), words(type)));
		}
	}

	private NetworkStyle() {
	}

	/** The style of a kind of node ({@code Kinds.of}): its own, or {@link #OTHER_KIND}'s. */
	public static NodeStyle kind(String kind) {
		return KINDS.getOrDefault(kind, OTHER_KIND);
	}

	/** The style of a relation type: its own, or {@link #OTHER_RELATION}'s with its type in words. */
	public static EdgeStyle relation(String type) {
		var style = RELATIONS.get(type);
		return style != null ? style : new EdgeStyle(OTHER_RELATION.color(), OTHER_RELATION.line(), words(type));
	}

	/** Every kind with a style of its own, in the legend's order. */
	public static Map<String, NodeStyle> kinds() {
		return Collections.unmodifiableMap(KINDS);
	}

	/** Every relation type of the model, the styled ones first. */
	public static Map<String, EdgeStyle> relations() {
		return Collections.unmodifiableMap(RELATIONS);
	}

	/** The relation types of the model. */
	public static Set<String> relationTypes() {
		return Collections.unmodifiableSet(RELATIONS.keySet());
	}

	/** {@code HOLDS_OFFICE} as "holds office". */
	static String words(String type) {
		return type.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static NodeStyle node(String color, Shape shape, String label) {
		return new NodeStyle(color, shape, label, NODE_SIZE);
	}
}
