package org.accountabilitygraph.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ac.simons.neo4j.migrations.core.CypherResource;
import org.accountabilitygraph.facts.FactFileException;
import org.accountabilitygraph.facts.FactLoader;
import org.accountabilitygraph.facts.FactSet;
import org.accountabilitygraph.facts.FactSource;

/**
 * Loads a whole folder of fact files into an empty database at once: the articles in batches, many to a
 * transaction, through the loader statements of {@code cypher/load/} (the normal load's, each planned once, but for
 * step 1: an empty database has nothing to take back), with what each article loads derived by {@link FactSet} as for
 * the normal load; then the schema scripts and the index of facts by article. The
 * graph is the one the normal load ({@link GraphLoader}) gives, without neo4j-migrations' record of each article.
 * <p>
 * The schema scripts' constraints and indexes are made after the data, so that Neo4j builds each once from the
 * loaded nodes instead of updating it with every write (about a tenth of the writing time, measured); only the
 * loader's own {@code :Entity(id)} constraint, which every statement looks nodes up by, comes first.
 */
public final class BulkLoader {

	/** Articles per transaction: measured on 20,000 generated articles, 250 wrote faster than 1,000 (and 100). */
	public static final int DEFAULT_BATCH = 250;

	/** What was loaded, and how long each part took. */
	public record Report(int articles, long nodes, long relationships, double readSeconds, double writeSeconds,
			double schemaSeconds) {

		public long facts() {
			return nodes + relationships;
		}

		/** Nodes and relationships created per second of writing. */
		public double factsPerSecond() {
			return facts() / writeSeconds;
		}

		public double seconds() {
			return readSeconds + writeSeconds + schemaSeconds;
		}

		public String describe() {
			return """
					Loaded %,d articles: %,d nodes and %,d relationships created (%,d facts)
					  reading and checking the files %8.1f s
					  writing                        %8.1f s  %,9.0f facts/s
					  schema and indexes             %8.1f s
					  in all                         %8.1f s  %,9.0f facts/s""".formatted(articles, nodes, relationships,
					facts(), readSeconds, writeSeconds, factsPerSecond(), schemaSeconds, seconds(), facts() / seconds());
		}
	}

	private static final String SCHEMA_LOCATION = "classpath:cypher/migrations";
	private static final long PROGRESS_SECONDS = 5;

	private final BulkTarget target;
	private final int batchSize;
	private final PrintStream progress;

	/**
	 * @param batchSize articles per transaction
	 * @param progress  where a line of progress goes every few seconds
	 */
	public BulkLoader(BulkTarget target, int batchSize, PrintStream progress) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("a batch holds at least one article");
		}
		this.target = target;
		this.batchSize = batchSize;
		this.progress = progress;
	}

	/**
	 * Reads and checks every file of {@code factsLocation} ({@code file:/abs/folder}), then loads them.
	 * @throws FactFileException when a file has problems: nothing is written then
	 * @throws IllegalStateException when the database is not empty
	 */
	public Report load(String factsLocation) throws InterruptedException {
		if (target.nodeCount() > 0) {
			throw new IllegalStateException("The database is not empty: a bulk load needs an empty one "
					+ "(a new store folder, or delete its contents)");
		}
		long started = System.nanoTime();
		var facts = read(factsLocation);
		if (!facts.problems().isEmpty()) {
			throw new FactFileException(facts.problems());
		}
		double readSeconds = seconds(started);
		progress.printf("bulk-load: %,d fact files read and checked in %.1f s%n", facts.files().size(), readSeconds);
		FactLoader.preparation().forEach(target::run);
		long writing = System.nanoTime();
		var written = write(facts);
		double writeSeconds = seconds(writing);
		progress.printf("bulk-load: written in %.1f s; making the schema's constraints and indexes%n", writeSeconds);
		long indexing = System.nanoTime();
		schema().forEach(target::run);
		FactLoader.factIndexes().forEach(target::run);
		target.run("CALL db.awaitIndexes(86400)");
		return new Report(facts.files().size(), written.nodes(), written.relationships(), readSeconds, writeSeconds,
				seconds(indexing));
	}

	private FactSet read(String location) {
		var read = new AtomicInteger();
		long started = System.nanoTime();
		var reporter = Executors.newSingleThreadScheduledExecutor();
		reporter.scheduleAtFixedRate(() -> progress.printf("bulk-load: reading the fact files: %,d read, %,.0f files/s%n",
				read.get(), read.get() / seconds(started)), PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
		try {
			return FactSource.read(location, read::incrementAndGet);
		}
		finally {
			reporter.shutdownNow();
		}
	}

	/** The statements of the schema scripts ({@code V*.cypher}), in version order. */
	static List<String> schema() {
		var scripts = new ArrayList<>(ScriptScanner.resources(SCHEMA_LOCATION).stream()
			.filter(url -> ScriptScanner.fileName(url).matches("V\\d+__.*\\.cypher")).toList());
		scripts.sort(Comparator.comparingInt(url -> Integer.parseInt(ScriptScanner.fileName(url).replaceAll("^V(\\d+)__.*", "$1"))));
		var statements = new ArrayList<String>();
		scripts.forEach(url -> statements.addAll(CypherResource.of(url).getExecutableStatements()));
		return statements;
	}

	private record Batch(int articles, List<Map<String, Object>> parameters) {
	}

	private static final Batch END = new Batch(0, List.of());

	/**
	 * Derives the parameters of the next batches on a thread of their own while a batch is written: the
	 * writing is one transaction at a time (every article updates the shared nodes of its trust and speakers,
	 * so two writers would wait on each other's locks), and the other core derives and runs Neo4j's own work.
	 */
	private BulkTarget.Written write(FactSet facts) throws InterruptedException {
		var files = facts.files();
		BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(4);
		var deriving = Executors.newSingleThreadExecutor();
		var reporter = Executors.newSingleThreadScheduledExecutor();
		var done = new AtomicInteger();
		var created = new AtomicLong();
		long started = System.nanoTime();
		var derived = deriving.submit(() -> {
			for (int from = 0; from < files.size(); from += batchSize) {
				var parameters = new ArrayList<Map<String, Object>>();
				for (var file : files.subList(from, Math.min(files.size(), from + batchSize))) {
					parameters.add(facts.parameters(file));
				}
				queue.put(new Batch(parameters.size(), parameters));
			}
			queue.put(END);
			return null;
		});
		reporter.scheduleAtFixedRate(() -> progress.println(progressLine(done.get(), files.size(), created.get(), started)),
				PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
		var written = new BulkTarget.Written(0, 0);
		try {
			for (var batch = queue.take(); batch != END; batch = queue.take()) {
				var now = target.write(FactLoader.writingStatements(), FactLoader.batch(batch.parameters()));
				written = written.plus(now);
				created.addAndGet(now.nodes() + now.relationships());
				done.addAndGet(batch.articles());
			}
			derived.get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Deriving what the articles load failed: " + ex.getCause(), ex.getCause());
		}
		finally {
			deriving.shutdownNow();
			reporter.shutdownNow();
		}
		return written;
	}

	private static String progressLine(int done, int total, long facts, long started) {
		double seconds = seconds(started);
		long left = done > 0 ? Math.round(seconds * (total - done) / done) : -1;
		return "bulk-load: %,d of %,d articles (%d%%), %,d facts written, %,.0f facts/s, about %s left".formatted(done,
				total, 100L * done / Math.max(1, total), facts, facts / seconds,
				left < 0 ? "?" : left / 60 + " min " + left % 60 + " s");
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}
}
