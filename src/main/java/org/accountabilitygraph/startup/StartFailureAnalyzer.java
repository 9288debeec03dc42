package org.accountabilitygraph.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link StartFailure} as its description and action; Spring Boot then leaves out the stack trace. */
class StartFailureAnalyzer extends AbstractFailureAnalyzer<StartFailure> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartFailure cause) {
		return new FailureAnalysis(cause.description(), cause.action(), cause);
	}
}
