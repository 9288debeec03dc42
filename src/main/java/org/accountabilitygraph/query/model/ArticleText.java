package org.accountabilitygraph.query.model;

import java.util.List;

/**
 * An article as it is read: its header as the data has it, its full text, every node it reports (each with the
 * sentence that mentions it) and every fact it supports, each with where its evidence is in the text. The
 * mentions are facts too, of type {@code REPORTED_IN} from the node to the article.
 */
public record ArticleText(ArticleHeader article, String text, List<ArticleNode> entities, List<LocatedFact> facts) {
}
