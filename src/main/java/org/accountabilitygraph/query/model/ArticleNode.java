package org.accountabilitygraph.query.model;

import java.util.List;
import java.util.Map;

/** A node an article reports: its id, display name, kind (most specific label), labels and properties. */
public record ArticleNode(String id, String name, String kind, List<String> labels, Map<String, Object> properties) {
}
