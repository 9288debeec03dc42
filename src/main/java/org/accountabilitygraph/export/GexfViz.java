package org.accountabilitygraph.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.accountabilitygraph.style.NetworkStyle.EdgeStyle;
import org.accountabilitygraph.style.NetworkStyle.NodeStyle;
import org.jgrapht.nio.ExportException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Adds GEXF's visual attributes ({@code viz:color}, {@code viz:size}, {@code viz:shape}) to what JGraphT's
 * GEXFExporter wrote. That exporter has no way to write them (it writes only {@code attvalues}, and builds its
 * SAX handler inside {@code exportGraph}), so its output is read back with the JDK's DOM parser, the elements added
 * under each node and edge, and the document written again: the GEXF stays JGraphT's, the JDK does the XML.
 */
final class GexfViz {

	/** The viz namespace of GEXF 1.2draft, the version JGraphT writes. */
	static final String NAMESPACE = "http://www.gexf.net/1.2draft/viz";

	private GexfViz() {
	}

	/** Writes {@code gexf} to {@code out} with each node's and edge's style, looked up by id. */
	static void write(String gexf, Map<String, NodeStyle> nodes, Map<String, EdgeStyle> edges, Writer out) {
		try {
			var document = parse(gexf);
			var root = document.getDocumentElement();
			root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:viz", NAMESPACE);
			var nodeElements = root.getElementsByTagNameNS("*", "node");
			for (int i = 0; i < nodeElements.getLength(); i++) {
				var node = (Element) nodeElements.item(i);
				var style = nodes.get(node.getAttribute("id"));
				if (style != null) {
					node.appendChild(color(document, style.color()));
					node.appendChild(viz(document, "size", Integer.toString(style.size())));
					node.appendChild(viz(document, "shape", style.shape().gexf()));
				}
			}
			var edgeElements = root.getElementsByTagNameNS("*", "edge");
			for (int i = 0; i < edgeElements.getLength(); i++) {
				var edge = (Element) edgeElements.item(i);
				var style = edges.get(edge.getAttribute("id"));
				if (style != null) {
					edge.appendChild(color(document, style.color()));
					edge.appendChild(viz(document, "shape", style.line().cytoscapeJs()));
				}
			}
			dropIndentation(root); // or the transformer indents it again, around its own
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.transform(new DOMSource(document), new StreamResult(out));
		}
		catch (ParserConfigurationException | SAXException | IOException | TransformerException ex) {
			throw new ExportException("Failed to add the visual attributes to the GEXF", ex);
		}
	}

	private static Document parse(String xml) throws ParserConfigurationException, SAXException, IOException {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		// JGraphT's own output, but no reason to let any XML reach outside it
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private static void dropIndentation(Node node) {
		var child = node.getFirstChild();
		while (child != null) {
			var next = child.getNextSibling();
			if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
				node.removeChild(child);
			}
			else {
				dropIndentation(child);
			}
			child = next;
		}
	}

	/** {@code #3e7bfa} as {@code <viz:color r="62" g="123" b="250"/>}. */
	private static Element color(Document document, String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		var color = document.createElementNS(NAMESPACE, "viz:color");
		color.setAttribute("r", Integer.toString(rgb >> 16 & 0xff));
		color.setAttribute("g", Integer.toString(rgb >> 8 & 0xff));
		color.setAttribute("b", Integer.toString(rgb & 0xff));
		return color;
	}

	private static Element viz(Document document, String name, String value) {
		var element = document.createElementNS(NAMESPACE, "viz:" + name);
		element.setAttribute("value", value);
		return element;
	}
}
