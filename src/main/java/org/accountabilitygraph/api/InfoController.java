package org.accountabilitygraph.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.accountabilitygraph.server.EmbeddedNeo4jProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the web page needs to know about its surroundings: where the Neo4j Browser is. */
@RestController
class InfoController {

	private final String browserUrl;

	InfoController(EmbeddedNeo4jProperties embedded, @Value("${spring.neo4j.uri:}") String externalUri,
			@Value("${graph.browser-url:}") String configuredBrowserUrl) {
		// An external database's Browser address cannot be guessed: it is configured (graph.browser-url).
		this.browserUrl = !configuredBrowserUrl.isBlank() ? configuredBrowserUrl
				: externalUri.isBlank() ? embedded.browserUrl() : null;
	}

	@GetMapping("/api/info")
	Map<String, Object> info() {
		var info = new LinkedHashMap<String, Object>();
		info.put("browserUrl", browserUrl);
		return info;
	}
}
