package org.accountabilitygraph.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accountabilitygraph.web.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers only requests addressed to this machine by one of its own names (against DNS rebinding), and
 * refuses any request that could change something when another site's page sent it (against cross-site
 * requests, which browsers send without asking).
 */
final class LocalAccessFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final LocalAccess access;

	LocalAccessFilter(LocalAccess access) {
		this.access = access;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!access.allowsHost(request.getHeader("Host"))) {
			refuse(response, "Unknown host name", "This application answers only to the names it has on this "
					+ "machine, such as localhost. To reach it under another name, add that name to "
					+ "graph.allowed-hosts (see the README, Security).");
			return;
		}
		var origin = request.getHeader("Origin");
		if (origin != null && !SAFE_METHODS.contains(request.getMethod()) && !access.allowsOrigin(origin)) {
			refuse(response, "Cross-site request refused",
					"Requests that change something are accepted only from this application's own pages.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response, String title, String detail) throws IOException {
		Problems.write(response, HttpServletResponse.SC_FORBIDDEN, title, detail);
	}
}
