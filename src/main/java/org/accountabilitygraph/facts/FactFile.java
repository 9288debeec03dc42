package org.accountabilitygraph.facts;

import java.util.List;
import java.util.Map;

/**
 * One article's facts, as a curator or a program writes them: the article's own metadata, every entity
 * it mentions with the sentence that mentions it, and every fact (a relationship) with its evidence.
 *
 * @param name     the file's name, {@code R101__Article_d486f7aa.yaml}: the migration version and article
 * @param article  the {@code :Article} node's properties
 * @param entities the entities the article mentions
 * @param facts    the relationships it states
 */
public record FactFile(String name, Map<String, Object> article, List<Mention> entities, List<Fact> facts) {

	/** The article's id; null when the file does not give a usable one (reported as a problem). */
	public String articleId() {
		return article.get("id") instanceof String id ? id : null;
	}

	/** {@code R101}: the part of the name neo4j-migrations orders and records by. */
	public String version() {
		return name.substring(0, name.indexOf("__"));
	}

	/**
	 * An entity as this article mentions it.
	 *
	 * @param id         its stable id
	 * @param labels     its labels, for entities not in the registry
	 * @param mentioned  the sentence (a verbatim span) that mentions it
	 * @param properties the properties this article gives it (aliases it uses, a description, ...)
	 * @param line       where it starts in the file
	 */
	public record Mention(String id, List<String> labels, String mentioned, Map<String, Object> properties, int line) {
	}

	/**
	 * A relationship the article states.
	 *
	 * @param properties its properties, {@code evidence} among them; {@code article} is added on loading
	 */
	public record Fact(String type, String from, String to, Map<String, Object> properties, int line) {
	}
}
