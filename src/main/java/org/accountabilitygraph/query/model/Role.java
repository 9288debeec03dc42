package org.accountabilitygraph.query.model;

import java.util.List;

/**
 * A leadership role in an organisation: who, which role, from when ({@code when} is a date as precise
 * as the sources allow, or an interval such as {@code ../2015-12-31}), the status the latest source
 * gives ({@code current}, {@code new}, {@code former}) and every source that attests it.
 */
public record Role(EntityRef person, String role, String when, String status, List<Source> sources) {
}
