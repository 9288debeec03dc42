package org.accountabilitygraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

/**
 * RFC 9457 problem details written by hand, for the places that answer before or after Spring MVC
 * (a filter, the error page, Tomcat's own error report), in the same form Spring gives its own.
 */
public final class Problems {

	public static final String MEDIA_TYPE = "application/problem+json";

	/** No detail is longer: it may quote what the caller sent. */
	static final int MAX_DETAIL = 200;

	private static final ObjectMapper JSON = new ObjectMapper();

	private Problems() {
	}

	/** The problem as JSON: {@code type}, {@code title} (the status's reason phrase), {@code status}, {@code detail}. */
	public static String json(int status, String detail) {
		var known = HttpStatus.resolve(status);
		return json(status, known == null ? "Error" : known.getReasonPhrase(), detail);
	}

	/** The problem as JSON, with a title of its own. */
	public static String json(int status, String title, String detail) {
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", cut(detail));
		try {
			return JSON.writeValueAsString(problem);
		}
		catch (JsonProcessingException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Answers the request with the problem. */
	public static void write(HttpServletResponse response, int status, String detail) throws IOException {
		write(response, json(status, detail), status);
	}

	/** Answers the request with the problem, titled {@code title}. */
	public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		write(response, json(status, title, detail), status);
	}

	private static void write(HttpServletResponse response, String json, int status) throws IOException {
		response.setStatus(status);
		response.setContentType(MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json);
	}

	static String cut(String text) {
		return text == null || text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 3) + "...";
	}
}
