package org.accountabilitygraph.browser;

import org.accountabilitygraph.security.LocalAccess;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Neo4j Browser (on the database's HTTP port) fetches guides and graph styles cross-origin and sends its
 * own headers (cache-control, pragma, sentry-trace), so {@code /guides/} (the guide and the style) must answer
 * the pre-flight request: for pages of this machine's own hosts only. Nothing else here answers cross-origin.
 */
@Configuration(proxyBeanMethods = false)
class GuideCorsConfiguration implements WebMvcConfigurer {

	private final LocalAccess access;

	GuideCorsConfiguration(LocalAccess access) {
		this.access = access;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		var origins = access.hosts().stream()
			.map(host -> "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":*")
			.toArray(String[]::new);
		registry.addMapping("/guides/**").allowedOriginPatterns(origins).allowedMethods("GET").allowedHeaders("*");
	}
}
