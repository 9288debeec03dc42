package org.accountabilitygraph.ingest;

/** The input cannot be an article to ingest; the message says why, in words a curator can act on. */
public final class InvalidArticleException extends RuntimeException {

	public InvalidArticleException(String message) {
		super(message);
	}
}
