package org.accountabilitygraph.query;

/** A parameter the caller got wrong (a malformed date, a depth out of range); names the parameter. */
public class InvalidParameterException extends IllegalArgumentException {

	private final String parameter;

	public InvalidParameterException(String parameter, String message) {
		super("Parameter '" + parameter + "': " + message);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}
}
