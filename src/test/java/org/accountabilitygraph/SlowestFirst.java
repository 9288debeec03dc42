package org.accountabilitygraph;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The integration test classes run side by side (failsafe's JUnit configuration in the pom): the
 * slowest start first, so that they do not begin last and leave one long tail running alone. The rest
 * keep their names' order. Only the order changes; every class runs.
 */
public final class SlowestFirst implements ClassOrderer {

	/** Measured: those that start and stop child applications and new stores, then the biggest of the rest. */
	private static final List<String> SLOWEST = List.of("CrashRecoveryIT", "StoreProblemsIT", "GraphLoadingIT",
			"SecurityIT", "ApplicationIT", "WebPageIT", "BoundedQueriesIT", "HostileInputIT", "GraphApiIT");

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors().sort(Comparator.comparingInt((org.junit.jupiter.api.ClassDescriptor d) -> {
			int index = SLOWEST.indexOf(d.getTestClass().getSimpleName());
			return index < 0 ? SLOWEST.size() : index;
		}).thenComparing(d -> d.getTestClass().getName()));
	}
}
