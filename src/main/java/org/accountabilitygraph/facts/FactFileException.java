package org.accountabilitygraph.facts;

import java.util.List;
import java.util.stream.Collectors;

/** Fact files that cannot be loaded: every problem found, each with its file and line. */
public final class FactFileException extends RuntimeException {

	private final List<Problem> problems;

	public FactFileException(List<Problem> problems) {
		super(problems.size() + " problem(s) in the fact files:\n"
				+ problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	FactFileException(Problem problem) {
		this(List.of(problem));
	}

	public List<Problem> problems() {
		return problems;
	}
}
