package org.accountabilitygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;
import org.accountabilitygraph.ApplicationOnLoadedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * One request must not cost the server much, however it is asked. The database runs in this JVM, so
 * the process's CPU time around a request is what the request cost the application and Neo4j
 * together. CPU time, not wall time: a busy machine slows a request down but does not make it burn
 * more CPU, so the budgets hold on a loaded two-core machine.
 */
@Isolated("it measures the CPU time of the whole JVM")
class RequestCostIT extends ApplicationOnLoadedGraph {

	private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

	private static final int REQUESTS = 5;

	@Test
	void neighbourhoodCostsLittleAtAnyDepth() {
		var millis = new long[5];
		for (var depth : new int[] { 1, 4 }) {
			var url = "/api/entities/nsft/neighbourhood?depth=" + depth;
			for (int i = 0; i < 3; i++) {
				assertThat(get(url).status()).as(url).isEqualTo(200); // warm up: plans and JIT are paid once
			}
			long before = OS.getProcessCpuTime();
			for (int i = 0; i < REQUESTS; i++) {
				assertThat(get(url).status()).as(url).isEqualTo(200);
			}
			millis[depth] = (OS.getProcessCpuTime() - before) / 1_000_000 / REQUESTS;
			System.out.printf("neighbourhood of nsft at depth %d: %d ms CPU per request%n", depth, millis[depth]);
		}
		// Before the query was bounded by the depth, each cost 1.4 to 1.9 s at any depth.
		assertThat(millis[1]).as("CPU ms per request at depth 1").isLessThan(500);
		assertThat(millis[4]).as("CPU ms per request at depth 4").isLessThan(500);
	}
}
