package org.accountabilitygraph.query;

/** An id that names nothing in the graph, or two entities with no chain of facts between them. */
public class NotFoundException extends RuntimeException {

	private final String id;

	public NotFoundException(String message, String id) {
		super(message);
		this.id = id;
	}

	/** For a parameter whose id names no node. */
	public static NotFoundException noSuchId(String parameter, String id) {
		return new NotFoundException(
				"Nothing in the graph has the id '" + Parameters.abbreviate(id) + "' (parameter '" + parameter + "')", id);
	}

	public String id() {
		return id;
	}
}
