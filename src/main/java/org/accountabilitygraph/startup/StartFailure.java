package org.accountabilitygraph.startup;

/**
 * A start that cannot go on for a reason the user can fix: what went wrong and what to do, in a few
 * lines ({@link StartFailureAnalyzer}), instead of a stack trace hundreds of lines long.
 */
public class StartFailure extends RuntimeException {

	private final String action;

	public StartFailure(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	/** What went wrong, naming the file or folder concerned. */
	public String description() {
		return getMessage();
	}

	/** What to do about it. */
	public String action() {
		return action;
	}
}
