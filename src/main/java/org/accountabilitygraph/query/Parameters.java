package org.accountabilitygraph.query;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Checks caller input before it reaches a query, so mistakes are reported as such and never as failures. */
public final class Parameters {

	/** Ids are slugs: lowercase letters, digits and hyphens. */
	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");

	public static final int MAX_SEARCH_LENGTH = 200;

	private Parameters() {
	}

	/** An id, or null when {@code optional} and absent. Anything that is not a slug cannot name a node. */
	public static String id(String name, String value, boolean optional) {
		if (value == null || value.isBlank()) {
			if (optional) {
				return null;
			}
			throw new InvalidParameterException(name, "is required");
		}
		if (!ID.matcher(value).matches()) {
			throw new InvalidParameterException(name, "'" + abbreviate(value)
					+ "' is not an id (ids are lowercase letters, digits and hyphens, like 'nsft' or 'norman-lamb')");
		}
		return value;
	}

	/**
	 * An ISO date, as precise as the caller likes: {@code 2018}, {@code 2018-12} or {@code 2018-12-06}.
	 * Returns it unchanged (the graph's dates are strings of the same form), or null when absent.
	 */
	public static String date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			switch (value.length()) {
				case 4 -> Year.parse(value);
				case 7 -> YearMonth.parse(value);
				case 10 -> LocalDate.parse(value);
				default -> throw new DateTimeParseException("length", value, 0);
			}
			return value;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException(name,
					"'" + abbreviate(value) + "' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
		}
	}

	/** Fails when {@code from} is after {@code to}. */
	public static void range(String from, String to) {
		if (from != null && to != null && from.compareTo(to + "~") > 0) {
			throw new InvalidParameterException("from", "'" + from + "' is after 'to' (" + to + ")");
		}
	}

	/** {@code value}, when it lies in {@code min..max}. */
	public static int between(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new InvalidParameterException(name, "must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

	/** Free text for full-text search: required, not too long. */
	public static String text(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidParameterException(name, "is required");
		}
		if (value.length() > MAX_SEARCH_LENGTH) {
			throw new InvalidParameterException(name, "is longer than " + MAX_SEARCH_LENGTH + " characters");
		}
		return value.strip();
	}

	/**
	 * The caller's input as a message may quote it: at most 60 characters, so an error never echoes
	 * kilobytes of what was sent.
	 */
	public static String abbreviate(String value) {
		if (value == null) {
			return null;
		}
		return value.length() <= 60 ? value : value.substring(0, 57) + "...";
	}
}
