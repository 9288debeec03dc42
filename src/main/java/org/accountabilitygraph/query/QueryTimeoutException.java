package org.accountabilitygraph.query;

import java.time.Duration;

/** A query the database ended because it ran longer than the time every query is allowed. */
public class QueryTimeoutException extends RuntimeException {

	public QueryTimeoutException(String query, Duration timeout, Throwable cause) {
		super("The query '" + query + "' took longer than " + timeout.toMillis() + " ms and was stopped", cause);
	}
}
