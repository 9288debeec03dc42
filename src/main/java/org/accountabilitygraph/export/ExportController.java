package org.accountabilitygraph.export;

import java.io.StringWriter;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.accountabilitygraph.query.InvalidParameterException;
import org.accountabilitygraph.query.KnowledgeGraph;
import org.accountabilitygraph.query.Parameters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of the who-said-what network (or the whole graph) for Gephi, Cytoscape and Graphviz. */
@RestController
@Tag(name = "exports", description = "The network as GraphML, GEXF, Cytoscape JSON or DOT, with provenance attributes")
class ExportController {

	private final KnowledgeGraph graph;

	ExportController(KnowledgeGraph graph) {
		this.graph = graph;
	}

	@GetMapping("/api/export")
	@Operation(summary = "Export the who-said-what network around `focus` (everything without), or with scope=graph every node and relationship")
	ResponseEntity<String> export(@RequestParam @Parameter(example = "graphml", description = "graphml, gexf, cyjs or dot") String format,
			@RequestParam(defaultValue = "network") @Parameter(description = "network or graph") String scope,
			@RequestParam(required = false) @Parameter(example = "nsft") String focus,
			@RequestParam(defaultValue = "1") int depth, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String article,
			@RequestParam(required = false) @Parameter(example = "CRITICISED,LEADS",
					description = "relation types to leave out, comma-separated (the page's unticked relations)") String hide) {
		var exportFormat = ExportFormat.named("format", format);
		var hidden = HiddenRelations.parse("hide", hide);
		var network = switch (scope) {
			case "network" -> graph.network(focus, depth, from, to, article);
			case "graph" -> graph.wholeGraph();
			default -> throw new InvalidParameterException("scope", "'" + Parameters.abbreviate(scope) + "' is not a scope; use network or graph");
		};
		var out = new StringWriter();
		NetworkExporter.write(hidden.applyTo(network), exportFormat, out, scope.equals("network") ? focus : null);
		// named for the focus and the day, network-nsft-2026-12-01.gexf, as the page names its pictures (app.js)
		var name = (scope.equals("graph") ? "graph" : focus == null ? "network" : "network-" + focus) + "-"
				+ LocalDate.now() + "." + exportFormat.extension();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(exportFormat.mediaType() + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toString());
	}
}
