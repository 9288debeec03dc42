package org.accountabilitygraph.api;

import org.accountabilitygraph.query.InvalidParameterException;
import org.accountabilitygraph.query.NotFoundException;
import org.accountabilitygraph.query.Parameters;
import org.accountabilitygraph.query.QueryTimeoutException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors as RFC 9457 problem details: an id that names nothing is 404, a parameter the caller got
 * wrong is 400 and names the parameter, a query the database stopped for taking too long or refused while busy
 * is 503.
 * Spring's own errors (a missing parameter, a depth that is not a number) come out in the same form
 * through {@link ResponseEntityExceptionHandler}. No detail quotes more than a few dozen characters
 * of what the caller sent.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	/**
	 * Spring's own details are cut to this: they quote input (a path, a method, a value) without limit.
	 * The application's messages quote at most {@link Parameters#abbreviate} of it and are left whole.
	 */
	static final int MAX_SPRING_DETAIL = 120;

	/** Seconds a caller is asked to wait when the database is busy. */
	static final int RETRY_AFTER_BUSY = 5;

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		problem.setProperty("id", Parameters.abbreviate(ex.id()));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidParameter(InvalidParameterException ex) {
		return invalidParameter(ex.parameter(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail timeout(QueryTimeoutException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database stopped the query because it took too long; try again, or ask for less (a smaller depth)");
		problem.setTitle("Query took too long");
		return problem;
	}

	/**
	 * The database refused the query for now, after the driver's own retries: most often every query running at once
	 * has taken the memory it allows all transactions ({@code dbms.memory.transaction.total.max}). Not the caller's
	 * fault, and over when the load is: 503 with {@code Retry-After}, not a 500 and a stack trace.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(TransientException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database is too busy to answer this now (too many large questions at once); try again in a few seconds");
		problem.setTitle("Database busy");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_BUSY))
			.body(problem);
	}

	/** A number that is not one ({@code depth=two}): named like the other parameter errors, the value shortened. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		var name = ex.getPropertyName() == null ? "?" : ex.getPropertyName();
		var expected = ex.getRequiredType() == int.class || ex.getRequiredType() == Integer.class ? "a whole number"
				: "of the expected type";
		var problem = invalidParameter(name, "Parameter '" + name + "': '"
				+ Parameters.abbreviate(String.valueOf(ex.getValue())) + "' is not " + expected);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Nothing is served at '/" + Parameters.abbreviate(ex.getResourcePath()) + "'");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		var response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			if (problem.getDetail() != null && problem.getDetail().length() > MAX_SPRING_DETAIL) {
				problem.setDetail(problem.getDetail().substring(0, MAX_SPRING_DETAIL - 3) + "...");
			}
			// the request's path, which may be kilobytes long
			if (problem.getInstance() != null && problem.getInstance().toString().length() > MAX_SPRING_DETAIL) {
				problem.setInstance(null);
			}
		}
		return response;
	}

	private static ProblemDetail invalidParameter(String parameter, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid parameter");
		problem.setProperty("parameter", parameter);
		return problem;
	}
}
