package org.accountabilitygraph.load;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads {@code cypher/} into whichever database the driver reaches, every start: new and changed
 * scripts are applied, unchanged ones are skipped. {@code graph.load-on-start=false} turns it off.
 */
@Configuration(proxyBeanMethods = false)
class LoadConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LoadConfiguration.class);

	@Bean
	GraphLoader graphLoader(Driver driver,
			@Value("${graph.cypher-location:classpath:cypher/migrations}") String location,
			@Value("${graph.facts-location:classpath:data/facts}") String factsLocation) {
		return new GraphLoader(driver, location, factsLocation);
	}

	@Bean
	@ConditionalOnProperty(name = "graph.load-on-start", havingValue = "true", matchIfMissing = true)
	ApplicationRunner loadOnStart(GraphLoader loader) {
		return args -> {
			long started = System.nanoTime();
			var report = loader.load();
			log.info("Loaded cypher/ in {} ms\n{}", (System.nanoTime() - started) / 1_000_000, report.describe());
		};
	}
}
