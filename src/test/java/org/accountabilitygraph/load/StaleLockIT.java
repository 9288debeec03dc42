package org.accountabilitygraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accountabilitygraph.AccountabilityGraphApplication;
import org.accountabilitygraph.LoadedGraph;
import org.accountabilitygraph.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A neo4j-migrations lock in an external database may belong to a loader that is running: it is
 * never removed there; the start stops and says how to remove it. (The embedded case, where it is
 * removed, is {@code server.CrashRecoveryIT}.)
 */
@ExtendWith(OutputCaptureExtension.class)
@Isolated("it reads everything the JVM prints while the application fails to start")
class StaleLockIT {

	private static final String LEFT_BY_A_KILLED_LOADER = """
			CREATE (:__Neo4jMigrationsLock {id: randomUUID(), name: 'John Doe'})""";

	@Test
	void aLockInAnExternalDatabaseStopsTheStartWithTheCypherToRemoveIt(CapturedOutput output) {
		try (var scratch = ScratchDatabase.borrow()) {
			var driver = scratch.driver();
			driver.executableQuery(LEFT_BY_A_KILLED_LOADER).execute();
			assertThatExceptionOfType(StaleLockException.class)
				.isThrownBy(() -> new GraphLoader(driver, LoadedGraph.SCRIPTS, LoadedGraph.FACTS).load());

			assertThatThrownBy(() -> SpringApplication.run(AccountabilityGraphApplication.class,
					"--spring.neo4j.uri=" + scratch.boltUri(), "--server.port=0"))
				.isInstanceOf(StaleLockException.class);
			var failure = output.getOut().substring(output.getOut().indexOf("APPLICATION FAILED TO START"));
			assertThat(failure).contains("__Neo4jMigrationsLock")
				.contains("MATCH (lock:__Neo4jMigrationsLock) DELETE lock")
				.doesNotContain("\tat ");
			assertThat(failure.lines().count()).isLessThan(20);
			// Still there: another loader may own it.
			assertThat(driver.executableQuery("MATCH (l:__Neo4jMigrationsLock) RETURN count(l) AS n").execute()
				.records().get(0).get("n").asLong()).isEqualTo(1);
		}
	}
}
