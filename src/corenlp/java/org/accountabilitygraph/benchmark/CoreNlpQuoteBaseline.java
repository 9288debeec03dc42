package org.accountabilitygraph.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
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
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.accountabilitygraph.facts.FactFile;
import org.accountabilitygraph.facts.FactSet;
import org.accountabilitygraph.facts.FactSource;
import org.accountabilitygraph.ingest.KnownEntities;
import org.accountabilitygraph.ingest.KnownEntity;

/**
 * Not a test: Stanford CoreNLP's quote attribution as the baseline of {@link IngestBenchmark}, scored by the same
 * code side by side with the rules. Each CoreNLP quotation (top level; a quotation nested in another is part of
 * it) is a proposed statement: its span without the outer marks, and as speaker the speaker CoreNLP names, else
 * the mention it linked. That string is resolved by a simple exact and surname match (see {@link #resolve}), not by
 * the project's {@code Resolver}; a pronoun CoreNLP did not resolve is a wrong speaker. CoreNLP has no speaks-for,
 * so that is always none, and it proposes no entities or date (those columns are "–").
 * Built and run only with the Maven profile {@code corenlp}: {@code tools/ingest-benchmark --corenlp}.
 */
public final class CoreNlpQuoteBaseline {

	private static final Pattern MARKS = Pattern.compile("^[\"'‘’“”`]+|[\"'‘’“”`]+$");
	private static final Pattern HONORIFIC = Pattern.compile("^(?i:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|baroness)\\.?\\s+");
	private static final Set<String> PRONOUNS = Set.of("i", "me", "he", "him", "she", "her", "it", "we", "us", "they", "them",
			"you", "his", "hers", "its", "our", "their", "who");

	private final StanfordCoreNLP pipeline;
	private final QuoteAnnotator quotes;

	private CoreNlpQuoteBaseline(Properties props) {
		pipeline = new StanfordCoreNLP(props);
		quotes = new QuoteAnnotator("quote", props, false);
	}

	/** The settings, as printed with the table. */
	static final String SETTINGS = "annotators tokenize,ssplit,pos,lemma,ner; ssplit.newlineIsSentenceBreak=two; quote.singleQuotes=true; "
			+ "quote.attribution.useCoref=false, no coref annotator";

	static Properties properties() {
		var props = new Properties();
		// What the quote attribution needs (it runs its own dependency parser on the quotation-free sentences).
		props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
		// The articles' paragraphs are separated by a blank line; a title without a full stop ends there.
		props.setProperty("ssplit.newlineIsSentenceBreak", "two");
		// British papers quote with single marks, off by default.
		props.setProperty("quote.singleQuotes", "true");
		props.setProperty("quote.attribution.useCoref", "false");
		return props;
	}

	public static void main(String[] args) throws Exception {
		var root = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : ".").toAbsolutePath().normalize();
		boolean verbose = List.of(args).contains("--verbose");
		var set = FactSource.read("file:" + root.resolve("data/facts"));

		// the rules first, exactly as tools/ingest-benchmark prints them, before CoreNLP fills the heap
		var rules = IngestBenchmark.rules(root, set);
		System.out.println("Rules (org.accountabilitygraph.ingest):");
		System.out.println();
		IngestBenchmark.print(rules, verbose);

		var heap = new HeapSampler();
		long start = System.nanoTime();
		var props = properties();
		var baseline = new CoreNlpQuoteBaseline(props);
		long loadMs = (System.nanoTime() - start) / 1_000_000;
		System.gc();
		long loadedMb = usedMb();

		var rows = new ArrayList<Run>();
		for (int round = 0; round < 2; round++) {
			rows.clear();
			for (var file : set.files()) {
				rows.add(baseline.score(root, set, file, heap));
			}
		}
		System.out.println();
		System.out.println("Stanford CoreNLP 4.5.10 quote attribution (" + SETTINGS + "; speakers matched by exact name or alias, "
				+ "or surname, against the registry, the other four files and CoreNLP's own PERSON names):");
		System.out.println();
		IngestBenchmark.print(rows.stream().map(Run::score).toList(), verbose);
		System.out.println();
		for (var row : rows) {
			System.out.printf(Locale.ROOT, "%s: %d ms, peak heap in use %d MB%n", row.score().article, row.score().ms, row.peakMb());
		}
		if (verbose) {
			System.out.println();
			rows.forEach(r -> r.quotes().forEach(q -> System.out.println(r.score().article + ": " + q)));
		}

