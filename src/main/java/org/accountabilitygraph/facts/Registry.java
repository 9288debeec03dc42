package org.accountabilitygraph.facts;

import java.util.List;
import java.util.Map;

/**
 * The entities that more than one article mentions, defined once: their labels, canonical name, and any
 * property the articles disagree on.
 */
public record Registry(Map<String, Entry> entries) {

	public static final String FILE_NAME = "registry.yaml";

	public static Registry empty() {
		return new Registry(Map.of());
	}

	public record Entry(String id, List<String> labels, Map<String, Object> properties, int line) {
	}
}
