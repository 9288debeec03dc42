package org.accountabilitygraph.query.model;

import java.util.List;

/**
 * A full-text match on a name or alias. Hits come best first: by {@code match}, how closely a name or alias
 * matches what was typed ({@code name}, {@code alias}, {@code words}: every word whole, {@code prefix}: every
 * word as the start of one, {@code typo}), then by {@code score}, Lucene's relevance (higher is better).
 */
public record SearchHit(EntityRef entity, List<String> aliases, String match, double score) {
}
