package org.accountabilitygraph.query.model;

import java.util.List;

/** An article and every fact it supports. */
public record ArticleDetails(ArticleSummary article, List<ArticleFact> facts) {
}
