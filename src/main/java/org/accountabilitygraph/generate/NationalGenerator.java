package org.accountabilitygraph.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Writes a synthetic national graph in the project's own fact form, under {@code out/data/}, laid out as the
 * project's {@code data/} is (each fact file's {@code sourceFile} is {@code data/articles/...}, relative to the
 * folder above {@code data/}): {@code data/facts/registry.yaml} (the world: trusts, their leaders, MPs,
 * constituencies, parties, regulators, inspections, decisions, campaigns, newspapers), and for each article
 * {@code data/articles/<number>_<hash>.txt} and {@code data/facts/R<version>__Article_<short>.yaml}.
 * <p>
 * Deterministic: the same options give byte-identical files, whatever the number of threads, as each article
 * depends only on the seed, its number and the world. Streaming: each article is written as soon as it is made
 * and then forgotten, so memory does not grow with the number of statements.
 */
public final class NationalGenerator {

	/** What to generate. */
	public record Options(long seed, int trusts, int mps, int articles, long statements, int threads) {
		public Options {
			if (articles < 1) {
				throw new IllegalArgumentException("--articles must be at least 1");
			}
			if (statements < 0 || statements / articles > 90) {
				throw new IllegalArgumentException("--statements must be between 0 and 90 times --articles");
			}
		}
	}

	/** What was written. */
	public record Summary(int articles, long statements, long entities, long mentions, long facts, long bytes,
			double seconds) {
		public String describe() {
			return "%,d articles, %,d statements, %,d registry entities; %,d mentions and %,d facts in the fact files; %,d MB written in %.1f s (%,.0f articles/s)"
				.formatted(articles, statements, entities, mentions, facts, bytes / 1_000_000, seconds, articles / seconds);
		}
	}

	/** Version numbers of the fact files start here, so they all have the same number of digits. */
	static final int FIRST_VERSION = 100_001;

	private final Options options;
	private final World world;
	private final ArticleGenerator articles;

	public NationalGenerator(Options options) {
		this.options = options;
		this.world = new World(options.seed(), options.trusts(), options.mps());
		this.articles = new ArticleGenerator(world, options.seed());
	}

