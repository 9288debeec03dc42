package org.accountabilitygraph.server;

import org.accountabilitygraph.security.LocalAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the user where everything is, and how to log in to the database, once the data is loaded. */
@Component
@Conditional(EmbeddedNeo4jCondition.class)
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final EmbeddedNeo4jProperties properties;
	private final EmbeddedNeo4jStart.Starting embeddedNeo4j;
	private final LocalAccess access;

	ReadyBanner(EmbeddedNeo4jProperties properties, EmbeddedNeo4jStart.Starting embeddedNeo4j, LocalAccess access) {
		this.properties = properties;
		this.embeddedNeo4j = embeddedNeo4j;
		this.access = access;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		var password = embeddedNeo4j.started().password();
		var webPort = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
		var reach = access.loopbackOnly() ? "Only this machine can connect."
				: "Listening on " + access.listenAddress() + ": other machines can connect, as " + access.hosts() + ".";
		log.info("""

				Ready. The knowledge graph is loaded into the embedded Neo4j.
				  Neo4j Browser : {}
				  Bolt          : {}
				  Log in as     : user {}, password {}
				                  (kept in {}, readable only by you)
				  Application   : http://{}:{}/
				{} Press Ctrl+C to stop.""", properties.browserUrl(), properties.boltUri(), password.user(),
				password.password(), password.file(), properties.host(), webPort, reach);
	}
}
