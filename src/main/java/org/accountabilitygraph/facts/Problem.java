package org.accountabilitygraph.facts;

/**
 * One thing wrong with a fact file, where a curator can find it.
 *
 * @param file    the file's name ({@code R101__Article_d486f7aa.yaml})
 * @param line    the line of the entity or fact concerned, 0 for the file as a whole
 * @param message what is wrong, in words
 */
public record Problem(String file, int line, String message) {

	@Override
	public String toString() {
		return file + (line > 0 ? ":" + line : "") + ": " + message;
	}

	/** A file so broken that nothing more can be said of it (it cannot be parsed). */
	boolean fatal() {
		return message.startsWith(NOT_YAML);
	}

	static final String NOT_YAML = "not valid YAML: ";

	Problem in(String fileName) {
		return file.isEmpty() ? new Problem(fileName, line, message) : this;
	}
}
