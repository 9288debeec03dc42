package org.accountabilitygraph;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The integration test classes run side by side (failsafe's JUnit configuration in the pom): the
 * slowest start first, so that they do not begin last and leave one long tail running alone. The rest
 * keep their names' order. Only the order changes; every class runs.
 * <p>
 * JUnit's thread that lists the classes takes them from the end of this order, the other threads
 * from its start: GraphLoadingIT, which loads the most in this JVM and has no timeouts, is put last,
 * so that the read-only classes, whose queries run under the application's 5 s timeout, do not start
 * in a cold JVM while every other thread is starting databases too.
 */
public final class SlowestFirst implements ClassOrderer {

	/**
	 * Measured (the clean-clone run of 2026-12-02 15:04, 15:49 in all): those that start and stop child applications
	 * and new stores, then the biggest of the rest. LauncherIT (182 s) and FocusedListPagesIT (229 s) were not here and
	 * began in the last minutes of that run, which ended with them running alone.
	 */
	private static final List<String> SLOWEST = List.of("CrashRecoveryIT", "LauncherIT", "FocusedListPagesIT",
			"StoreProblemsIT", "BulkLoadIT", "HostileInputIT", "TablesIT", "NetworkReadingIT", "AccessibilityIT", "SecurityIT",
			"ApplicationIT", "WebPageIT", "BoundedQueriesIT", "GraphApiIT");

	private static final String LAST = "GraphLoadingIT";

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors().sort(Comparator.comparingInt((org.junit.jupiter.api.ClassDescriptor d) -> {
			var name = d.getTestClass().getSimpleName();
			int index = SLOWEST.indexOf(name);
			return name.equals(LAST) ? SLOWEST.size() + 1 : index < 0 ? SLOWEST.size() : index;
		}).thenComparing(d -> d.getTestClass().getName()));
	}
}
