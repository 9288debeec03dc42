package org.accountabilitygraph.load;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.accountabilitygraph.server.EmbeddedNeo4jStart;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Loads {@code cypher/} into whichever database the driver reaches, every start: new and changed
 * scripts are applied, unchanged ones are skipped. {@code graph.load-on-start=false} turns it off.
 */
@Configuration(proxyBeanMethods = false)
class LoadConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LoadConfiguration.class);

	@Bean
	GraphLoader graphLoader(Driver driver, ObjectProvider<EmbeddedNeo4jStart.Starting> embedded,
			@Value("${graph.cypher-location:classpath:cypher/migrations}") String location,
			@Value("${graph.facts-location:classpath:data/facts}") String factsLocation,
			@Value("${graph.delay-between-migrations:0s}") Duration delay) {
		// An embedded store is locked by Neo4j for this process alone: nobody else can be loading into it.
		return new GraphLoader(driver, location, factsLocation, embedded.getIfAvailable() != null)
			.delayBetweenMigrations(delay);
	}

	/**
	 * Made when the web server is set up (its {@code LoadingFilter} needs it), early in the start: the load
	 * reads its files while the embedded Neo4j starts, and writes while Spring finishes the application.
	 */
	@Bean
	GraphLoadState graphLoadState(@Value("${graph.load-on-start:true}") boolean loadOnStart,
			ObjectProvider<GraphLoader> loader, ObjectProvider<EmbeddedNeo4jStart.Starting> embedded) {
		if (!loadOnStart) {
			return GraphLoadState.nothingToLoad();
		}
		var starting = embedded.getIfAvailable();
		return GraphLoadState.loading(loader.getObject(), starting != null ? starting::await : () -> { });
	}

	/** The application is not ready (nor says "Ready.") until the graph is loaded, and a failed load fails its start. */
	@Bean
	@ConditionalOnProperty(name = "graph.load-on-start", havingValue = "true", matchIfMissing = true)
	ApplicationRunner loadOnStart(GraphLoadState state, ObjectProvider<EmbeddedNeo4jStart.Starting> embedded,
			@Value("${graph.facts-location:classpath:data/facts}") String factsLocation) {
		var starting = embedded.getIfAvailable();
		Runnable everySecond = starting != null ? starting::ensureSpaceWhileLoading : () -> { };
		return args -> {
			try {
				log.info("Loaded the graph from the fact files in {}\n{}", factsLocation, state.await(everySecond).describe());
			}
			catch (LoadStoppedException ex) {
				// Already said by GraphLoader.stop(). The JVM is exiting (Ctrl+C, SIGTERM) and its shutdown
				// hook is closing the application. Returning would let the start carry on (and announce
				// "Ready."); failing would report a failed start. Just wait for the JVM to end.
				new CountDownLatch(1).await();
			}
		};
	}

	/** Ctrl+C or SIGTERM while loading: the load's failure, once the driver closes, is a stop. */
	@Bean
	ApplicationListener<ContextClosedEvent> stopLoadingOnClose(GraphLoader loader) {
		return event -> loader.stop();
	}
}