	/**
	 * Writes everything under {@code out}.
	 * @param force replace the {@code data/facts} and {@code data/articles} of a folder that is not empty
	 * @param progress where a line of progress goes every few seconds
	 */
	public Summary generate(Path out, boolean force, PrintStream progress) throws IOException {
		var facts = out.resolve("data/facts");
		var texts = out.resolve("data/articles");
		prepare(out, force, facts, texts);
		long started = System.nanoTime();
		var registry = registry();
		Files.writeString(facts.resolve("registry.yaml"), registry);
		for (var schema : new String[] { "fact-file.schema.json", "registry.schema.json" }) {
			try (InputStream in = getClass().getResourceAsStream("/data/facts/" + schema)) {
				if (in != null) {
					Files.copy(in, facts.resolve(schema));
				}
			}
		}
		int[] counts = statementCounts();
		var next = new AtomicInteger();
		var done = new AtomicInteger();
		var statements = new LongAdder();
		var mentions = new LongAdder();
		var factCount = new LongAdder();
		var bytes = new LongAdder();
		bytes.add(registry.length());
		var failure = new AtomicReference<Throwable>();
		int width = Math.max(3, Integer.toString(options.articles() - 1).length());
		var workers = Executors.newFixedThreadPool(options.threads());
		var reporter = Executors.newSingleThreadScheduledExecutor();
		reporter.scheduleAtFixedRate(() -> progress.println(progressLine(done.get(), statements.sum(), bytes.sum(), started)),
				5, 5, TimeUnit.SECONDS);
		try {
			for (int t = 0; t < options.threads(); t++) {
				workers.execute(() -> {
					try {
						for (int i = next.getAndIncrement(); i < options.articles() && failure.get() == null; i = next.getAndIncrement()) {
							var article = articles.article(i, counts[i]);
							var text = article.text().getBytes(StandardCharsets.UTF_8);
							var name = ("%0" + width + "d_%s%s.txt").formatted(i, article.shortId, sha256(text).substring(0, 8));
							var yaml = factFile(article, "data/articles/" + name).getBytes(StandardCharsets.UTF_8);
							Files.write(texts.resolve(name), text);
							Files.write(facts.resolve("R" + (FIRST_VERSION + i) + "__Article_" + article.shortId + ".yaml"), yaml);
							statements.add(article.statementCount());
							mentions.add(article.mentions().size());
							factCount.add(article.facts().size());
							bytes.add(text.length + yaml.length);
							done.incrementAndGet();
						}
					}
					catch (Throwable ex) {
						failure.compareAndSet(null, ex);
					}
				});
			}
			workers.shutdown();
			workers.awaitTermination(365, TimeUnit.DAYS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
		finally {
			workers.shutdownNow();
			reporter.shutdownNow();
		}
		if (failure.get() instanceof IOException io) {
			throw io;
		}
		if (failure.get() != null) {
			throw new IllegalStateException("Generating failed: " + failure.get(), failure.get());
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Summary(options.articles(), statements.sum(), world.entities.size(), mentions.sum(), factCount.sum(),
				bytes.sum(), seconds);
	}

	private String progressLine(int done, long statements, long bytes, long started) {
		double seconds = (System.nanoTime() - started) / 1e9;
		double rate = done / seconds;
		long left = rate > 0 ? Math.round((options.articles() - done) / rate) : -1;
		return "generate: %,d of %,d articles (%d%%), %,d statements, %,d MB, %,.0f articles/s, about %s left"
			.formatted(done, options.articles(), 100L * done / options.articles(), statements, bytes / 1_000_000, rate,
					left < 0 ? "?" : left / 60 + " min " + left % 60 + " s");
	}

	/** The output folder must be empty, or its generated data is replaced when forced. */
	private static void prepare(Path out, boolean force, Path facts, Path texts) throws IOException {
		if (Files.isDirectory(out)) {
			boolean empty;
			try (var entries = Files.list(out)) {
				empty = entries.findAny().isEmpty();
			}
			if (!empty && !force) {
				throw new IllegalArgumentException(out + " is not empty: choose an empty or new folder, or add --force to "
						+ "replace its data/facts and data/articles");
			}
			for (var folder : new Path[] { facts, texts }) {
				if (Files.exists(folder)) {
					try (Stream<Path> files = Files.walk(folder)) {
						for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
							Files.delete(file);
						}
					}
				}
			}
		}
		Files.createDirectories(facts);
		Files.createDirectories(texts);
	}

	/**
	 * How many statements each article holds: exactly {@code statements} in all, spread unevenly (an article
	 * gives some of its share to another at random), the same for a seed.
	 */
	int[] statementCounts() {
		int n = options.articles();
		var counts = new int[n];
		long base = options.statements() / n;
		long rest = options.statements() % n;
		for (int i = 0; i < n; i++) {
			counts[i] = (int) base + (i < rest ? 1 : 0);
		}
		var random = new SplittableRandom(options.seed() ^ 0x5DEECE66DL);
		for (int k = 0; k < n; k++) {
			int from = random.nextInt(n);
			int to = random.nextInt(n);
			int move = Math.min(counts[from], random.nextInt(4));
			counts[from] -= move;
			counts[to] += move;
		}
		return counts;
	}

	String registry() {
		var yaml = new FactYaml()
			.comment("A synthetic national graph: invented trusts, people, parties, constituencies, regulators and newspapers,")
			.comment("written by tools/generate --seed %d --trusts %d --mps %d. Nothing in it is real."
				.formatted(options.seed(), options.trusts(), options.mps()))
			.comment("Every entity more than one article may mention, defined once. Schema: registry.schema.json.")
			.section("entities");
		for (var entity : world.entities) {
			yaml.entry(true, "", "id", entity.id()).labels(entity.labels()).entry(false, "  ", "name", entity.name())
				.properties("  ", entity.properties());
		}
		return yaml.toString();
	}

	String factFile(ArticleBuilder article, String sourceFile) {
		var yaml = new FactYaml()
			.comment("Facts of " + sourceFile + ", a synthetic article (tools/generate --seed " + options.seed() + "): every")
			.comment("entity it mentions (with the sentence that mentions it) and every fact it states, each with its evidence.")
			.section("article");
		yaml.properties("  ", World.props("id", article.articleId, "title", article.title, "titleInferred", true,
				"publisher", article.publisher, "sourceFile", sourceFile, "date", article.date, "datePrecision", "day",
				"dateReasoning", "Synthetic: the day tools/generate gave the article; its statements are dated the same day.",
				"synthetic", true));
		yaml.section("entities");
		for (var mention : article.mentions()) {
			yaml.entry(true, "", "id", mention.id());
			if (!mention.labels().isEmpty()) {
				yaml.labels(mention.labels());
			}
			yaml.entry(false, "  ", "mentioned", mention.mentioned()).properties("  ", mention.properties());
		}
		yaml.section("facts");
		for (var fact : article.facts()) {
			yaml.entry(true, "", "type", fact.type()).entry(false, "  ", "from", fact.from()).entry(false, "  ", "to", fact.to())
				.properties("  ", fact.properties()).entry(false, "  ", "evidence", fact.evidence());
		}
		return yaml.toString();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
