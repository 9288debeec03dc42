package org.accountabilitygraph.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One synthetic article as it is written: its text, paragraph by paragraph, and its fact file's entities
 * and facts, each pointing at the sentence of the text that supports it (so every {@code mentioned} and
 * {@code evidence} is verbatim by construction).
 */
final class ArticleBuilder {

	record Mention(String id, List<String> labels, String mentioned, Map<String, Object> properties) {
	}

	record Fact(String type, String from, String to, Map<String, Object> properties, String evidence) {
	}

	final String shortId;
	final String articleId;
	/** The lead sentence, the newspaper and the day, set once the article is written. */
	String title;
	String publisher;
	String date;
	private final List<StringBuilder> paragraphs = new ArrayList<>();
	private final Map<String, Mention> mentions = new LinkedHashMap<>();
	private final List<Fact> facts = new ArrayList<>();
	private final Set<List<Object>> factKeys = new HashSet<>();
	private int statements;

	ArticleBuilder(String shortId) {
		this.shortId = shortId;
		this.articleId = "article-" + shortId;
	}

	/** Starts a paragraph with {@code sentence}; returns the sentence, the evidence of what it says. */
	String paragraph(String sentence) {
		paragraphs.add(new StringBuilder(sentence));
		return sentence;
	}

	/** Adds a sentence to the current paragraph. */
	String sentence(String sentence) {
		paragraphs.get(paragraphs.size() - 1).append(' ').append(sentence);
		return sentence;
	}

	boolean mentions(String id) {
		return mentions.containsKey(id);
	}

	/** A registry entity, mentioned first in {@code sentence}; later mentions keep the first sentence. */
	void mention(String id, String sentence) {
		mentions.putIfAbsent(id, new Mention(id, List.of(), sentence, new LinkedHashMap<>()));
	}

	/** An entity only this article mentions, with its labels and properties. */
	void local(String id, List<String> labels, String sentence, Map<String, Object> properties) {
		if (mentions.putIfAbsent(id, new Mention(id, labels, sentence, properties)) != null) {
			throw new IllegalStateException(id + " is already listed in " + articleId);
		}
	}

	/** A name this article uses for an entity, joined with the other articles' on loading. */
	@SuppressWarnings("unchecked")
	void alias(String id, String alias) {
		var properties = mentions.get(id).properties();
		var aliases = (List<String>) properties.computeIfAbsent("aliases", key -> new ArrayList<String>());
		if (!aliases.contains(alias)) {
			aliases.add(alias);
		}
	}

	/** The next statement id: {@code statement-<short>-NN}, in order of appearance. */
	String nextStatementId() {
		return "statement-%s-%02d".formatted(shortId, ++statements);
	}

	int statementCount() {
		return statements;
	}

	/** A relationship; a second identical one is left out (the checks refuse a fact listed twice). */
	void fact(String type, String from, String to, String evidence, Object... keysAndValues) {
		var properties = World.props(keysAndValues);
		if (factKeys.add(List.of(type, from, to, properties))) {
			facts.add(new Fact(type, from, to, properties, evidence));
		}
	}

	List<Mention> mentions() {
		return List.copyOf(mentions.values());
	}

	List<Fact> facts() {
		return facts;
	}

	/** The article's text: paragraphs separated by a blank line. */
	String text() {
		var text = new StringBuilder();
		for (var paragraph : paragraphs) {
			text.append(paragraph).append("\n\n");
		}
		text.setLength(text.length() - 1);
		return text.toString();
	}
}
