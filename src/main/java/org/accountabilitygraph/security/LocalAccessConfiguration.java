package org.accountabilitygraph.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link LocalAccessFilter} in front of everything the application serves. */
@Configuration(proxyBeanMethods = false)
class LocalAccessConfiguration {

	@Bean
	LocalAccess localAccess(LocalAccessProperties properties) {
		return properties.access();
	}

	@Bean
	FilterRegistrationBean<LocalAccessFilter> localAccessFilter(LocalAccess access) {
		var registration = new FilterRegistrationBean<>(new LocalAccessFilter(access));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}
}
