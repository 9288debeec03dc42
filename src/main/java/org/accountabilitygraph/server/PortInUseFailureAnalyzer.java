package org.accountabilitygraph.server;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a taken port into a two-line explanation instead of a stack trace. */
class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
		return new FailureAnalysis(
				"The embedded Neo4j could not start: its " + cause.connector() + " port " + cause.port()
						+ " is already in use (is another Neo4j, or another copy of this application, running?).",
				"Stop the other process, or choose another port, for example --" + cause.property() + "="
						+ (cause.port() + 1),
				cause);
	}
}
