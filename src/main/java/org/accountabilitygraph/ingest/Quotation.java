package org.accountabilitygraph.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Words between quote marks, possibly over several paragraphs (the British way: each paragraph opens the
 * quotation again, only the last closes it).
 *
 * @param parts  the quoted words of each paragraph (or of each part reopened inside one), without the marks
 * @param whole  from the first opening mark to the last closing mark (or the end of the last paragraph)
 * @param closed whether a closing mark ends it; an unclosed one ends with its paragraph
 * @param single whether single quote marks enclose it
 */
public record Quotation(List<Span> parts, Span whole, boolean closed, boolean single) {

	/** The quoted words, the parts joined with one space, as the fact files write a quotation. */
	public String text(String article) {
		return parts.stream().map(p -> p.of(article)).collect(Collectors.joining(" "));
	}

	public Span content() {
		return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
	}

	public int words(String article) {
		var text = text(article).trim();
		return text.isEmpty() ? 0 : text.split("\\s+").length;
	}
}
