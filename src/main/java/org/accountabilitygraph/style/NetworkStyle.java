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

	/** The focus's size, as the page draws it (network.js, with a thick border): larger than any kind's. */
	public static final int FOCUS_SIZE = 36;

	/** The focus as it is drawn: its kind's colour and shape at {@link #FOCUS_SIZE}. */
	public static NodeStyle focus(NodeStyle kind) {
		return new NodeStyle(kind.color(), kind.shape(), kind.label(), Math.max(FOCUS_SIZE, kind.size()));
	}

	/** How a kind of node is drawn: colour ({@code #rrggbb}), shape, the legend's name, size in pixels. */
	public record NodeStyle(String color, Shape shape, String label, int size) {
	}

	/** How a relation is drawn: colour ({@code #rrggbb}), line, and its words ("criticised"). */
	public record EdgeStyle(String color, Line line, String label) {
	}

	/** Kinds without a style of their own (a service, a must-do action, a call for action). */
	public static final NodeStyle OTHER_KIND = node("#e8e8e8", Shape.RIGHT_RHOMBOID, "Other");

	/** The colour and line of relations without a style of their own, and of the records (reported in, wrote, ...). */
	public static final EdgeStyle OTHER_RELATION = new EdgeStyle("#999999", Line.SOLID, null);

	private static final Map<String, NodeStyle> KINDS = new LinkedHashMap<>();

	private static final Map<String, EdgeStyle> RELATIONS = new LinkedHashMap<>();

	// The palette: Okabe and Ito's colours for colour-blind readers, with lighter and darker steps where 18 kinds need
	// more. NetworkStyleTests checks that every two kinds (and every two relation families) stay apart under simulated
	// protanopia, deuteranopia and tritanopia, and that no two kinds share a shape.
	static {
		KINDS.put("Person", node("#0072b2", Shape.ELLIPSE, "Person"));
		KINDS.put("MP", node("#56b4e9", Shape.OCTAGON, "MP"));
		KINDS.put("Trust", node("#d55e00", Shape.ROUND_RECTANGLE, "Trust"));
		KINDS.put("Regulator", node("#e69f00", Shape.PENTAGON, "Regulator"));
		KINDS.put("Campaign", node("#009e73", Shape.STAR, "Campaign"));
		KINDS.put("GovernmentBody", node("#555555", Shape.RECTANGLE, "Government body"));
		KINDS.put("PoliticalParty", node("#cc79a7", Shape.BARREL, "Political party"));
		KINDS.put("HealthBody", node("#8c510a", Shape.CUT_RECTANGLE, "Health body"));
		KINDS.put("MediaOutlet", node("#222255", Shape.BOTTOM_ROUND_RECTANGLE, "Media outlet"));
		KINDS.put("Organisation", node("#bbbbbb", Shape.CONCAVE_HEXAGON, "Organisation"));
		KINDS.put("Group", node("#117733", Shape.HEXAGON, "Group of people"));
		// Statements are many: small on the page (and flattened there), their words in the panel.
		KINDS.put("Statement", new NodeStyle("#f0e442", Shape.TAG, "Statement", 14));
		KINDS.put("Inspection", node("#ffc98a", Shape.DIAMOND, "Inspection"));
		KINDS.put("Decision", node("#aa3377", Shape.RHOMBOID, "Decision"));
		KINDS.put("Event", node("#a0e0f0", Shape.TRIANGLE, "Event"));
		KINDS.put("Office", node("#9966cc", Shape.HEPTAGON, "Office"));
		KINDS.put("Place", node("#c8b560", Shape.VEE, "Place"));
		KINDS.put("Constituency", node("#332288", Shape.ROUND_PENTAGON, "Constituency"));

		RELATIONS.put("SAID", new EdgeStyle("#1d2733", Line.SOLID, "said"));
		RELATIONS.put("ABOUT", new EdgeStyle("#0072b2", Line.DASHED, "is about"));
		RELATIONS.put("ON_BEHALF_OF", new EdgeStyle("#009e73", Line.DOTTED, "on behalf of"));
		RELATIONS.put("CRITICISED", new EdgeStyle("#d55e00", Line.SOLID, "criticised"));
		RELATIONS.put("LEADS", new EdgeStyle("#e377c2", Line.SOLID, "leads"));
		RELATIONS.put("INSPECTED", new EdgeStyle("#e69f00", Line.SOLID, "inspected"));
		RELATIONS.put("RATED", new EdgeStyle("#e69f00", Line.DASHED, "rated"));
		RELATIONS.put("CONDUCTED", new EdgeStyle("#e69f00", Line.DOTTED, "conducted"));
		RELATIONS.put("CALLED_FOR", new EdgeStyle("#8c510a", Line.SOLID, "called for"));
		// Every other relation of the model (cypher/MODEL.md), one colour per family, the line telling the members
		// apart where it can; NetworkStyleTests keeps this and the model in step.
		family("#4b2991", "HOLDS_OFFICE", "WORKS_FOR", "MEMBER_OF", "REPRESENTS", "PART_OF");
		family("#56b4e9", "MADE_IN", "ORGANISED", "ATTENDED", "CHAIRED", "TOOK_PLACE_AT", "INVOLVED", "DIED_IN",
				"ESTABLISHED");
		family("#aa3377", "CONCERNS", "REQUIRED", "FOLLOWED", "DECIDED", "RECOMMENDED");
		family(OTHER_RELATION.color(), "REPORTED_IN", "REPORTED_ON", "PUBLISHED", "WROTE", "SIGNED", "SENT_TO",
				"ADDRESSED_TO");
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

	/** Relations drawn in one colour, solid, dashed and dotted in turn. */
	private static void family(String color, String... types) {
		for (int i = 0; i < types.length; i++) {
			RELATIONS.put(types[i], new EdgeStyle(color, Line.values()[i % Line.values().length], words(types[i])));
		}
	}

	private static NodeStyle node(String color, Shape shape, String label) {
		return new NodeStyle(color, shape, label, NODE_SIZE);
	}
}
