package org.accountabilitygraph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.accountabilitygraph.facts.FactFile;
import org.accountabilitygraph.facts.FactSet;
import org.accountabilitygraph.facts.FactSource;
import org.accountabilitygraph.ingest.Ingester;
import org.accountabilitygraph.ingest.KnownEntities;
import org.accountabilitygraph.ingest.Proposal;

/**
 * Not a test: leave-one-out over the curated fact files. Each article is ingested against a graph that knows
 * only the registry and the other files, and its proposal is scored against its curated file:
 * <ul>
 * <li>statements (quotations and reported speech) found: precision, recall and F1, where a proposed statement
 * matches a curated one when their spans in the article overlap (each matched once, largest overlap first),
 * and when their words are the same (exact);</li>
 * <li>speaker right: of the overlapping pairs, those whose speakers are the same entity (both none counts);</li>
 * <li>speaks-for right: the same for {@code ON_BEHALF_OF};</li>
 * <li>resolution right: of the proposed people, organisations, groups and places that correspond to a
 * curated entity (same id, or a name or alias in common), those given the curated id when the graph knew
 * it, or proposed as new when it did not; coverage is how many curated ones were found at all;</li>
 * <li>date right: the proposed date's interval lies within the curated one; consistent: they overlap;</li>
 * <li>events and decisions found: a proposed :Event (or :Decision) matches a curated one of the same label when its
 * evidence (its {@code mentioned} and the evidence of its facts) overlaps the curated one's {@code mentioned}, each
 * matched once, same kind first, then largest overlap; of the matched pairs, those of the same kind, the same status
 * (events) or outcome (decisions), and whose date lies within the curated one's (as the article's date is scored).</li>
 * </ul>
 * Timing is per article after one warm-up pass. Run with {@code tools/ingest-benchmark}. The statements are scored by
 * one method, {@link #statements}, which the CoreNLP baseline ({@code src/corenlp/java}, {@code --corenlp}) reuses.
 */
