package org.accountabilitygraph.load;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken script stops the start with the file and the database's words, not a stack trace. */
class ScriptFailedFailureAnalyzer extends AbstractFailureAnalyzer<ScriptFailedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ScriptFailedException cause) {
		return new FailureAnalysis(
				"Loading the graph failed in " + cause.script() + ". Its transaction was rolled back; the scripts "
						+ "before it stay applied.\nNeo4j said: " + cause.databaseMessage(),
				"Fix " + cause.script() + " and start again: only that script and the ones after it will run.",
				cause);
	}
}
