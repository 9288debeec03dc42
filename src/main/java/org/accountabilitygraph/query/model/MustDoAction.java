package org.accountabilitygraph.query.model;

import java.util.List;

/**
 * An improvement an inspection said must be made, in the article's words, and the services it concerns; with one of
 * its sources and how many articles attest it.
 */
public record MustDoAction(String text, List<String> services, Source source, long attestations) {
}
