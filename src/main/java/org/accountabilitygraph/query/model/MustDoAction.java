package org.accountabilitygraph.query.model;

import java.util.List;

/** An improvement an inspection said must be made, in the article's words, and the services it concerns. */
public record MustDoAction(String text, List<String> services, Source source) {
}
