package org.accountabilitygraph.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accountabilitygraph.load.GraphLoadState;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While {@code cypher/} is loading, every {@code /api} request is answered 503 with a problem detail
 * and {@code Retry-After}, never from the half-loaded graph: a known id would be a 404 and a list
 * would be short, and a client could not tell. The web server does not wait for the load (which runs on
 * a thread of its own, see {@code GraphLoadState}), so the page and the API say "loading" at once instead
 * of refusing connections while a new store fills.
 */
@Component
class LoadingFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 5;

	private final GraphLoadState state;

	LoadingFilter(GraphLoadState state) {
		this.state = state;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return state.loaded() || !(path.equals("/api") || path.startsWith("/api/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("""
				{"type":"about:blank","title":"Loading","status":503,\
				"detail":"The graph is still loading; try again in a few seconds.",\
				"instance":"%s"}""".formatted(request.getRequestURI().replace("\\", "").replace("\"", "")));
	}
}
