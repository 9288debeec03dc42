package org.accountabilitygraph.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose path or query string is not well-formed URL encoding: a {@code %} not
 * followed by two hex digits, or escapes that do not spell UTF-8. Tomcat, left alone, silently drops
 * such a query parameter, so {@code ?speaker=%zz} would answer as if no speaker had been asked for
 * (every statement); a 400 tells the caller what is wrong instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StrictUrlEncodingFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var problem = problem("The path", request.getRequestURI());
		if (problem == null && request.getQueryString() != null) {
			for (var parameter : request.getQueryString().split("&")) {
				var name = parameter.split("=", 2)[0];
				var nameProblem = problem("A parameter name", name);
				problem = nameProblem != null ? nameProblem : problem("Parameter '" + decode(name) + "'", parameter);
				if (problem != null) {
					break;
				}
			}
		}
		if (problem != null) {
			Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, problem);
			return;
		}
		chain.doFilter(request, response);
	}

	/** What is wrong with the encoding of {@code raw} (introduced by {@code what}), or null when nothing is. */
	static String problem(String what, String raw) {
		var bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
		var decoded = ByteBuffer.allocate(bytes.length);
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] != '%') {
				decoded.put(bytes[i]);
				continue;
			}
			if (i + 2 >= bytes.length || Character.digit(bytes[i + 1], 16) < 0 || Character.digit(bytes[i + 2], 16) < 0) {
				var escape = raw.substring(i, Math.min(i + 3, raw.length()));
				return what + " has a malformed %-escape '" + escape + "' (a % must be followed by two hex digits)";
			}
			decoded.put((byte) HexFormat.fromHexDigits(raw, i + 1, i + 3));
			i += 2;
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(decoded.flip());
			return null;
		}
		catch (CharacterCodingException ex) {
			return what + " has %-escapes that are not valid UTF-8";
		}
	}

	/** A parameter's name as the caller meant it (already known to be well-formed), shortened. */
	private static String decode(String name) {
		var decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
		return decoded.length() <= 40 ? decoded : decoded.substring(0, 37) + "...";
	}
}
