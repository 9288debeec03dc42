package org.accountabilitygraph.query.model;

/**
 * Where a fact's evidence is in its article's text: {@code start} (inclusive) and {@code end} (exclusive) are
 * character offsets (UTF-16 units, as Java and JavaScript count them) of its words as written, quote marks and
 * line breaks being compared as the fact files' checks compare them. {@code occurrences} is how many times the
 * words occur in the text; {@code located} says which one this is:
 * <ul>
 * <li>{@code only}: the words occur once;</li>
 * <li>{@code in-mention}: they occur more than once, and this is the occurrence inside the sentence that
 * mentions the fact's statement or one of its ends ({@code within}, that node's id);</li>
 * <li>{@code first}: they occur more than once, none inside such a sentence, and this is the first;</li>
 * <li>{@code missing}: they are not in the text (offsets null), or the text cannot be read.</li>
 * </ul>
 */
public record Evidence(String text, Integer start, Integer end, int occurrences, String located, String within) {
}
