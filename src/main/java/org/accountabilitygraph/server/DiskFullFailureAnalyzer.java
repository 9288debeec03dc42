package org.accountabilitygraph.server;

import java.nio.file.Path;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * When the disk under the embedded store fills up during the load, Neo4j stops with "critical error,
 * needs to be restarted", which surfaces as whatever the loader was doing (taking its lock, a script):
 * it must not read as a broken script. So this analyzer goes first and names the real cause when the
 * store's disk is full.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DiskFullFailureAnalyzer implements FailureAnalyzer {

	private final Environment environment;

	DiskFullFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		if (environment.containsProperty("spring.neo4j.uri")) {
			return null; // not our disk
		}
		var store = Path.of(environment.getProperty("graph.embedded.data-directory", "neo4j-data")).toAbsolutePath();
		if (!DiskFull.anyCause(failure) && !DiskFull.hasNoSpace(store)) {
			return null;
		}
		var explained = DiskFull.failure(store, failure);
		return new FailureAnalysis(explained.description(), explained.action(), failure);
	}
}
