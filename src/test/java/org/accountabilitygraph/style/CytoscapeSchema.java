package org.accountabilitygraph.style;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Cytoscape desktop's style file schema ({@code src/test/resources/cytoscape/vizmap.xsd}, cytoscape-impl's, unchanged
 * on disk). Cytoscape's own files leave out three elements the schema requires (the README beside it says which
 * files): here, in memory only, those three may be left out; every other rule stays as published.
 */
public final class CytoscapeSchema {

	/** The element references Cytoscape's own style files leave out: they get {@code minOccurs="0"}. */
	static final Set<String> LEFT_OUT_BY_CYTOSCAPE = Set.of("dependency", "tableColumnStyle", "columnStyleAssociation");

	private static Schema schema;

	private CytoscapeSchema() {
	}

	/** Fails with the first rule of the schema {@code xml} breaks. */
	public static void validate(String xml) throws SAXException, IOException {
		schema().newValidator().validate(new StreamSource(new StringReader(xml)));
	}

	static synchronized Schema schema() {
		if (schema == null) {
			try (var in = CytoscapeSchema.class.getResourceAsStream("/cytoscape/vizmap.xsd")) {
				var factory = DocumentBuilderFactory.newInstance();
				factory.setNamespaceAware(true);
				var xsd = factory.newDocumentBuilder().parse(in);
				var elements = xsd.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
				int loosened = 0;
				for (int i = 0; i < elements.getLength(); i++) {
					var element = (Element) elements.item(i);
					if (LEFT_OUT_BY_CYTOSCAPE.contains(element.getAttribute("ref"))) {
						element.setAttribute("minOccurs", "0");
						loosened++;
					}
				}
				// dependency in cell, network, node and edge; the table column styles and their associations in vizmap
				if (loosened != 6) {
					throw new IllegalStateException("vizmap.xsd has changed: " + loosened + " references loosened, not 6");
				}
				schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new DOMSource(xsd));
			}
			catch (Exception ex) {
				throw new IllegalStateException("vizmap.xsd could not be read", ex);
			}
		}
		return schema;
	}
}
