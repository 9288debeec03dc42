package org.accountabilitygraph.query.model;

import java.util.List;
import java.util.Map;

/**
 * Everything stored on one node; its roles over time, one per article that attests each, oldest first ({@code roles},
 * at most {@code KnowledgeGraph.ENTITY_ROLES} of {@code roleCount}); how many articles report it ({@code reports}) and
 * the first of them, oldest first ({@code sources}, at most {@code KnowledgeGraph.ENTITY_SOURCES}).
 */
public record EntityDetails(String id, String name, String kind, List<String> labels, List<String> aliases,
		Map<String, Object> properties, List<EntityRole> roles, long roleCount, List<Source> sources, long reports) {
}