public final class IngestBenchmark {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
	private static final Set<String> ENTITY_KINDS = Set.of("Person", "Organisation", "Group", "Place", "Constituency");

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var root = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : ".").toAbsolutePath().normalize();
		var set = FactSource.read("file:" + root.resolve("data/facts"));
		print(rules(root, set), List.of(args).contains("--verbose"));
		var runtime = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, "%nJava %s, %d processors, heap in use after the run %d MB (max %d MB); %s%n",
				System.getProperty("java.version"), runtime.availableProcessors(),
				(runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), runtime.maxMemory() / (1024 * 1024), LocalDate.now());
	}

	/** The rules' score of each article, timed after one warm-up pass. */
	static List<Score> rules(Path root, FactSet set) throws IOException {
		var rows = new ArrayList<Score>();
		for (int round = 0; round < 2; round++) {
			rows.clear();
			for (var file : set.files()) {
				rows.add(score(root, set, file));
			}
		}
		return rows;
	}

	/** The table, one row per article and one overall; with {@code verbose} each miss after it. */
	static void print(List<Score> rows, boolean verbose) {
		System.out.println("| article | curated | proposed | overlap P | overlap R | overlap F1 | exact P | exact R | exact F1 | speaker right | speaks-for right | resolution right | entities found | date "
				+ "| events curated/proposed | events P | events R | event kind right | event status right | event date right "
				+ "| decisions curated/proposed | decisions P | decisions R | decision kind right | outcome right | decision date right | ms |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		var total = new Score("overall", rows.stream().allMatch(r -> r.statementsOnly));
		for (var row : rows) {
			System.out.println(row.line());
			total.add(row);
		}
		System.out.println(total.line());
		if (verbose) {
			for (var row : rows) {
				row.notes.forEach(n -> System.out.println(row.article + ": " + n));
			}
		}
	}

	static Score score(Path root, FactSet set, FactFile held) throws IOException {
		var source = String.valueOf(held.article().get("sourceFile"));
		var bytes = Files.readAllBytes(root.resolve(source));
		var text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
		var known = known(set, held);
		long start = System.nanoTime();
		var proposal = new Ingester(known).ingest(Path.of(source).getFileName().toString(),
				Integer.parseInt(held.version().substring(1)), bytes);
		long ms = (System.nanoTime() - start) / 1_000_000;
		var gold = curated(root, held);
		var score = Score.of(held.articleId(), false);
		score.ms = ms;
		var curated = found(text, gold);
		var goldNames = names(gold, known);
		var proposed = found(text, proposal.factFile());
		var proposedNames = names(proposal.factFile(), known);
		statements(curated, goldNames, proposed, proposedNames, score);
		statements(quotations(curated, gold), goldNames, proposed, proposedNames, score.quotations);
		entities(gold, proposal, known, score);
		date(gold, proposal, score);
		happenings(text, gold, proposal.factFile(), "Event", score.events, score.notes);
		happenings(text, gold, proposal.factFile(), "Decision", score.decisions, score.notes);
		return score;
	}

	/** What the graph knows when {@code held} is ingested: the registry and the other files. */
	static KnownEntities known(FactSet set, FactFile held) {
		return KnownEntities.of(set, f -> f != held);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> curated(Path root, FactFile file) throws IOException {
		return YAML.readValue(root.resolve("data/facts").resolve(file.name()).toFile(), Map.class);
	}

	// ---- statements

	record Found(String id, String text, Span span, Set<String> speakers, Set<String> speaksFor) {
	}

	record Span(int start, int end) {
		int overlap(Span o) {
			return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
		}
	}

	/**
	 * Scores the proposed statements {@code p} against the curated {@code g} (statements found, exact, speaker and
	 * speaks-for right), whoever proposed them; each side's entity ids are compared through its names (see {@link #names}).
	 */
	static void statements(List<Found> g, Map<String, Set<String>> goldNames, List<Found> p, Map<String, Set<String>> proposedNames,
			Score score) {
		score.curated = g.size();
		score.proposed = p.size();
		var pairs = new ArrayList<int[]>();
		for (int i = 0; i < g.size(); i++) {
			for (int j = 0; j < p.size(); j++) {
				if (g.get(i).span() != null && p.get(j).span() != null && g.get(i).span().overlap(p.get(j).span()) > 0) {
					pairs.add(new int[] {i, j, g.get(i).span().overlap(p.get(j).span())});
				}
			}
		}
		pairs.sort((a, b) -> b[2] - a[2]);
		var usedG = new HashSet<Integer>();
		var usedP = new HashSet<Integer>();
		for (var pair : pairs) {
			if (usedG.contains(pair[0]) || usedP.contains(pair[1])) {
				continue;
			}
			usedG.add(pair[0]);
			usedP.add(pair[1]);
			score.overlapping++;
			var gs = g.get(pair[0]);
			var ps = p.get(pair[1]);
			if (words(gs.text()).equals(words(ps.text()))) {
				score.exact++;
			}
			if (same(gs.speakers(), ps.speakers(), goldNames, proposedNames)) {
				score.speakerRight++;
			}
			else {
				score.notes.add("speaker " + gs.id() + ": curated " + gs.speakers() + ", proposed " + ps.speakers());
			}
			if (same(gs.speaksFor(), ps.speaksFor(), goldNames, proposedNames)) {
				score.speaksForRight++;
			}
			else {
				score.notes.add("speaks for " + gs.id() + ": curated " + gs.speaksFor() + ", proposed " + ps.speaksFor());
			}
		}
		for (int i = 0; i < g.size(); i++) {
			if (!usedG.contains(i)) {
				score.notes.add("missed " + g.get(i).id() + ": " + abbreviate(g.get(i).text()));
			}
		}
		for (int j = 0; j < p.size(); j++) {
			if (!usedP.contains(j)) {
				score.notes.add("extra " + p.get(j).id() + ": " + abbreviate(p.get(j).text()));
			}
		}
	}

	@SuppressWarnings("unchecked")
	static List<Found> found(String text, Map<String, Object> file) {
		var said = new HashMap<String, Set<String>>();
		var forWhom = new HashMap<String, Set<String>>();
		for (var f : (List<Map<String, Object>>) file.get("facts")) {
			if ("SAID".equals(f.get("type"))) {
				said.computeIfAbsent((String) f.get("to"), k -> new HashSet<>()).add((String) f.get("from"));
			}
			if ("ON_BEHALF_OF".equals(f.get("type"))) {
				forWhom.computeIfAbsent((String) f.get("from"), k -> new HashSet<>()).add((String) f.get("to"));
			}
		}
		var out = new ArrayList<Found>();
		for (var e : (List<Map<String, Object>>) file.get("entities")) {
			if (e.get("labels") instanceof List<?> labels && labels.contains("Statement")) {
				var id = (String) e.get("id");
				var words = (String) e.get("text");
				var span = locate(text, words);
				if (span == null) {
					span = locate(text, (String) e.get("mentioned"));
				}
				out.add(new Found(id, words, span, said.getOrDefault(id, Set.of()), forWhom.getOrDefault(id, Set.of())));
			}
		}
		return out;
	}

	/** The curated statements that are quotations ({@code kind: quote}), not reported speech. */
	@SuppressWarnings("unchecked")
	static List<Found> quotations(List<Found> curated, Map<String, Object> gold) {
		var quotes = new HashSet<String>();
		for (var e : (List<Map<String, Object>>) gold.get("entities")) {
			if ("quote".equals(e.get("kind"))) {
				quotes.add((String) e.get("id"));
			}
		}
		return curated.stream().filter(f -> quotes.contains(f.id())).toList();
	}

	/** Where the words are in the article, ignoring quote marks and runs of white space as the checks do. */
	static Span locate(String text, String words) {
		if (words == null) {
			return null;
		}
		var normal = new StringBuilder();
		var offsets = new ArrayList<Integer>();
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("\"'‘’“”".indexOf(c) >= 0) {
				continue;
			}
			if (Character.isWhitespace(c)) {
				if (!space && normal.length() > 0) {
					normal.append(' ');
					offsets.add(i);
				}
				space = true;
				continue;
			}
			space = false;
			normal.append(c);
			offsets.add(i);
		}
		var wanted = FactSet.normalise(words);
		int at = normal.indexOf(wanted);
		if (at < 0 && wanted.length() > 60) {
			wanted = wanted.substring(0, 60);
			at = normal.indexOf(wanted);
		}
		return at < 0 ? null : new Span(offsets.get(at), offsets.get(at + wanted.length() - 1) + 1);
	}

	private static String abbreviate(String text) {
		return text.length() <= 70 ? text : text.substring(0, 67) + "...";
	}

	private static String words(String text) {
		return FactSet.normalise(text).toLowerCase(Locale.ROOT).replaceAll("[.,;:!?]+$", "");
	}

	// ---- entities

	/**
	 * Every name an entity of the file goes by: its id's known name, name, aliases and description. An unnamed
	 * speaker or group is known by its words: {@code ~words} keys, compared by containment (see {@link #equivalent}).
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Set<String>> names(Map<String, Object> file, KnownEntities known) {
		var names = new LinkedHashMap<String, Set<String>>();
		for (var e : (List<Map<String, Object>>) file.get("entities")) {
			var id = (String) e.get("id");
			var set = names.computeIfAbsent(id, k -> new HashSet<>());
			if (known.get(id) != null) {
				set.add(name(known.get(id).name()));
			}
			for (var key : List.of("name", "description")) {
				if (e.get(key) instanceof String s) {
					set.add(name(s));
				}
			}
			if (e.get("aliases") instanceof List<?> aliases) {
				aliases.forEach(a -> set.add(name(String.valueOf(a))));
			}
			boolean unnamed = Boolean.TRUE.equals(e.get("anonymous")) || e.get("labels") instanceof List<?> l && l.contains("Group");
			if (unnamed) {
				for (var key : List.of("description", "mentioned")) {
					if (e.get(key) instanceof String s) {
						set.add("~" + name(s));
					}
				}
			}
		}
		return names;
	}

	static String name(String s) {
		return s.toLowerCase(Locale.ROOT).replaceAll("\\b(the|a|an|one)\\b", "").replaceAll("[^a-z0-9]+", " ").trim();
	}

	private static boolean same(Set<String> gold, Set<String> proposed, Map<String, Set<String>> goldNames,
			Map<String, Set<String>> proposedNames) {
		if (gold.isEmpty() || proposed.isEmpty()) {
			return gold.isEmpty() && proposed.isEmpty();
		}
		for (var g : gold) {
			for (var p : proposed) {
				if (equivalent(g, p, goldNames, proposedNames)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean equivalent(String gold, String proposed, Map<String, Set<String>> goldNames, Map<String, Set<String>> proposedNames) {
		if (gold.equals(proposed)) {
			return true;
		}
		var a = goldNames.getOrDefault(gold, Set.of());
		var b = proposedNames.getOrDefault(proposed, Set.of());
		if (a.stream().anyMatch(n -> !n.startsWith("~") && b.contains(n))) {
			return true;
		}
		// unnamed: the words describing one (two words at least) are within the other's description or mention
		for (var x : a) {
			for (var y : b) {
				if (x.startsWith("~") && y.startsWith("~") && y.split(" ").length >= 2 && x.contains(y.substring(1))) {
					return true;
				}
			}
		}
		return false;
	}

	@SuppressWarnings("unchecked")
	private static void entities(Map<String, Object> gold, Proposal proposal, KnownEntities known, Score score) {
		var goldNames = names(gold, known);
		var proposedNames = names(proposal.factFile(), known);
		var goldKinds = kinds(gold, known);
		var proposedKinds = kinds(proposal.factFile(), known);
		var found = new HashSet<String>();
		for (var p : proposedKinds) {
			String match = goldKinds.contains(p) ? p : null;
			for (var g : goldKinds) {
				if (match == null && equivalent(g, p, goldNames, proposedNames)) {
					match = g;
				}
			}
			if (match == null) {
				continue;
			}
			score.aligned++;
			found.add(match);
			boolean goldKnown = known.get(match) != null;
			if (goldKnown ? p.equals(match) : known.get(p) == null) {
				score.resolvedRight++;
			}
			else {
				score.notes.add("resolved " + p + ", curated " + match);
			}
		}
		score.goldEntities = goldKinds.size();
		score.goldFound = found.size();
	}

	/** The ids of the people, organisations, groups and places a file mentions. */
	@SuppressWarnings("unchecked")
	private static List<String> kinds(Map<String, Object> file, KnownEntities known) {
		var ids = new ArrayList<String>();
		for (var e : (List<Map<String, Object>>) file.get("entities")) {
			var id = (String) e.get("id");
			var labels = e.get("labels") instanceof List<?> l ? (List<String>) l : known.get(id) != null ? known.get(id).labels() : List.<String>of();
			if (labels.stream().anyMatch(ENTITY_KINDS::contains)) {
				ids.add(id);
			}
		}
		return ids;
	}

	// ---- events and decisions

	/** An :Event or :Decision of a file: its kind, status or outcome, where the file says it is told, and its date. */
	record Happening(String id, String kind, String state, List<Span> evidence, Span mentioned, Map<String, Object> entity) {
	}

	/** Scores the proposed events (or decisions) of {@code proposed} against the curated ones of {@code gold}. */
	static void happenings(String text, Map<String, Object> gold, Map<String, Object> proposed, String label, Happenings score, List<String> notes) {
		var g = happenings(text, gold, label);
		var p = happenings(text, proposed, label);
		score.curated = g.size();
		score.proposed = p.size();
		var pairs = new ArrayList<int[]>();
		for (int i = 0; i < g.size(); i++) {
			for (int j = 0; j < p.size(); j++) {
				int overlap = 0;
				for (var e : p.get(j).evidence()) {
					overlap = Math.max(overlap, g.get(i).mentioned() == null ? 0 : g.get(i).mentioned().overlap(e));
				}
				if (overlap > 0) {
					pairs.add(new int[] {i, j, overlap, g.get(i).kind().equals(p.get(j).kind()) ? 1 : 0});
				}
			}
		}
		pairs.sort((a, b) -> a[3] != b[3] ? b[3] - a[3] : b[2] - a[2]);
		var usedG = new HashSet<Integer>();
		var usedP = new HashSet<Integer>();
		var what = label.equals("Event") ? "event" : "decision";
		for (var pair : pairs) {
			if (usedG.contains(pair[0]) || usedP.contains(pair[1])) {
				continue;
			}
			usedG.add(pair[0]);
			usedP.add(pair[1]);
			score.found++;
			var gh = g.get(pair[0]);
			var ph = p.get(pair[1]);
			if (gh.kind().equals(ph.kind())) {
				score.kindRight++;
			}
			else {
				notes.add(what + " " + gh.id() + ": kind curated " + gh.kind() + ", proposed " + ph.kind() + " (" + ph.id() + ")");
			}
			if (String.valueOf(gh.state()).equals(String.valueOf(ph.state()))) {
				score.stateRight++;
			}
			else {
				notes.add(what + " " + gh.id() + ": " + (label.equals("Event") ? "status" : "outcome") + " curated " + gh.state() + ", proposed " + ph.state());
			}
			var gi = interval(gh.entity());
			var pi = interval(ph.entity());
			if (gi[0].compareTo(pi[0]) <= 0 && pi[1].compareTo(gi[1]) <= 0) {
				score.dateRight++;
			}
			else {
				boolean consistent = gi[0].compareTo(pi[1]) <= 0 && pi[0].compareTo(gi[1]) <= 0;
				notes.add(what + " " + gh.id() + ": date " + (consistent ? "consistent, less precise" : "WRONG") + ": curated "
						+ describe(gh.entity()) + ", proposed " + describe(ph.entity()));
			}
		}
		for (int i = 0; i < g.size(); i++) {
			if (!usedG.contains(i)) {
				notes.add("missed " + what + " " + g.get(i).id() + " (" + g.get(i).kind() + "): " + abbreviate(String.valueOf(g.get(i).entity().get("mentioned"))));
			}
		}
		for (int j = 0; j < p.size(); j++) {
			if (!usedP.contains(j)) {
				notes.add("extra " + what + " " + p.get(j).id() + " (" + p.get(j).kind() + "): " + abbreviate(String.valueOf(p.get(j).entity().get("mentioned"))));
			}
		}
	}

	/** The file's entities of {@code label}, each with its mention and the evidence of every fact it is part of. */
	@SuppressWarnings("unchecked")
	static List<Happening> happenings(String text, Map<String, Object> file, String label) {
		var out = new ArrayList<Happening>();
		for (var e : (List<Map<String, Object>>) file.get("entities")) {
			if (!(e.get("labels") instanceof List<?> labels) || !labels.contains(label)) {
				continue;
			}
			var id = (String) e.get("id");
			var evidence = new ArrayList<Span>();
			var mentioned = locate(text, (String) e.get("mentioned"));
			if (mentioned != null) {
				evidence.add(mentioned);
			}
			for (var f : (List<Map<String, Object>>) file.get("facts")) {
				if (id.equals(f.get("from")) || id.equals(f.get("to"))) {
					var span = locate(text, (String) f.get("evidence"));
					if (span != null) {
						evidence.add(span);
					}
				}
			}
			var state = label.equals("Event") ? e.get("status") : e.get("outcome");
			out.add(new Happening(id, String.valueOf(e.get("kind")), state == null ? null : String.valueOf(state), evidence, mentioned, e));
		}
		return out;
	}

	// ---- the date

	@SuppressWarnings("unchecked")
	private static void date(Map<String, Object> gold, Proposal proposal, Score score) {
		var g = interval((Map<String, Object>) gold.get("article"));
		var p = interval((Map<String, Object>) proposal.factFile().get("article"));
		score.dateConsistent = g[0].compareTo(p[1]) <= 0 && p[0].compareTo(g[1]) <= 0;
		score.dateRight = g[0].compareTo(p[0]) <= 0 && p[1].compareTo(g[1]) <= 0;
		score.dateText = describe((Map<String, Object>) proposal.factFile().get("article"));
	}

	/** The first and last day the date allows, as ISO strings ("0000-01-01" and "9999-12-31" when open). */
	static String[] interval(Map<String, Object> a) {
		var lo = "0000-01-01";
		var hi = "9999-12-31";
		if (a.get("date") instanceof String d) {
			lo = (d + "-01-01").substring(0, 10);
			hi = d.length() == 4 ? d + "-12-31" : d.length() == 7 ? LocalDate.parse(d + "-01").plusMonths(1).minusDays(1).toString() : d;
		}
		if (a.get("dateEarliest") instanceof String e && full(e).compareTo(lo) > 0) {
			lo = full(e);
		}
		if (a.get("dateLatest") instanceof String l && end(l).compareTo(hi) < 0) {
			hi = end(l);
		}
		return new String[] {lo, hi};
	}

	private static String full(String d) {
		return (d + "-01-01").substring(0, 10);
	}

	private static String end(String d) {
		return d.length() == 4 ? d + "-12-31" : d.length() == 7 ? LocalDate.parse(d + "-01").plusMonths(1).minusDays(1).toString() : d;
	}

	private static String describe(Map<String, Object> a) {
		var s = a.get("date") != null ? a.get("date") + " (" + a.get("datePrecision") + ")" : String.valueOf(a.get("datePrecision"));
		if (a.get("dateEarliest") != null || a.get("dateLatest") != null) {
			s += " " + (a.get("dateEarliest") == null ? "…" : a.get("dateEarliest")) + ".." + (a.get("dateLatest") == null ? "…" : a.get("dateLatest"));
		}
		return s;
	}

	static final class Score {
		final String article;
		/** Only statements were proposed (a baseline): no entities or date to score. */
		final boolean statementsOnly;
		int curated, proposed, overlapping, exact, speakerRight, speaksForRight, aligned, resolvedRight, goldEntities, goldFound;
		int dates, datesRight, datesConsistent;
		boolean dateRight, dateConsistent;
		String dateText = "";
		final List<String> notes = new ArrayList<>();
		final Happenings events = new Happenings();
		final Happenings decisions = new Happenings();
		long ms;
		/** The same scoring against the curated quotations alone (filled for articles, not for the overall row). */
		Score quotations;

		Score(String article) {
			this(article, false);
		}

		Score(String article, boolean statementsOnly) {
			this.article = article;
			this.statementsOnly = statementsOnly;
		}

		/** An article's score, with its quotations' own. */
		static Score of(String article, boolean statementsOnly) {
			var score = new Score(article, statementsOnly);
			score.quotations = new Score(article, statementsOnly);
			return score;
		}

		void add(Score o) {
			curated += o.curated;
			proposed += o.proposed;
			overlapping += o.overlapping;
			exact += o.exact;
			speakerRight += o.speakerRight;
			speaksForRight += o.speaksForRight;
			aligned += o.aligned;
			resolvedRight += o.resolvedRight;
			goldEntities += o.goldEntities;
			goldFound += o.goldFound;
			dates++;
			datesRight += o.dateRight ? 1 : 0;
			datesConsistent += o.dateConsistent ? 1 : 0;
			events.add(o.events);
			decisions.add(o.decisions);
			ms += o.ms;
		}

		String line() {
			var date = dates > 0 ? datesRight + "/" + dates + " right, " + datesConsistent + "/" + dates + " consistent"
					: (dateRight ? "right" : dateConsistent ? "consistent, less precise" : "WRONG") + ": " + dateText;
			return String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d |", article,
					curated, proposed, ratio(overlapping, proposed), ratio(overlapping, curated), f1(overlapping, proposed, curated),
					ratio(exact, proposed), ratio(exact, curated), f1(exact, proposed, curated), share(speakerRight, overlapping),
					share(speaksForRight, overlapping), statementsOnly ? "–" : share(resolvedRight, aligned),
					statementsOnly ? "–" : share(goldFound, goldEntities), statementsOnly ? "–" : date,
					statementsOnly ? "– | – | – | – | – | –" : events.columns(), statementsOnly ? "– | – | – | – | – | –" : decisions.columns(), ms);
		}

		static String ratio(int a, int b) {
			return b == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) a / b);
		}

		static String share(int a, int b) {
			return a + "/" + b + (b == 0 ? "" : String.format(Locale.ROOT, " (%.0f%%)", 100.0 * a / b));
		}

		private static String f1(int matched, int proposed, int curated) {
			if (proposed == 0 || curated == 0 || matched == 0) {
				return "0.00";
			}
			double p = (double) matched / proposed;
			double r = (double) matched / curated;
			return String.format(Locale.ROOT, "%.2f", 2 * p * r / (p + r));
		}
	}

	/** Events (or decisions): how many were curated and proposed, found, and of those found how many are right in each respect. */
	static final class Happenings {
		int curated, proposed, found, kindRight, stateRight, dateRight;

		void add(Happenings o) {
			curated += o.curated;
			proposed += o.proposed;
			found += o.found;
			kindRight += o.kindRight;
			stateRight += o.stateRight;
			dateRight += o.dateRight;
		}

		/** curated/proposed, P, R, kind right, status or outcome right, date right. */
		String columns() {
			return curated + "/" + proposed + " | " + Score.ratio(found, proposed) + " | " + Score.ratio(found, curated) + " | "
					+ Score.share(kindRight, found) + " | " + Score.share(stateRight, found) + " | " + Score.share(dateRight, found);
		}
	}
}
