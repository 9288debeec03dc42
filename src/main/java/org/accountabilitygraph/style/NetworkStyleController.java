package org.accountabilitygraph.style;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.accountabilitygraph.style.NetworkStyle.EdgeStyle;
import org.accountabilitygraph.style.NetworkStyle.NodeStyle;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The network's style for the page, which draws with it instead of a copy of its own. */
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
}
