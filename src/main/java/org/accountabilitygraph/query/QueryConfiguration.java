package org.accountabilitygraph.query;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Java query API as a bean, on whichever database the application's driver reaches. */
@Configuration(proxyBeanMethods = false)
class QueryConfiguration {

	@Bean
	KnowledgeGraph knowledgeGraph(Driver driver) {
		return new KnowledgeGraph(driver);
	}
}
