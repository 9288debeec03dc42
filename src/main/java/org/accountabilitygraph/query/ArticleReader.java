package org.accountabilitygraph.query;

import static org.accountabilitygraph.query.Rows.maps;
import static org.accountabilitygraph.query.Rows.str;
import static org.accountabilitygraph.query.Rows.strings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.accountabilitygraph.query.model.ArticleDetails;
import org.accountabilitygraph.query.model.ArticleFact;
import org.accountabilitygraph.query.model.ArticleHeader;
import org.accountabilitygraph.query.model.ArticleNode;
import org.accountabilitygraph.query.model.ArticleText;
import org.accountabilitygraph.query.model.ArticleSummary;
import org.accountabilitygraph.query.model.EntityRef;
import org.accountabilitygraph.query.model.Evidence;
import org.accountabilitygraph.query.model.LocatedFact;
import org.accountabilitygraph.query.model.Page;

/** The articles as the API gives them: the list, one article's facts, and one article as it is read with its evidence located. */
final class ArticleReader {

	private final NamedQueries queries;

	private final ArticleTexts texts;

	ArticleReader(NamedQueries queries, ArticleTexts texts) {
		this.queries = queries;
		this.texts = texts;
	}

	/** One page of the articles, oldest first. */
	Page<ArticleSummary> list(PageRequest page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("article", null);
		return Rows.paged(queries, "articles", parameters, page, Rows::articleSummary);
	}

	/** One article and every fact it supports. */
	Optional<ArticleDetails> article(String id) {
		var checked = Parameters.id("id", id, false);
		var parameters = new HashMap<String, Object>();
		parameters.put("article", checked);
		return Rows.paged(queries, "articles", parameters, PageRequest.first(1), Rows::articleSummary).items().stream()
			.findFirst()
			.map(summary -> new ArticleDetails(summary, queries.run("article-facts", Map.of("article", checked)).stream()
				.map(row -> new ArticleFact(str(row, "fact"), new EntityRef(str(row, "from"), str(row, "fromName"), Kinds.of(strings(row.get("fromKind")))),
						new EntityRef(str(row, "to"), str(row, "toName"), Kinds.of(strings(row.get("toKind")))), str(row, "evidence"),
						str(row, "ambiguity")))
				.toList()));
	}

	/**
	 * One article as it is read: its header, its full text, the nodes it reports and every fact it supports (the
	 * mentions among them), each with its evidence's offsets in the text. When the words occur more than once, the
	 * occurrence inside the sentence that mentions the fact's statement or one of its ends is taken, else the
	 * first; {@link Evidence#located()} says which. Facts come in the order of their evidence in the text.
	 */
	Optional<ArticleText> text(String id) {
		var checked = Parameters.id("id", id, false);
		return queries.run("article-text", Map.of("article", checked)).stream().findFirst().map(row -> {
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) row.get("article");
			var header = new ArticleHeader(checked, str(properties, "title"),
					Boolean.TRUE.equals(properties.get("titleInferred")), str(properties, "publisher"),
					str(properties, "publisherEvidence"), str(properties, "date"), str(properties, "datePrecision"),
					str(properties, "dateEarliest"), str(properties, "dateLatest"), str(properties, "dateReasoning"),
					str(properties, "ambiguity"), str(properties, "sourceFile"));
			var text = texts.read(header.sourceFile()).orElse(null);
			var locator = text == null ? null : new EvidenceLocator(text);
			var nodes = new LinkedHashMap<String, ArticleNode>();
			var mentions = new ArrayList<Map<String, Object>>();
			for (var mention : maps(row.get("mentions"))) {
				var labels = strings(mention.get("labels"));
				@SuppressWarnings("unchecked")
				var nodeProperties = (Map<String, Object>) mention.get("properties");
				nodes.put(str(mention, "id"), new ArticleNode(str(mention, "id"), str(mention, "name"), Kinds.of(labels),
						labels, nodeProperties));
				mentions.add(mention);
			}
			var articleRef = new EntityRef(checked, header.title(), "Article");
			Function<String, EntityRef> ref = nodeId -> {
				var node = nodes.get(nodeId);
				return node != null ? new EntityRef(node.id(), node.name(), node.kind())
						: checked.equals(nodeId) ? articleRef : new EntityRef(nodeId, nodeId, null);
			};
			var facts = new ArrayList<LocatedFact>();
			var mentioned = new HashMap<String, Evidence>();
			for (var mention : mentions) {
				var nodeId = str(mention, "id");
				var evidence = locate(locator, str(mention, "evidence"), List.of(), mentioned);
				mentioned.put(nodeId, evidence);
				facts.add(new LocatedFact("REPORTED_IN:" + nodeId + ":" + checked, "REPORTED_IN", ref.apply(nodeId),
						articleRef, Map.of(), null, evidence));
			}
			var seen = new HashMap<String, Integer>();
			for (var fact : maps(row.get("facts"))) {
				@SuppressWarnings("unchecked")
				var factProperties = new LinkedHashMap<>((Map<String, Object>) fact.get("properties"));
				var evidenceText = str(factProperties, "evidence");
				var ambiguity = str(factProperties, "ambiguity");
				factProperties.keySet().removeAll(List.of("article", "evidence", "ambiguity"));
				var from = str(fact, "from");
				var to = str(fact, "to");
				var key = str(fact, "type") + ":" + from + ":" + to;
				int n = seen.merge(key, 1, Integer::sum);
				// the sentences the words should be in: the statement that carries the fact, a statement at
				// either end, then either end
				var within = new ArrayList<String>();
				if (factProperties.get("statement") instanceof String statement) {
					within.add(statement);
				}
				for (var end : List.of(from, to)) {
					if (nodes.containsKey(end) && nodes.get(end).labels().contains("Statement")) {
						within.add(end);
					}
				}
				within.add(from);
				within.add(to);
				facts.add(new LocatedFact(n == 1 ? key : key + "." + n, str(fact, "type"), ref.apply(from), ref.apply(to),
						factProperties, ambiguity, locate(locator, evidenceText, within, mentioned)));
			}
			facts.sort(Comparator.comparing((LocatedFact f) -> f.evidence().start(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(f -> f.evidence().end(), Comparator.nullsLast(Comparator.naturalOrder())));
			return new ArticleText(header, text, List.copyOf(nodes.values()), facts);
		});
	}

	/** Where {@code words} are in the text ({@link Evidence}): preferably inside the mention of one of {@code within}. */
	private static Evidence locate(EvidenceLocator locator, String words, List<String> within,
			Map<String, Evidence> mentioned) {
		if (locator == null || words == null) {
			return new Evidence(words, null, null, 0, "missing", null);
		}
		var found = locator.occurrences(words);
		if (found.isEmpty()) {
			return new Evidence(words, null, null, 0, "missing", null);
		}
		if (found.size() == 1) {
			return new Evidence(words, found.get(0)[0], found.get(0)[1], 1, "only", null);
		}
		for (var nodeId : within) {
			var sentence = mentioned.get(nodeId);
			if (sentence == null || sentence.start() == null) {
				continue;
			}
			for (var at : found) {
				if (at[0] >= sentence.start() && at[1] <= sentence.end()) {
					return new Evidence(words, at[0], at[1], found.size(), "in-mention", nodeId);
				}
			}
		}
		return new Evidence(words, found.get(0)[0], found.get(0)[1], found.size(), "first", null);
	}

}
