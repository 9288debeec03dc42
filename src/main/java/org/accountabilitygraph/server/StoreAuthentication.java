package org.accountabilitygraph.server;

import java.util.concurrent.CompletionStage;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokenManager;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the driver in with the store's password once Neo4j has started, so that the driver, and the
 * application built around it, can be made while Neo4j still starts. A password the database refuses
 * means the file was edited or restored from elsewhere: the file is what the owner sees, so it wins, and
 * the driver tries again once.
 */
final class StoreAuthentication implements AuthTokenManager {

	private static final Logger log = LoggerFactory.getLogger(StoreAuthentication.class);

	private final EmbeddedNeo4jStart.Starting starting;
	private boolean reapplied;

	StoreAuthentication(EmbeddedNeo4jStart.Starting starting) {
		this.starting = starting;
	}

	@Override
	public CompletionStage<AuthToken> getToken() {
		return starting.whenStarted().thenApply(started -> AuthTokens.basic(started.password().user(),
				started.password().password()));
	}

	@Override
	public synchronized boolean handleSecurityException(AuthToken token, SecurityException exception) {
		if (!(exception instanceof AuthenticationException) || reapplied) {
			return false;
		}
		reapplied = true;
		var started = starting.started();
		log.info("The database password did not match {}; setting it from that file.", started.password().file());
		started.password().applyTo(started.neo4j());
		return true;
	}
}
