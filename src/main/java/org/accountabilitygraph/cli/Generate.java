package org.accountabilitygraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.accountabilitygraph.generate.NationalGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a synthetic national graph as fact files and articles ({@link NationalGenerator}). */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Writes a synthetic national graph in the project's fact form: OUT/data/facts/ (registry.yaml and one "
				+ "fact file per article) and OUT/data/articles/. The same options give byte-identical files.",
			"Check it with tools/check-article --facts OUT/data/facts; load it with tools/bulk-load --facts OUT/data/facts." })
public final class Generate implements Callable<Integer> {

	@Option(names = "--out", required = true, description = "the folder to write into (must be empty, or use --force)")
	Path out;

	@Option(names = "--force", description = "replace the data/facts and data/articles of a folder that is not empty")
	boolean force;

	@Option(names = "--seed", defaultValue = "1", description = "the seed (default: ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--trusts", defaultValue = "54", description = "mental health trusts (default: ${DEFAULT-VALUE})")
	int trusts;

	@Option(names = "--mps", defaultValue = "650", description = "MPs, one per constituency (default: ${DEFAULT-VALUE})")
	int mps;

	@Option(names = "--articles", defaultValue = "200000", description = "articles (default: ${DEFAULT-VALUE})")
	int articles;

	@Option(names = "--statements", defaultValue = "1000000", description = "statements in all (default: ${DEFAULT-VALUE})")
	long statements;

	@Option(names = "--threads", description = "threads writing articles (default: one per core)")
	int threads = Runtime.getRuntime().availableProcessors();

	@Override
	public Integer call() throws IOException {
		try {
			var generator = new NationalGenerator(new NationalGenerator.Options(seed, trusts, mps, articles, statements, threads));
			var summary = generator.generate(out, force, System.err);
			System.out.println("Generated " + out.resolve("data") + ": " + summary.describe());
			return 0;
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
	}

	public static void main(String[] args) {
		System.exit(new CommandLine(new Generate()).execute(args));
	}
}
