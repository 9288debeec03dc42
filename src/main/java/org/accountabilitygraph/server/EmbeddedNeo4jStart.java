package org.accountabilitygraph.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.accountabilitygraph.browser.GraphStyle;
import org.accountabilitygraph.browser.NamedQueriesGuide;
import org.accountabilitygraph.security.LocalAccess;
import org.accountabilitygraph.security.LocalAccessProperties;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded Neo4j on a thread of its own once the settings are final and before Spring builds the
 * application's beans, so that Neo4j's 5–6 s overlap the 3 s Spring spends on the application instead of
 * following them. Nothing in the application waits for it but the load (which reads its files meanwhile)
 * and the queries, which the API holds back until the load ends. Registered in
 * {@code META-INF/spring.factories}, as it must hear an event that comes before the context's beans exist;
 * the context gets the start as the bean {@link Starting}, which stops Neo4j when the context closes.
 */
public final class EmbeddedNeo4jStart implements ApplicationListener<SpringApplicationEvent> {

	static final String BEAN_NAME = "embeddedNeo4jStart";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jStart.class);

	private Starting starting;

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		// Not at ApplicationEnvironmentPreparedEvent: initializers (and tests' @DynamicPropertySource) may
		// still change the settings then.
		if (event instanceof ApplicationPreparedEvent prepared
				&& EmbeddedNeo4jCondition.embedded(prepared.getApplicationContext().getEnvironment())) {
			starting = new Starting(prepared.getApplicationContext().getEnvironment());
			var beans = (DefaultListableBeanFactory) prepared.getApplicationContext().getBeanFactory();
			beans.registerSingleton(BEAN_NAME, starting);
			beans.registerDisposableBean(BEAN_NAME, starting::shutdown);
		}
		else if (event instanceof ApplicationFailedEvent failed && starting != null
				&& (failed.getApplicationContext() == null || !failed.getApplicationContext().isActive())) {
			// A context that never started does not close its beans, and Neo4j's threads would keep the JVM
			// alive. An active one closes them itself, after the failure is reported.
			starting.shutdown();
		}
	}

	/** The database and its password, once Neo4j has started. */
	record Started(DatabaseManagementService neo4j, StorePassword password) {
	}

	/** Neo4j starting on a thread of its own; the application's handle on it. */
	public static final class Starting {

		private final CompletableFuture<Started> started = new CompletableFuture<>();
		private final Path store;
		private int secondsWithoutSpace;
		private boolean shutDown;

		private Starting(Environment environment) {
			var properties = Binder.get(environment).bindOrCreate("graph.embedded", EmbeddedNeo4jProperties.class);
			store = properties.dataDirectory();
			var thread = new Thread(() -> {
				try {
					started.complete(start(environment, properties));
				}
				catch (Throwable ex) {
					started.completeExceptionally(ex);
				}
			}, "neo4j-start");
			thread.setDaemon(true);
			thread.start();
		}

		/**
		 * Waits until Neo4j serves Bolt.
		 * @throws RuntimeException what stopped it from starting (a port in use, a broken store, ...)
		 */
		public void await() {
			started();
		}

		/**
		 * Called about once a second while the graph loads: fails the start when the store's disk has been full for
		 * three calls in a row. Neo4j does not always fail on a full disk: making an index, it retries its writes
		 * forever, and the load would wait for it forever.
		 * @throws org.accountabilitygraph.startup.StartFailure the disk is full
		 */
		public synchronized void ensureSpaceWhileLoading() {
			secondsWithoutSpace = DiskFull.hasNoSpace(store) ? secondsWithoutSpace + 1 : 0;
			if (secondsWithoutSpace >= 3) {
				throw DiskFull.failure(store, null);
			}
		}

		CompletableFuture<Started> whenStarted() {
			return started;
		}

		Started started() {
			try {
				return started.join();
			}
			catch (CompletionException ex) {
				throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
			}
		}

		/** Waits for the start to end, and stops Neo4j if it started. */
		synchronized void shutdown() {
			if (shutDown) {
				return;
			}
			shutDown = true;
			try {
				started.join().neo4j().shutdown();
			}
			catch (CompletionException notStarted) {
				// nothing to stop; the start's failure is reported where the application awaits it
			}
		}
	}

	/** Starts Neo4j, and gives a new store its password. */
	private static Started start(Environment environment, EmbeddedNeo4jProperties properties) {
		var access = Binder.get(environment).bindOrCreate("graph", LocalAccessProperties.class).access();
		int serverPort = environment.getProperty("server.port", Integer.class, 8080);
		ensureFree("Bolt", properties.listenAddress(), properties.boltPort(), "graph.embedded.bolt-port");
		ensureFree("HTTP", properties.listenAddress(), properties.httpPort(), "graph.embedded.http-port");
		log.info("Starting embedded Neo4j in {}", properties.dataDirectory().toAbsolutePath());
		var neo4j = StoreGuard.open(properties.dataDirectory(), () -> EmbeddedNeo4j.start(properties.dataDirectory(),
				properties.listenAddress(), properties.boltPort(), browser(properties, access, serverPort), true,
				properties.pageCache().toBytes()));
		try {
			return new Started(neo4j, StorePassword.read(properties.dataDirectory())
				.orElseGet(() -> StorePassword.create(properties.dataDirectory(), neo4j)));
		}
		catch (RuntimeException ex) {
			neo4j.shutdown();
			throw ex;
		}
	}

	/**
	 * The Browser may talk to the Bolt port and to this application (which serves its guide and graph style), under the
	 * names this machine answers to, and nowhere else.
	 */
	private static EmbeddedNeo4j.Http browser(EmbeddedNeo4jProperties properties, LocalAccess access,
			int serverPort) {
		if (properties.httpPort() <= 0) {
			return null;
		}
		var sources = new ArrayList<String>();
		for (var host : access.hosts()) {
			var name = host.contains(":") ? "[" + host + "]" : host;
			sources.add("ws://" + name + ":" + properties.boltPort());
			if (serverPort > 0) {
				sources.add("http://" + name + ":" + serverPort);
			}
		}
		return new EmbeddedNeo4j.Http(properties.httpPort(), postConnectCommand(serverPort), properties.httpOrigin(),
				sources);
	}

	/**
	 * What the Browser runs once connected: it takes this application's graph style and opens the guide to
	 * the named queries in its sidebar (both served by this application; the Browser fetches them only from
	 * hosts its allow-list names, {@code localhost} by default). Commands are separated by semicolons.
	 */
	static String postConnectCommand(int serverPort) {
		if (serverPort <= 0) {
			return null;
		}
		var application = "http://localhost:" + serverPort;
		return "style " + application + GraphStyle.PATH + "; guide " + application + NamedQueriesGuide.PATH;
	}

	/** Fails before Neo4j starts, so a taken port gives one clear message and not a server stack trace. */
	private static void ensureFree(String connector, String host, int port, String property) {
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(host, port));
		}
		catch (IOException ex) {
			throw new PortInUseException(connector, port, property);
		}
	}
}
