package org.accountabilitygraph.load;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the graph is complete, and the load that completes it when the application starts. The load runs
 * on a thread of its own from the moment the database is reachable, while Spring finishes the application
 * and the web server starts; until it ends the API must not answer from a half-loaded graph
 * ({@code api.LoadingFilter} answers 503 meanwhile).
 */
public final class GraphLoadState {

	private static final Logger log = LoggerFactory.getLogger(GraphLoadState.class);

	private final CompletableFuture<List<LoadReport.Script>> applied = new CompletableFuture<>();
	private final CompletableFuture<LoadReport> report = new CompletableFuture<>();

	private GraphLoadState() {
	}

	/** Nothing to load (loading on start is turned off). */
	static GraphLoadState nothingToLoad() {
		var state = new GraphLoadState();
		state.applied.complete(List.of());
		return state;
	}

	/**
	 * Starts {@code loader} on a thread of its own: it reads the files at once and writes once
	 * {@code databaseStarted} returns.
	 */
	static GraphLoadState loading(GraphLoader loader, Runnable databaseStarted) {
		var state = new GraphLoadState();
		var thread = new Thread(() -> {
			try {
				var files = loader.read();
				databaseStarted.run();
				if (loader.stopping()) {
					throw new LoadStoppedException(null); // stopped (Ctrl+C) while the database started
				}
				log.info("Loading the graph (the API answers 503 until it is loaded)");
				var scripts = loader.apply(files);
				state.applied.complete(scripts);
				state.report.complete(new LoadReport(scripts, loader.counts()));
			}
			catch (Throwable ex) {
				state.applied.completeExceptionally(ex);
				state.report.completeExceptionally(ex);
			}
		}, "graph-load");
		thread.setDaemon(true); // a failed start must not wait for it
		thread.start();
		return state;
	}

	public boolean loaded() {
		return applied.isDone() && !applied.isCompletedExceptionally();
	}

	/**
	 * Waits for the load to end, running {@code everySecond} meanwhile.
	 * @param everySecond a check that ends the wait by throwing (the store's disk is full, ...)
	 * @throws RuntimeException why it failed: {@link ScriptFailedException}, {@link LoadStoppedException}, ...
	 */
	LoadReport await(Runnable everySecond) throws InterruptedException {
		while (true) {
			try {
				return report.get(1, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				everySecond.run();
			}
			catch (ExecutionException ex) {
				throw ex.getCause() instanceof RuntimeException cause ? cause : new CompletionException(ex.getCause());
			}
		}
	}
}