		// the curated quotations alone, which is all a quote annotator can find
		System.out.println();
		System.out.println("| article | curated quotations (kind: quote) | found by the rules (overlap) | speaker right | found by CoreNLP (overlap) | speaker right |");
		System.out.println("|---|---|---|---|---|---|");
		int[] total = new int[5];
		for (int i = 0; i < rows.size(); i++) {
			var r = rules.get(i).quotations;
			var c = rows.get(i).score().quotations;
			int[] line = {r.curated, r.overlapping, r.speakerRight, c.overlapping, c.speakerRight};
			for (int k = 0; k < 5; k++) {
				total[k] += line[k];
			}
			System.out.println(quotationLine(rows.get(i).score().article, line));
		}
		System.out.println(quotationLine("overall", total));

		var runtime = Runtime.getRuntime();
		System.out.printf(Locale.ROOT,
				"%nJava %s, %d processors, max heap %d MB; CoreNLP's models loaded in %d ms, heap in use after loading %d MB (after a GC); "
						+ "per-article times after one warm-up pass; peak heap sampled every 10 ms, garbage included; %s%n",
				System.getProperty("java.version"), runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024), loadMs, loadedMb,
				LocalDate.now());
		heap.stop();
	}

	private static String quotationLine(String article, int[] n) {
		return String.format(Locale.ROOT, "| %s | %d | %d | %d/%d | %d | %d/%d |", article, n[0], n[1], n[2], n[1], n[3], n[4], n[3]);
	}

	record Run(IngestBenchmark.Score score, long peakMb, List<String> quotes) {
	}

	private Run score(Path root, FactSet set, FactFile held, HeapSampler heap) throws Exception {
		var source = String.valueOf(held.article().get("sourceFile"));
		var text = Files.readString(root.resolve(source), StandardCharsets.UTF_8);
		var known = IngestBenchmark.known(set, held);
		var gold = IngestBenchmark.curated(root, held);

		heap.reset();
		long start = System.nanoTime();
		var doc = new Annotation(text);
		pipeline.annotate(doc);
		// 4.5.10 reads CoreNLP's coref chains even with useCoref=false (QuoteAttributionUtils.setupCoref): none here
		doc.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
		quotes.annotate(doc);
		long ms = (System.nanoTime() - start) / 1_000_000;
		long peak = heap.peakMb();

		var persons = new ArrayList<int[]>();
		for (var m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
			if ("PERSON".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
				persons.add(new int[] {m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
						m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)});
			}
		}
		var proposed = new ArrayList<IngestBenchmark.Found>();
		var proposedNames = new LinkedHashMap<String, Set<String>>();
		var described = new ArrayList<String>();
		List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
		for (var q : found == null ? List.<CoreMap>of() : found) {
			int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
			int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
			var quoted = text.substring(begin, end);
			var words = MARKS.matcher(quoted).replaceAll("");
			int from = begin + quoted.indexOf(words);
			var speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
			var mention = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
			var type = q.get(QuoteAttributionAnnotator.MentionTypeAnnotation.class);
			var said = speaker != null ? speaker : mention;
			var ids = new HashSet<String>();
			if (said != null) {
				var id = resolve(said, speaker == null ? type : "name", text, begin, persons, known, proposedNames);
				ids.add(id);
			}
			var id = "corenlp-" + (proposed.size() + 1);
			proposed.add(new IngestBenchmark.Found(id, words, new IngestBenchmark.Span(from, from + words.length()), ids, Set.of()));
			described.add(String.format(Locale.ROOT, "%s %s: speaker %s, mention %s (%s, %s) -> %s", id, abbreviate(words), speaker,
					mention, type, q.get(QuoteAttributionAnnotator.MentionSieveAnnotation.class), ids));
		}

		var score = IngestBenchmark.Score.of(held.articleId(), true);
		score.ms = ms;
		var curated = IngestBenchmark.found(text, gold);
		var goldNames = IngestBenchmark.names(gold, known);
		IngestBenchmark.statements(curated, goldNames, proposed, proposedNames, score);
		IngestBenchmark.statements(IngestBenchmark.quotations(curated, gold), goldNames, proposed, proposedNames, score.quotations);
		return new Run(score, peak, described);
	}

	/**
	 * The id of the entity a speaker string names, its names put in {@code names} for the scorer: an exact name or
	 * alias of a known entity; a surname (with or without "Mr", ...) read as the last full PERSON name CoreNLP found
	 * before the quotation with that surname (else the first after it, else the only known person of that surname),
	 * then matched exactly; otherwise a new entity known by the string, which still matches a curated entity of the
	 * same name that the graph did not know. An unresolved pronoun names nobody: a wrong speaker.
	 */
	static String resolve(String said, String type, String text, int quoteStart, List<int[]> persons, KnownEntities known,
			Map<String, Set<String>> names) {
		var s = said.replaceAll("\\s+", " ").strip();
		if ("pronoun".equals(type) || PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
			names.put("pronoun:" + s, Set.of());
			return "pronoun:" + s;
		}
		var bare = HONORIFIC.matcher(s).replaceFirst("");
		String named = bare;
		if (!bare.contains(" ")) {
			String before = null;
			String after = null;
			for (var p : persons) {
				var name = text.substring(p[0], p[1]).replaceAll("\\s+", " ");
				if (name.contains(" ") && surname(name).equalsIgnoreCase(bare)) {
					if (p[0] < quoteStart) {
						before = name;
					}
					else if (after == null) {
						after = name;
					}
				}
			}
			named = before != null ? before : after != null ? after : bare;
		}
		var full = named;
		for (var candidate : List.of(s, full)) {
			var exact = exact(candidate, known);
			if (exact != null) {
				var set = new HashSet<String>();
				set.add(IngestBenchmark.name(exact.name()));
				exact.aliases().forEach(a -> set.add(IngestBenchmark.name(a)));
				names.put(exact.id(), set);
				return exact.id();
			}
		}
		if (!full.contains(" ")) {
			var bySurname = known.all().stream().filter(e -> e.labels().contains("Person") && surname(e.name()).equalsIgnoreCase(full)).toList();
			if (bySurname.size() == 1) {
				names.put(bySurname.get(0).id(), Set.of(IngestBenchmark.name(bySurname.get(0).name())));
				return bySurname.get(0).id();
			}
		}
		var id = "new:" + full;
		var set = new HashSet<String>();
		set.add(IngestBenchmark.name(full));
		if ("animate noun".equals(type)) {
			// an unnamed speaker ("the spokesman") is compared by its words, as the rules' unnamed speakers are
			set.add("~" + IngestBenchmark.name(s));
		}
		names.put(id, set);
		return id;
	}

	private static KnownEntity exact(String name, KnownEntities known) {
		var key = name.toLowerCase(Locale.ROOT).replace('’', '\'');
		var found = known.all().stream()
			.filter(e -> e.name().toLowerCase(Locale.ROOT).replace('’', '\'').equals(key)
					|| e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).replace('’', '\'').equals(key)))
			.toList();
		return found.size() == 1 ? found.get(0) : null;
	}

	private static String surname(String name) {
		var words = name.strip().split("\\s+");
		return words[words.length - 1];
	}

	private static String abbreviate(String text) {
		var t = text.replaceAll("\\s+", " ");
		return "'" + (t.length() <= 70 ? t : t.substring(0, 45) + " ... " + t.substring(t.length() - 20)) + "'";
	}

	private static long usedMb() {
		var runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
	}

	/** The heap in use, sampled every 10 ms on a daemon thread; its peak since the last reset. */
	static final class HeapSampler {
		private final java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		private volatile long peak;
		private volatile boolean running = true;

		HeapSampler() {
			var thread = new Thread(() -> {
				while (running) {
					peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
					try {
						Thread.sleep(10);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "heap-sampler");
			thread.setDaemon(true);
			thread.start();
		}

		void reset() {
			peak = memory.getHeapMemoryUsage().getUsed();
		}

		long peakMb() {
			return Math.max(peak, memory.getHeapMemoryUsage().getUsed()) / (1024 * 1024);
		}

		void stop() {
			running = false;
		}
	}
}
