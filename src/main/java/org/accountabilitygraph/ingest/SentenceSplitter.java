package org.accountabilitygraph.ingest;

import java.util.List;

/**
 * Cuts a paragraph into sentences. Behind an interface so that a heavier splitter (CoreNLP's, loaded on first
 * use) can replace the default without the rules or their tests knowing.
 */
public interface SentenceSplitter {

	/** The sentences of {@code paragraph}, in order, trimmed, together covering its words. */
	List<Span> split(String text, Span paragraph);
}
