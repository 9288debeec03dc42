package org.accountabilitygraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.accountabilitygraph.ingest.CheckedProposal;
import org.accountabilitygraph.ingest.InvalidArticleException;
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
		try {
			long start = System.nanoTime();
			var checked = CheckedProposal.propose("file:" + facts, article.getFileName().toString(), bytes);
			var proposal = checked.proposal();
			var problems = checked.problems();
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

	public static void main(String[] args) {
		System.exit(new CommandLine(new Ingest()).execute(args));
	}
}
