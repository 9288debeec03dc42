package org.accountabilitygraph.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the user where everything is once the data is loaded. */
@Component
@Conditional(EmbeddedNeo4jCondition.class)
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final EmbeddedNeo4jProperties properties;

	ReadyBanner(EmbeddedNeo4jProperties properties) {
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		var webPort = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
		log.info("""

				Ready. The knowledge graph is loaded into the embedded Neo4j.
				  Neo4j Browser : {}
				  Bolt          : {}  (no authentication)
				  Application   : http://localhost:{}/
				Press Ctrl+C to stop.""", properties.browserUrl(), properties.boltUri(), webPort);
	}
}
