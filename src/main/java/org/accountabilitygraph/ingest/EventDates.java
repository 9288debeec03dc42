package org.accountabilitygraph.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an event or decision from the words of its sentence, relative to the article's inferred date (news
 * dates most things by the article's own: "last month", "on March 3", "this week"). A date phrase belongs
 * to the event named just before it in the sentence ("staged a vigil after the report's publication last
 * month": the publication's), or, when it opens the sentence, to the first event after it. Without one, a
 * past event is only known to be before the article and a planned one after it. The result is an interval
 * (either end may be open) written in the fact files' form: as precise as it is, with bounds where it is not.
 */
final class EventDates {

	/** The date an event was given: its interval, the article's words, how it was worked out, and a doubt. */
	record Dated(LocalDate earliest, LocalDate latest, String text, String reasoning, String doubt) {
	}

	/** A date phrase of a sentence, with where it is. */
	record Phrase(int start, int end, String text) {
	}

	private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
	private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
	private static final Pattern FULL = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? (\\d{4})\\b|\\b" + MONTH
			+ " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
	private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{4})\\b");
	private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:" + WEEKDAY + ",? )?(?:" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? "
			+ MONTH + ")\\b(?!,? \\d{4})");
	private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|during|from|by|until)\\s+(19[5-9]\\d|20\\d\\d)\\b|\\b(19[5-9]\\d|20\\d\\d)\\b(?=,? (?:more than |over |almost |nearly )?\\w+ years ago)");
	private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:(?:at|towards|by) the (?:end|start|beginning) of )?(last|this|next) (week|month|year|weekend|spring|summer|autumn|winter)\\b"
			+ "|\\b(earlier|later) this (week|month|year)\\b|\\b(today|yesterday|tomorrow|recently|previously)\\b"
			+ "|\\b(?:(?:more than|over|almost|nearly|about|some) )?(\\w+) (years|months|weeks|days) ago\\b");
	private static final Pattern THIS_MONTH = Pattern.compile("\\b(?:(?:towards|by|at) the (?:end|start|beginning) of|in|this|next|until|from) " + MONTH + "\\b(?!,? \\d)");
	private static final Pattern DAY = Pattern.compile("\\b(?:on |last |this |next )?" + WEEKDAY + "(?: (?:morning|afternoon|evening|night))?\\b(?!,? (?:\\d|" + MONTH + "))");
	private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

	private final ArticleDate article;
	private final LocalDate lo;
	private final LocalDate hi;
	/** The article's year, when the inference settled one. */
	private final Integer year;

	EventDates(ArticleDate article) {
		this.article = article;
		LocalDate from = parse(article.earliest(), false);
		LocalDate to = parse(article.latest(), true);
		if (article.date() != null) {
			from = from == null ? parse(article.date(), false) : from;
			to = to == null ? parse(article.date(), true) : to;
		}
		this.lo = from;
		this.hi = to;
		this.year = article.date() != null ? Integer.valueOf(article.date().substring(0, 4))
				: lo != null && hi != null && lo.getYear() == hi.getYear() ? lo.getYear() : null;
	}

	/** The date phrases of a sentence, in order; overlapping ones keep the longest. */
	static List<Phrase> phrases(String sentence) {
		var found = new ArrayList<Phrase>();
		for (var p : List.of(FULL, MONTH_YEAR, DAY_MONTH, YEAR, RELATIVE, THIS_MONTH, DAY)) {
			var m = p.matcher(sentence);
			while (m.find()) {
				var phrase = new Phrase(m.start(), m.end(), m.group());
				if (found.stream().noneMatch(f -> f.start() < phrase.end() && phrase.start() < f.end())) {
					found.add(phrase);
				}
			}
		}
		found.sort((a, b) -> a.start() - b.start());
		return found;
	}

	/**
	 * The date of the event whose trigger word starts at {@code trigger} (offsets within the sentence), among the
	 * events whose triggers start at {@code triggers}: the phrases after it up to the next trigger, else those before
	 * the first trigger when it is the first.
	 */
	Dated of(String sentence, int trigger, List<Integer> triggers, boolean planned, boolean ongoing) {
		var mine = phraseOf(sentence, trigger, triggers);
		if (mine == null) {
			return undated(planned, ongoing);
		}
		return date(mine.text(), planned);
	}

	/** The phrase that dates the event at {@code trigger}, or null. */
	static Phrase phraseOf(String sentence, int trigger, List<Integer> triggers) {
		int next = triggers.stream().filter(t -> t > trigger).min(Integer::compare).orElse(Integer.MAX_VALUE);
		boolean first = triggers.stream().noneMatch(t -> t < trigger);
		Phrase mine = null;
		for (var p : phrases(sentence)) {
			if (p.start() > trigger && p.start() < next && mine == null) {
				mine = p;
			}
		}
		if (mine == null && first) {
			// only a date that opens the sentence dates what follows ("Last year the trust was ..."), not one in a clause
			// of its own before it ("The trust, which was rated last year, said it had launched a review")
			mine = phrases(sentence).stream().filter(p -> p.end() <= trigger && opens(sentence, p)).reduce((a, b) -> b).orElse(null);
		}
		return mine;
	}

	/** Whether the phrase stands among the sentence's first three words ("In 2014, we wrote ...", "On Friday, she met ..."). */
	private static boolean opens(String sentence, Phrase p) {
		var before = sentence.substring(0, p.start()).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip();
		return before.isEmpty() || before.split("\\s+").length <= 2;
	}

	/** An event the sentence does not date: before the article when it happened, after it when planned. */
	Dated undated(boolean planned, boolean ongoing) {
		if (ongoing) {
			return new Dated(lo, hi, null, "Told as the state of things at the article's date (" + describeArticle() + ").", null);
		}
		if (planned) {
			return new Dated(lo, null, null, "Planned in the article (" + describeArticle() + "); the text gives no date of its own.",
					"the text gives no date for it");
		}
		return new Dated(null, hi, null, "Told as past in the article (" + describeArticle() + "); the text gives no date of its own.",
				"the text gives no date for it");
	}

	Dated date(String phrase, boolean planned) {
		var text = phrase.strip();
		Matcher m;
		if ((m = FULL.matcher(text)).find()) {
			var d = m.group(1) != null ? day(m.group(3), m.group(2), m.group(1)) : day(m.group(6), m.group(4), m.group(5));
			return d == null ? undated(planned, false) : new Dated(d, d, text, "\"" + text + "\".", null);
		}
		if ((m = MONTH_YEAR.matcher(text)).find()) {
			var first = LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1);
			return new Dated(first, first.with(TemporalAdjusters.lastDayOfMonth()), text, "\"" + text + "\".", null);
		}
		if ((m = DAY_MONTH.matcher(text)).find()) {
			return dayOfArticleYear(text, m, planned);
		}
		if ((m = YEAR.matcher(text)).find()) {
			int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
			return new Dated(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), text, "\"" + text + "\".", null);
		}
		if ((m = RELATIVE.matcher(text)).find()) {
			return relative(text, m);
		}
		if ((m = THIS_MONTH.matcher(text)).find()) {
			return monthOfArticleYear(text, month(m.group(1)), planned);
		}
		if (DAY.matcher(text).find()) {
			// "on Monday evening": a day of the article's week, which is as precise as the article's own date
			return new Dated(lo, hi, text, "\"" + text + "\": a day of the article's own week (" + describeArticle() + ").",
					"\"" + text + "\" dated by the article's own date");
		}
		return undated(planned, false);
	}

	private Dated relative(String text, Matcher m) {
		var lower = Lexicon.lower(text);
		if (m.group(1) != null) {
			var which = Lexicon.lower(m.group(1));
			var unit = Lexicon.lower(m.group(2));
			int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
			return switch (unit) {
				case "year" -> years(text, shift);
				case "month" -> months(text, shift);
				case "spring", "summer", "autumn", "winter" -> season(text, unit, shift);
				default -> weeks(text, shift);
			};
		}
		if (m.group(3) != null) {
			var unit = Lexicon.lower(m.group(4));
			return unit.equals("year") ? years(text, 0) : unit.equals("month") ? months(text, 0) : weeks(text, 0);
		}
		if (m.group(5) != null) {
			return switch (lower) {
				case "recently", "previously" -> new Dated(null, hi, text, "\"" + text + "\": before the article (" + describeArticle() + ").", null);
				default -> weeks(text, 0);
			};
		}
		var n = Lexicon.lower(m.group(6));
		int count = NUMBERS.indexOf(n);
		if (count < 0 && n.matches("\\d+")) {
			count = Integer.parseInt(n);
		}
		if (count <= 0) {
			return undated(false, false);
		}
		var unit = Lexicon.lower(m.group(7));
		return switch (unit) {
			case "years" -> years(text, -count);
			case "months" -> months(text, -count);
			default -> shift(text, unit.equals("weeks") ? -7L * count : -count, unit.equals("weeks") ? 3 : 0);
		};
	}

	/** "last year", "this year", "four years ago": the article's year moved; its bounds when it has no year. */
	private Dated years(String text, int shift) {
		if (year != null) {
			int y = year + shift;
			return new Dated(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), text,
					"\"" + text + "\" from the article's year " + year + ".", null);
		}
		var from = lo == null ? null : LocalDate.of(lo.getYear() + shift, 1, 1);
		var to = hi == null ? null : LocalDate.of(hi.getYear() + shift, 12, 31);
		return new Dated(from, to, text, "\"" + text + "\" from the article's date (" + describeArticle() + ").",
				from == null && to == null ? "the article's date is not known, so neither is this one" : null);
	}

	/** "last month", "this month": the article's months moved. */
	private Dated months(String text, int shift) {
		var from = lo == null ? null : lo.withDayOfMonth(1).plusMonths(shift);
		var to = hi == null ? null : hi.withDayOfMonth(1).plusMonths(shift).with(TemporalAdjusters.lastDayOfMonth());
		return withinYear(text, from, to);
	}

	/**
	 * A relative date kept within the article's year when it has one: "last month" in an article of 2018 is taken to
	 * be in 2018 too (unless the article is from January), with a doubt saying so, as curators read it.
	 */
	private Dated withinYear(String text, LocalDate from, LocalDate to) {
		String doubt = null;
		if (year != null && from != null && from.getYear() < year) {
			from = LocalDate.of(year, 1, 1);
			doubt = "\"" + text + "\" read as within the article's year " + year + " (the article is taken not to be from its first days)";
		}
		if (year != null && to != null && to.getYear() > year) {
			to = LocalDate.of(year, 12, 31);
			doubt = "\"" + text + "\" read as within the article's year " + year + " (the article is taken not to be from its last days)";
		}
		return new Dated(from, to, text, "\"" + text + "\" from the article's date (" + describeArticle() + ").",
				from == null && to == null ? "the article's date is not known, so neither is this one" : doubt);
	}

	private Dated weeks(String text, int shift) {
		return shift(text, 7L * shift, shift == 0 ? 0 : 6);
	}

	/** The article's interval moved by {@code days}, widened by {@code fuzz} days each way ("last week" is not exact). */
	private Dated shift(String text, long days, int fuzz) {
		var from = lo == null ? null : lo.plusDays(days - fuzz);
		var to = hi == null ? null : hi.plusDays(days + fuzz);
		if (days < 0 && to != null && hi != null && to.isAfter(hi)) {
			to = hi;
		}
		if (days > 0 && from != null && lo != null && from.isBefore(lo)) {
			from = lo;
		}
		return withinYear(text, from, to);
	}

	private Dated season(String text, String season, int shift) {
		if (year == null) {
			return new Dated(null, null, text, "\"" + text + "\"; the article's year is not known.", "the article's year is not known, so neither is this one");
		}
		int y = year + shift;
		int first = switch (season) {
			case "spring" -> 3;
			case "summer" -> 6;
			case "autumn" -> 9;
			default -> 12;
		};
		var from = LocalDate.of(y, first, 1);
		return new Dated(from, from.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth()), text,
				"\"" + text + "\" in the article's year " + year + ".", null);
	}

	/** "towards the end of June", "in May": that month of the article's year (the year before, if past and later). */
	private Dated monthOfArticleYear(String text, Month month, boolean planned) {
		if (year == null) {
			return new Dated(null, null, text, "\"" + text + "\"; the article's year is not known.", "the year of \"" + text + "\" is not known");
		}
		var first = LocalDate.of(year, month, 1);
		String doubt = null;
		if (!planned && hi != null && first.isAfter(hi)) {
			first = first.minusYears(1);
			doubt = "\"" + text + "\" is after the article's latest date, so read as the year before";
		}
		return new Dated(first, first.with(TemporalAdjusters.lastDayOfMonth()), text, "\"" + text + "\" in the article's year " + year + ".", doubt);
	}

	private Dated dayOfArticleYear(String text, Matcher m, boolean planned) {
		var month = month(m.group(2) != null ? m.group(2) : m.group(5));
		int dayOfMonth = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
		if (year == null) {
			return new Dated(null, null, text, "\"" + text + "\"; the article's year is not known.", "the year of \"" + text + "\" is not known");
		}
		var d = safeDay(year, month, dayOfMonth);
		if (d == null) {
			return undated(planned, false);
		}
		String doubt = null;
		if (!planned && hi != null && d.isAfter(hi)) {
			d = safeDay(year - 1, month, dayOfMonth);
			doubt = "\"" + text + "\" is after the article's latest date, so read as the year before";
		}
		else if (planned && lo != null && d.isBefore(lo)) {
			d = safeDay(year + 1, month, dayOfMonth);
			doubt = "\"" + text + "\" is before the article's earliest date, so read as the year after";
		}
		if (d == null) {
			return undated(planned, false);
		}
		if (m.group(1) != null && d.getDayOfWeek() != DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))) {
			doubt = (doubt == null ? "" : doubt + "; ") + d + " is not a " + m.group(1);
		}
		return new Dated(d, d, text, "\"" + text + "\" in the article's year " + d.getYear() + ".", doubt);
	}

	private String describeArticle() {
		if (article.date() != null) {
			return "the article is from " + article.date() + (lo != null && hi != null ? ", " + lo + " to " + hi : "");
		}
		if (lo == null && hi == null) {
			return "the article's date is not known";
		}
		return "the article is from " + (lo == null ? "…" : lo) + " to " + (hi == null ? "…" : hi);
	}

	/**
	 * The interval as the fact files write a date: {@code date} as precise as it is, {@code dateEarliest} and
	 * {@code dateLatest} where it is narrower than that, {@code range} when it spans more than a year.
	 */
	static void write(Dated d, java.util.Map<String, Object> m) {
		var a = d.earliest();
		var b = d.latest();
		if (a != null && b != null && a.getYear() == b.getYear()) {
			boolean wholeMonth = a.getMonth() == b.getMonth() && a.getDayOfMonth() == 1 && b.equals(b.with(TemporalAdjusters.lastDayOfMonth()));
			if (a.equals(b)) {
				m.put("date", a.toString());
				m.put("datePrecision", "day");
			}
			else if (a.getMonth() == b.getMonth()) {
				m.put("date", a.toString().substring(0, 7));
				m.put("datePrecision", "month");
				if (!wholeMonth) {
					m.put("dateEarliest", a.toString());
					m.put("dateLatest", b.toString());
				}
			}
			else {
				m.put("date", String.valueOf(a.getYear()));
				m.put("datePrecision", "year");
				if (!a.equals(LocalDate.of(a.getYear(), 1, 1))) {
					m.put("dateEarliest", a.toString());
				}
				if (!b.equals(LocalDate.of(b.getYear(), 12, 31))) {
					m.put("dateLatest", b.toString());
				}
			}
		}
		else {
			m.put("datePrecision", "range");
			if (a != null) {
				m.put("dateEarliest", a.toString());
			}
			if (b != null) {
				m.put("dateLatest", b.toString());
			}
		}
		if (d.text() != null) {
			m.put("dateText", d.text());
		}
		m.put("dateReasoning", d.reasoning());
	}

	/** Whether the event is wholly after the article (so it was still to come when the article was written). */
	boolean after(Dated d) {
		return d != null && d.earliest() != null && hi != null && d.earliest().isAfter(hi);
	}

	private static LocalDate parse(String iso, boolean end) {
		if (iso == null) {
			return null;
		}
		try {
			return switch (iso.length()) {
				case 4 -> end ? LocalDate.of(Integer.parseInt(iso), 12, 31) : LocalDate.of(Integer.parseInt(iso), 1, 1);
				case 7 -> {
					var first = LocalDate.parse(iso + "-01");
					yield end ? first.with(TemporalAdjusters.lastDayOfMonth()) : first;
				}
				default -> LocalDate.parse(iso);
			};
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static Month month(String name) {
		return Month.valueOf(name.toUpperCase(Locale.ROOT));
	}

	private static LocalDate day(String y, String month, String d) {
		return safeDay(Integer.parseInt(y), month(month), Integer.parseInt(d));
	}

	private static LocalDate safeDay(int y, Month month, int d) {
		return d >= 1 && d <= month.length(Year.isLeap(y)) ? LocalDate.of(y, month, d) : null;
	}
}
