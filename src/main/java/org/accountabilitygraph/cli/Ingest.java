package org.accountabilitygraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.accountabilitygraph.facts.FactSource;
import org.accountabilitygraph.facts.FactSet;
import org.accountabilitygraph.ingest.Ingester;
import org.accountabilitygraph.ingest.InvalidArticleException;
import org.accountabilitygraph.ingest.KnownEntities;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * For curators: proposes the fact file of a new article, resolved against the names the fact files already
 * know, and checks it as {@code tools/check-article} would once accepted. Prints it (or writes it to
 * {@code -o}); never writes into the facts folder.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = "Proposes an article's fact file (people, organisations, quotations, reported speech, speakers, date) for review.")
public final class Ingest implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "ARTICLE", description = "the article, plain UTF-8 text")
	Path article;

	@Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the proposal here instead of printing it")
	Path output;

	@Option(names = "--facts", defaultValue = "data/facts", description = "the folder of fact files to resolve against (default: ${DEFAULT-VALUE})")
	Path folder;

	@Override
	public Integer call() throws IOException {
		var facts = folder.toAbsolutePath().normalize();
		if (output != null && output.toAbsolutePath().normalize().startsWith(facts)) {
			System.err.println("ingest: a proposal is not written into " + folder + "; accepting it does that.");
			return 2;
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(article);
		}
		catch (IOException ex) {
			System.err.println("ingest: cannot read " + article + ": " + ex.getMessage());
			return 1;
		}
		var location = "file:" + facts;
		FactSet set = FactSource.read(location);
		var name = article.getFileName().toString();
		var existing = set.files().stream().filter(f -> name.equals(sourceName(f.article().get("sourceFile")))).findFirst();
		int version = existing.map(f -> Integer.parseInt(f.version().substring(1)))
			.orElse(set.files().stream().mapToInt(f -> Integer.parseInt(f.version().substring(1))).max().orElse(100) + 1);
		var known = KnownEntities.of(set, f -> existing.isEmpty() || f != existing.get());
		try {
			long start = System.nanoTime();
			var proposal = new Ingester(known).ingest(name, version, bytes);
			var problems = FactSource.checkProposal(location, proposal.fileName(), proposal.yaml(), proposal.registryAdditions(),
					new String(bytes, StandardCharsets.UTF_8));
			if (output != null) {
				Files.writeString(output, proposal.yaml());
			}
			else {
				System.out.print(proposal.yaml());
			}
			System.err.printf("ingest: %s proposed in %d ms: %d entities, %d facts, %d uncertain choices to review%s%n",
					proposal.fileName(), (System.nanoTime() - start) / 1_000_000, ((java.util.List<?>) proposal.factFile().get("entities")).size(),
					((java.util.List<?>) proposal.factFile().get("facts")).size(), proposal.review().size(),
					output == null ? "" : "; written to " + output);
			problems.forEach(p -> System.err.println("PROBLEM " + p));
			return problems.isEmpty() ? 0 : 3;
		}
		catch (InvalidArticleException ex) {
			System.err.println("ingest: " + article + ": " + ex.getMessage());
			return 1;
		}
	}

	private static String sourceName(Object sourceFile) {
		return sourceFile instanceof String s ? Path.of(s).getFileName().toString() : null;
	}

	public static void main(String[] args) {
		System.exit(new CommandLine(new Ingest()).execute(args));
	}
}
