package org.accountabilitygraph.query.model;

import java.util.List;

/** An MP or a minister, with the constituencies, parties and offices the articles give them. */
public record Politician(String id, String name, boolean mp, List<SourcedLink> constituencies,
		List<SourcedLink> parties, List<OfficeHeld> offices) {
}
