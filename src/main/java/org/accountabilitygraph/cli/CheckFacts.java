package org.accountabilitygraph.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.concurrent.Callable;

import org.accountabilitygraph.facts.FactSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * For curators: checks fact files without a database. Reads the whole folder (an entity shared between
 * articles is checked against all of them) and reports each problem with its file and line.
 */
@Command(name = "check-article", mixinStandardHelpOptions = true,
		description = "Checks fact files: their shape, ids, the registry, and every evidence span against its article.")
public final class CheckFacts implements Callable<Integer> {

	@Parameters(arity = "0..*", paramLabel = "FILE", description = "fact files to report on (default: all in the folder)")
	Path[] files = new Path[0];

	@Option(names = "--facts", defaultValue = "data/facts", description = "the folder of fact files (default: ${DEFAULT-VALUE})")
	Path folder;

	@Override
	public Integer call() {
		var names = new HashSet<String>();
		for (var file : files) {
			names.add(file.getFileName().toString());
		}
		var problems = FactSource.check("file:" + folder.toAbsolutePath()).stream()
			.filter(p -> names.isEmpty() || names.contains(p.file()) || !p.file().startsWith("R"))
			.toList();
		problems.forEach(p -> System.out.println("PROBLEM " + p));
		System.out.println(problems.isEmpty() ? "OK: every fact is well formed and sourced."
				: "FAILED: " + problems.size() + " problem(s).");
		return problems.isEmpty() ? 0 : 1;
	}

	public static void main(String[] args) {
		System.exit(new CommandLine(new CheckFacts()).execute(args));
	}
}
