package org.accountabilitygraph.query.model;

import java.util.List;

/**
 * A leadership role in an organisation: who, which role, from when ({@code when} is a date as precise
 * as the sources allow, or an interval such as {@code ../2015-12-31}), the status the latest source
 * gives ({@code current}, {@code new}, {@code former}), the first sources that attest it, oldest first (at most
 * {@code KnowledgeGraph.ROLE_SOURCES}), and how many articles attest it ({@code attestations}).
 */
public record Role(EntityRef person, String role, String when, String status, List<Source> sources, long attestations) {
}
