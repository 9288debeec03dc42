package org.accountabilitygraph.server;

/** A port the embedded Neo4j needs is taken by another process. */
public class PortInUseException extends RuntimeException {

	private final String connector;
	private final int port;
	private final String property;

	PortInUseException(String connector, int port, String property) {
		super(connector + " port " + port + " is already in use");
		this.connector = connector;
		this.port = port;
		this.property = property;
	}

	public String connector() {
		return connector;
	}

	public int port() {
		return port;
	}

	/** The setting that chooses another port. */
	public String property() {
		return property;
	}
}
