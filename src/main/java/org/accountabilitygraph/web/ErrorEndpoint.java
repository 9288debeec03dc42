package org.accountabilitygraph.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page Tomcat forwards to when a request failed outside Spring MVC's exception handlers,
 * instead of Spring Boot's: a problem detail whatever the client accepts (never the whitelabel HTML
 * page), and a 404 when someone asks for {@code /error} itself (Spring Boot's answered that with a 500).
 * A server fault's detail says nothing of its cause.
 */
@RestController
class ErrorEndpoint implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
			Problems.write(response, HttpServletResponse.SC_NOT_FOUND, "Nothing is served at this address");
			return;
		}
		var message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String m && !m.isBlank() ? m
				: null;
		String detail;
		if (status >= 500) {
			detail = "The server failed to answer this request";
		}
		else if (message != null) {
			detail = message;
		}
		else {
			detail = status == 404 ? "Nothing is served at this address" : "The request cannot be answered";
		}
		Problems.write(response, status, detail);
	}
}
