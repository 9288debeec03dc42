package org.accountabilitygraph.server;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Embedded unless the standard Spring setting {@code spring.neo4j.uri} (or the environment variable
 * {@code SPRING_NEO4J_URI}) names an external database; then Spring Boot's own driver is used.
 */
class EmbeddedNeo4jCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return embedded(context.getEnvironment());
	}

	static boolean embedded(Environment environment) {
		return !environment.containsProperty("spring.neo4j.uri");
	}
}
