package org.accountabilitygraph.ingest;

/** A stretch of the article text, from {@code start} (inclusive) to {@code end} (exclusive). */
public record Span(int start, int end) {

	public Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("not a span: " + start + ".." + end);
		}
	}

	public int length() {
		return end - start;
	}

	public boolean overlaps(Span other) {
		return start < other.end && other.start < end;
	}

	public boolean contains(Span other) {
		return start <= other.start && other.end <= end;
	}

	public boolean contains(int offset) {
		return start <= offset && offset < end;
	}

	public String of(String text) {
		return text.substring(start, end);
	}
}
