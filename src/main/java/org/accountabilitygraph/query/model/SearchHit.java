package org.accountabilitygraph.query.model;

import java.util.List;

/** A full-text match on a name or alias, with its relevance score (higher is better). */
public record SearchHit(EntityRef entity, List<String> aliases, double score) {
}
