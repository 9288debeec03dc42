package org.accountabilitygraph.query;

import java.time.Duration;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Java query API as a bean, on whichever database the application's driver reaches, reading the articles'
 * texts next to the fact files the application loads ({@code graph.facts-location}).
 */
@Configuration(proxyBeanMethods = false)
class QueryConfiguration {

	@Bean
	KnowledgeGraph knowledgeGraph(Driver driver, @Value("${graph.query-timeout:5s}") Duration timeout,
			@Value("${graph.facts-location:classpath:data/facts}") String factsLocation) {
		return new KnowledgeGraph(driver, timeout, ArticleTexts.nextTo(factsLocation));
	}
}
