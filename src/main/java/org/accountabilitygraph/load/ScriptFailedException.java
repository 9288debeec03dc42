package org.accountabilitygraph.load;

/** A Cypher script could not be applied; its transaction was rolled back as a whole. */
public final class ScriptFailedException extends RuntimeException {

	private final String script;
	private final String databaseMessage;

	ScriptFailedException(String script, String databaseMessage, Throwable cause) {
		super("Script " + script + " failed and was rolled back; the scripts before it stay applied. Neo4j said: "
				+ databaseMessage, cause);
		this.script = script;
		this.databaseMessage = databaseMessage;
	}

	/** The file name of the failed script. */
	public String script() {
		return script;
	}

	public String databaseMessage() {
		return databaseMessage;
	}
}
