package org.accountabilitygraph.query.model;

import java.util.List;
import java.util.Map;

/** Everything stored on one node, its roles over time and every article that reports it. */
public record EntityDetails(String id, String name, String kind, List<String> labels, List<String> aliases,
		Map<String, Object> properties, List<EntityRole> roles, List<Source> sources) {
}
