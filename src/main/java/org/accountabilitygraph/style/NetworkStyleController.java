package org.accountabilitygraph.style;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.accountabilitygraph.style.NetworkStyle.EdgeStyle;
import org.accountabilitygraph.style.NetworkStyle.NodeStyle;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The network's style for the page, which draws with it instead of a copy of its own, and for Cytoscape desktop. */
@RestController
@Tag(name = "knowledge graph")
class NetworkStyleController {

	/** What {@code GET /api/network-style} answers. */
	record Style(Map<String, NodeStyle> kinds, NodeStyle otherKind, Map<String, EdgeStyle> relations,
			EdgeStyle otherRelation) {
	}

	@GetMapping("/api/network-style")
	@Operation(summary = "How the network is drawn: colour, shape and size per kind of node, colour and line per relation "
			+ "(the same the GraphML and GEXF exports carry)")
	Style style() {
		return new Style(NetworkStyle.kinds(), NetworkStyle.OTHER_KIND, NetworkStyle.relations(),
				NetworkStyle.OTHER_RELATION);
	}

	@GetMapping(path = "/api/network-style/cytoscape", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "The same style as a Cytoscape desktop style file (File → Import → Styles from File), which draws a "
			+ "GraphML export as the page does: colour, shape and size by the node's kind, colour and line by the edge's type")
	ResponseEntity<String> cytoscape() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(CytoscapeStyle.FILE_NAME).build().toString())
			.body(CytoscapeStyle.xml());
	}
}
