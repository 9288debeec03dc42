package org.accountabilitygraph.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Neo4j Browser (on the database's HTTP port) fetches guides cross-origin and sends its own headers
 * (cache-control, pragma, sentry-trace), so the guide must answer the pre-flight request.
 */
@Configuration(proxyBeanMethods = false)
class GuideCorsConfiguration implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/guides/**")
			.allowedOriginPatterns("http://localhost:*", "http://127.0.0.1:*")
			.allowedMethods("GET")
			.allowedHeaders("*");
	}
}
