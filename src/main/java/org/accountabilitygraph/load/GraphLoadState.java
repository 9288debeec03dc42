package org.accountabilitygraph.load;

/**
 * Whether the graph is complete. The load runs after the web server has started, so until it ends the
 * API must not answer from a half-loaded graph ({@code api.LoadingFilter} answers 503 meanwhile).
 */
public final class GraphLoadState {

	private volatile boolean loaded;

	GraphLoadState(boolean loaded) {
		this.loaded = loaded;
	}

	public boolean loaded() {
		return loaded;
	}

	void markLoaded() {
		loaded = true;
	}
}
