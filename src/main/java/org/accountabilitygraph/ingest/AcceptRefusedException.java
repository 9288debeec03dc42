package org.accountabilitygraph.ingest;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A proposal was not accepted: why, in words a curator can act on, and each problem with its file and line.
 * Nothing it would have written stays written.
 */
final class AcceptRefusedException extends RuntimeException {

	private final HttpStatus status;
	private final String title;
	private final List<String> problems;

	AcceptRefusedException(HttpStatus status, String title, String detail, List<String> problems) {
		super(detail);
		this.status = status;
		this.title = title;
		this.problems = List.copyOf(problems);
	}

	AcceptRefusedException(HttpStatus status, String title, String detail) {
		this(status, title, detail, List.of());
	}

	HttpStatus status() {
		return status;
	}

	String title() {
		return title;
	}

	List<String> problems() {
		return problems;
	}
}
