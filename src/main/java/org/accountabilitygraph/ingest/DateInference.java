package org.accountabilitygraph.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers when an article was written from what it says of other dates, since news text rarely carries its
 * own: every year or full date told as past bounds it below ("between 7 October and 6 November 2019"); "N
 * years ago" after a year gives that year plus N; a day named with its weekday but no year ("Thursday,
 * December 6") fits only some years, the first from the lower bound on (or, with none, the last up to
 * today); "last year" after the latest year named makes the article the year after; a day or month still to
 * come ("will ... on December 17", "towards the end of September") bounds it above within its year. Every
 * step is written into the reasoning, and every assumption is a doubt.
 */
final class DateInference {

	private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
	private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
	private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? (\\d{4})\\b|\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
	private static final Pattern YEARS_AGO = Pattern.compile("\\b(19|20)(\\d\\d)\\b[^.]{0,20}?\\b(?:more than |over |almost |nearly )?(\\w+) years ago");
	private static final Pattern WEEKDAY_DATE = Pattern.compile("\\b" + WEEKDAY + ",? (?:" + MONTH + " (\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ")(?!,? \\d{4})");
	private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:on|by|from|until) (?:" + MONTH + " (\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ")(?!,? \\d{4})");
	private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|shall|plans? to|planned|is due|are due|due to|is set to|next|towards the end of|later this)\\b");
	private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\blast year\\b");
	private static final Pattern FUTURE_MONTH = Pattern.compile("(?i)\\b(?:towards the end of|by the end of|in|by|until|from|this) " + MONTH + "\\b(?! \\d)");
	private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

	private final String text;
	private final List<Span> sentences;
	private final LocalDate today;
	private final List<String> reasons = new ArrayList<>();
	private final List<String> doubts = new ArrayList<>();
	private final List<String> words = new ArrayList<>();
	private LocalDate earliest;
	private LocalDate latest;
	private Integer year;

	DateInference(String text, List<Span> sentences, LocalDate today) {
		this.text = text;
		this.sentences = sentences;
		this.today = today;
	}

	ArticleDate infer() {
		for (var s : sentences) {
			var sentence = s.of(text);
			boolean future = FUTURE.matcher(sentence).find();
			var full = DAY_MONTH_YEAR.matcher(sentence);
			while (full.find()) {
				var date = full.group(1) != null ? date(full.group(3), full.group(2), full.group(1)) : date(full.group(6), full.group(4), full.group(5));
				if (date != null && !future) {
					lower(date, "\"" + full.group() + "\" is past");
				}
			}
			var years = YEAR.matcher(sentence);
			while (years.find()) {
				if (!future) {
					lower(LocalDate.of(Integer.parseInt(years.group(1)), 1, 1), "the text speaks of " + years.group(1) + " as past");
				}
			}
			var ago = YEARS_AGO.matcher(sentence);
			while (ago.find()) {
				int n = NUMBERS.indexOf(Lexicon.lower(ago.group(3)));
				if (n < 0 && ago.group(3).matches("\\d+")) {
					n = Integer.parseInt(ago.group(3));
				}
				if (n > 0) {
					int y = Integer.parseInt(ago.group(1) + ago.group(2)) + n;
					lower(LocalDate.of(y, 1, 1), "\"" + ago.group() + "\"");
					setYear(y, "\"" + ago.group() + "\": " + (y - n) + " + " + n, "read \"" + n + " years ago\" as " + n + " calendar years");
				}
			}
		}
		weekdays();
		if (year == null && LAST_YEAR.matcher(text).find() && earliest != null) {
			setYear(earliest.getYear() + 1, "\"last year\" with " + earliest.getYear() + " the latest year it names",
					"\"last year\" read as " + earliest.getYear() + ", the latest year the text names");
		}
		futureBounds();
		return result();
	}

	/** Days named with their weekday and no year: the years where the weekday fits. */
	private void weekdays() {
		var found = new ArrayList<Object[]>();
		var m = WEEKDAY_DATE.matcher(text);
		while (m.find()) {
			var weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
			var month = Month.valueOf((m.group(2) != null ? m.group(2) : m.group(5)).toUpperCase(Locale.ROOT));
			int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
			found.add(new Object[] {weekday, month, day, m.group()});
			words.add(m.group());
		}
		if (found.isEmpty()) {
			return;
		}
		var fitting = new ArrayList<Integer>();
		for (int y = 1990; y <= today.getYear() + 1; y++) {
			boolean all = true;
			for (var f : found) {
				var month = (Month) f[1];
				int day = (int) f[2];
				all &= day <= month.length(java.time.Year.isLeap(y)) && LocalDate.of(y, month, day).getDayOfWeek() == f[0];
			}
			if (all) {
				fitting.add(y);
			}
		}
		if (fitting.isEmpty()) {
			doubts.add("no year fits the weekdays of " + join(found));
			return;
		}
		Integer chosen;
		String why;
		if (year != null) {
			chosen = fitting.contains(year) ? year : null;
			why = "fits " + year;
		}
		else if (earliest != null) {
			int from = earliest.getYear();
			chosen = fitting.stream().filter(y -> y >= from).findFirst().orElse(null);
			why = "the first year from " + from + " (the lower bound) in which " + join(found) + " fit";
		}
		else {
			chosen = fitting.stream().filter(y -> found.stream().allMatch(f -> !LocalDate.of(y, (Month) f[1], (int) f[2]).isAfter(today)))
				.reduce((a, b) -> b).orElse(null);
			why = "the last year up to today in which " + join(found) + " fit (the text gives no other year)";
		}
		if (chosen == null) {
			doubts.add(join(found) + " fit no year the other evidence allows");
			return;
		}
		reasons.add(join(found) + " fit the years " + fitting.stream().filter(y -> y >= 2000).map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
				+ "; taken: " + chosen + ", " + why);
		doubts.add("the year of " + join(found) + " is inferred (" + why + ")");
		if (year == null) {
			year = chosen;
		}
		for (var f : found) {
			var date = LocalDate.of(chosen, (Month) f[1], (int) f[2]);
			if (earliest == null || date.isAfter(earliest)) {
				earliest = date;
			}
		}
		reasons.add("the article reports " + join(found) + " as past, so it is from " + earliest + " or later");
	}

	/** A day or month still to come in the article's year bounds it above. */
	private void futureBounds() {
		if (year == null) {
			return;
		}
		for (var s : sentences) {
			var sentence = s.of(text);
			if (!FUTURE.matcher(sentence).find()) {
				continue;
			}
			var day = MONTH_DAY.matcher(sentence);
			while (day.find()) {
				var date = day.group(1) != null ? date(String.valueOf(year), day.group(1), day.group(2)) : date(String.valueOf(year), day.group(4), day.group(3));
				if (date != null) {
					upper(date.minusDays(1), "\"" + day.group().trim() + "\" is still to come");
					words.add(day.group().trim());
				}
			}
			var month = FUTURE_MONTH.matcher(sentence);
			while (month.find()) {
				var m = Month.valueOf(month.group(1).toUpperCase(Locale.ROOT));
				upper(LocalDate.of(year, m, m.length(java.time.Year.isLeap(year))), "\"" + month.group().trim() + "\" is still to come");
				words.add(month.group().trim());
			}
		}
	}

	private ArticleDate result() {
		if (year != null && earliest != null && earliest.getYear() > year) {
			doubts.add("the evidence disagrees: a past date in " + earliest.getYear() + " after the inferred year " + year);
		}
		if (year != null) {
			var from = earliest != null && earliest.getYear() == year ? earliest : LocalDate.of(year, 1, 1);
			var to = latest != null && latest.getYear() == year ? latest : LocalDate.of(year, 12, 31);
			return new ArticleDate(String.valueOf(year), "year", from.toString(), to.toString(), text(), reasoning(), doubts);
		}
		if (earliest != null || latest != null) {
			return new ArticleDate(null, "range", earliest == null ? null : earliest.toString(), latest == null ? null : latest.toString(),
					text(), reasoning(), doubts);
		}
		doubts.add("the text gives no date");
		return new ArticleDate(null, "range", null, null, null, "The text names no year or date by which to date it.", doubts);
	}

	private void lower(LocalDate date, String why) {
		if (earliest == null || date.isAfter(earliest)) {
			earliest = date;
			reasons.removeIf(r -> r.startsWith("lower bound: "));
			reasons.add("lower bound: " + why + ", so the article is from " + date + " or later");
		}
	}

	private void upper(LocalDate date, String why) {
		if (latest == null || date.isBefore(latest)) {
			latest = date;
			reasons.add("upper bound: " + why + ", so the article is from " + date + " or earlier");
		}
	}

	private void setYear(int y, String why, String doubt) {
		if (year == null) {
			year = y;
			reasons.add("year " + y + ": " + why);
			doubts.add(doubt);
		}
	}

	private String reasoning() {
		var r = String.join("; ", reasons);
		return r.isEmpty() ? "The text names no year or date by which to date it." : Character.toUpperCase(r.charAt(0)) + r.substring(1) + ".";
	}

	private String text() {
		return words.isEmpty() ? null : String.join("; ", words);
	}

	private static LocalDate date(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Month.valueOf(month.toUpperCase(Locale.ROOT)), Integer.parseInt(day));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String join(List<Object[]> found) {
		return found.stream().map(f -> "\"" + f[3] + "\"").reduce((a, b) -> a + " and " + b).orElse("");
	}

	static String monthName(Month m) {
		return m.getDisplayName(TextStyle.FULL, Locale.UK);
	}
}
