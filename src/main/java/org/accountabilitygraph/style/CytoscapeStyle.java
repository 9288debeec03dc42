package org.accountabilitygraph.style;

import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@link NetworkStyle} as a Cytoscape desktop style file ("vizmap" XML, File → Import → Styles from File), so that a
 * GraphML export opened there is drawn as the page draws it: a node's colour, shape and size by its {@code kind}
 * column, an edge's colour and line by its {@code type} column, both labelled from their {@code label} column.
 * <p>
 * Every name written here was read in Cytoscape's sources, not guessed: the elements and attributes in io-impl's
 * {@code xsd/vizmap.xsd} (cytoscape-impl, vendored under {@code src/test/resources/cytoscape/}) and in Cytoscape's
 * own {@code default_vizmap.xml} (vizmap-gui-impl); the visual property ids in {@code BasicVisualLexicon}
 * (cytoscape-api, presentation-api); the dependency ids in ding's {@code NodeSizeDependencyFactory} and
 * {@code EdgeColorDependencyFactory}; the values as {@code PaintVisualProperty}, {@code DoubleVisualProperty},
 * {@code IntegerVisualProperty}, {@code NodeShapeVisualProperty} (with ding's {@code DNodeShape.VEE}),
 * {@code LineTypeVisualProperty}, {@code ArrowShapeVisualProperty} and {@code ObjectPosition} parse them (read at
 * cytoscape-impl 890b8e6306d1 and cytoscape-api 6e91a5518d34; {@code CytoscapeStyleTests} lists them again).
 */
public final class CytoscapeStyle {

	/** The style's name in Cytoscape's list: the schema types it as an XML name, so it has no space. */
	public static final String STYLE_NAME = "accountability-graph";

	/** The name the file is downloaded as. */
	public static final String FILE_NAME = "accountability-graph-style.xml";

	/** The node column the kind mappings read: the GraphML export's node attribute {@code kind}. */
	public static final String KIND_COLUMN = "kind";

	/** The edge column the relation mappings read: the GraphML export's edge attribute {@code type}. */
	public static final String TYPE_COLUMN = "type";

	/** The node and edge column shown as the label: the GraphML export's short label and relation in words. */
	public static final String LABEL_COLUMN = "label";

	/** Cytoscape's own version of the format (io-impl's VizmapWriterImpl writes 3.1). */
	private static final String DOCUMENT_VERSION = "3.1";

	/** Below the node, centred, as the page puts labels ("S,N,c,0.00,3.00" in ObjectPosition's form). */
	private static final String LABEL_BELOW = "S,N,c,0.00,3.00";

	private CytoscapeStyle() {
	}

	/** The style file's text. */
	public static String xml() {
		var out = new StringWriter();
		write(out);
		return out.toString();
	}

	public static void write(Writer out) {
		try {
			var xml = new Indented(XMLOutputFactory.newInstance().createXMLStreamWriter(out));
			xml.startDocument();
			xml.open("vizmap", "id", "VizMap-" + STYLE_NAME, "documentVersion", DOCUMENT_VERSION);
			xml.open("visualStyle", "name", STYLE_NAME);
			network(xml);
			nodes(xml);
			edges(xml);
			xml.close();
			xml.close();
			xml.endDocument();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The Cytoscape style could not be written", ex);
		}
	}

	private static void network(Indented xml) throws XMLStreamException {
		xml.open("network");
		xml.property("NETWORK_BACKGROUND_PAINT", "#ffffff");
		xml.close();
	}

	private static void nodes(Indented xml) throws XMLStreamException {
		var other = NetworkStyle.OTHER_KIND;
		xml.open("node");
		// NODE_SIZE sets width and height only while they are locked together (ding's "nodeSizeLocked").
		xml.dependency("nodeSizeLocked", true);
		xml.discrete("NODE_FILL_COLOR", other.color(), KIND_COLUMN, byKind(NetworkStyle.NodeStyle::color));
		xml.discrete("NODE_SHAPE", other.shape().cytoscapeDesktop(), KIND_COLUMN,
				byKind(style -> style.shape().cytoscapeDesktop()));
		xml.discrete("NODE_SIZE", size(other.size()), KIND_COLUMN, byKind(style -> size(style.size())));
		xml.passthrough("NODE_LABEL", LABEL_COLUMN);
		// the page's labels: 10 pixels, below the node, a thin dark border round it (NetworkExporter's node rule)
		xml.property("NODE_LABEL_FONT_SIZE", "10");
		xml.property("NODE_LABEL_POSITION", LABEL_BELOW);
		xml.property("NODE_BORDER_WIDTH", "1.0");
		xml.property("NODE_BORDER_PAINT", "#52606d");
		xml.close();
	}

	private static void edges(Indented xml) throws XMLStreamException {
		var other = NetworkStyle.OTHER_RELATION;
		xml.open("edge");
		// off, so the arrow's own colour below is drawn rather than the edge's shared one (ding's "arrowColorMatchesEdge")
		xml.dependency("arrowColorMatchesEdge", false);
		xml.discrete("EDGE_STROKE_UNSELECTED_PAINT", other.color(), TYPE_COLUMN, byRelation(NetworkStyle.EdgeStyle::color));
		xml.discrete("EDGE_TARGET_ARROW_UNSELECTED_PAINT", other.color(), TYPE_COLUMN,
				byRelation(NetworkStyle.EdgeStyle::color));
		xml.discrete("EDGE_LINE_TYPE", other.line().cytoscapeDesktop(), TYPE_COLUMN,
				byRelation(style -> style.line().cytoscapeDesktop()));
		xml.property("EDGE_TARGET_ARROW_SHAPE", "DELTA");
		xml.property("EDGE_WIDTH", "1.5");
		xml.passthrough("EDGE_LABEL", LABEL_COLUMN);
		xml.property("EDGE_LABEL_FONT_SIZE", "8");
		xml.close();
	}

	private static Map<String, String> byKind(Function<NetworkStyle.NodeStyle, String> value) {
		return each(NetworkStyle.kinds(), value);
	}

	private static Map<String, String> byRelation(Function<NetworkStyle.EdgeStyle, String> value) {
		return each(NetworkStyle.relations(), value);
	}

	/** One value per kind or relation type, in NetworkStyle's order. */
	private static <S> Map<String, String> each(Map<String, S> styles, Function<S, String> value) {
		var values = new LinkedHashMap<String, String>();
		styles.forEach((name, style) -> values.put(name, value.apply(style)));
		return values;
	}

	/** A size as Cytoscape writes its doubles: {@code 26.0}. */
	private static String size(int pixels) {
		return Double.toString(pixels);
	}

	/** What the file is made of, one element a line, indented by tabs. */
	private static final class Indented {

		private final XMLStreamWriter writer;

		private int depth;

		Indented(XMLStreamWriter writer) {
			this.writer = writer;
		}

		void startDocument() throws XMLStreamException {
			writer.writeStartDocument("UTF-8", "1.0");
		}

		void endDocument() throws XMLStreamException {
			writer.writeCharacters("\n");
			writer.writeEndDocument();
			writer.flush();
		}

		void open(String name, String... attributes) throws XMLStreamException {
			newLine();
			writer.writeStartElement(name);
			attributes(attributes);
			depth++;
		}

		void close() throws XMLStreamException {
			depth--;
			newLine();
			writer.writeEndElement();
		}

		void empty(String name, String... attributes) throws XMLStreamException {
			newLine();
			writer.writeEmptyElement(name);
			attributes(attributes);
		}

		/** A visual property's value for every node or edge. */
		void property(String id, String value) throws XMLStreamException {
			empty("visualProperty", "name", id, "default", value);
		}

		void dependency(String id, boolean value) throws XMLStreamException {
			empty("dependency", "name", id, "value", Boolean.toString(value));
		}

		/** A visual property shown from a text column as it is. */
		void passthrough(String id, String column) throws XMLStreamException {
			open("visualProperty", "name", id, "default", "");
			empty("passthroughMapping", "attributeName", column, "attributeType", "string");
			close();
		}

		/** A visual property by the value of a text column, {@code otherwise} for values not listed. */
		void discrete(String id, String otherwise, String column, Map<String, String> values) throws XMLStreamException {
			open("visualProperty", "name", id, "default", otherwise);
			open("discreteMapping", "attributeName", column, "attributeType", "string");
			for (var entry : values.entrySet()) {
				empty("discreteMappingEntry", "attributeValue", entry.getKey(), "value", entry.getValue());
			}
			close();
			close();
		}

		private void attributes(String... namesAndValues) throws XMLStreamException {
			for (int i = 0; i < namesAndValues.length; i += 2) {
				writer.writeAttribute(namesAndValues[i], namesAndValues[i + 1]);
			}
		}

		private void newLine() throws XMLStreamException {
			writer.writeCharacters("\n" + "\t".repeat(depth));
		}
	}
}
