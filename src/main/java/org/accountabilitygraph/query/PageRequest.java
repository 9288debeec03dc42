package org.accountabilitygraph.query;

/**
 * Which page of an answer to read: {@code page} from 1, {@code size} rows each, at most {@link #MAX_SIZE} so that no
 * request reads a national graph whole.
 */
public record PageRequest(int page, int size) {

	public static final int DEFAULT_SIZE = 100;

	public static final int MAX_SIZE = 1000;

	/** Checks both numbers and names the parameter that is out of range ({@link InvalidParameterException}). */
	public PageRequest {
		Parameters.between("page", page, 1, Integer.MAX_VALUE / MAX_SIZE);
		Parameters.between("size", size, 1, MAX_SIZE);
	}

	/** The first {@code size} rows. */
	public static PageRequest first(int size) {
		return new PageRequest(1, size);
	}

	/** The first page as big as pages get: what the methods without a page return. */
	public static PageRequest largest() {
		return first(MAX_SIZE);
	}

	int skip() {
		return (page - 1) * size;
	}
}
