package org.accountabilitygraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.accountabilitygraph.ApplicationProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.springframework.util.FileSystemUtils;

/**
 * A store the application cannot use (disk full, read-only, a file broken by a crash) ends the start
 * quickly with a short message naming the folder and what to do, not a stack trace; an empty
 * {@code server_id} (a crash while Neo4j wrote it) is simply repaired. Needs root, for tmpfs mounts.
 * Each test has a store and an application of its own, so they run side by side (mostly waiting on them).
 */
@Execution(ExecutionMode.CONCURRENT)
class StoreProblemsIT {

	/** "Short": the failure analysis, and none of the 300 to 1,300 lines of stack trace seen before. */
	private static final int SHORT = 40;

	/** An empty store, made once and copied by the tests that need one (about 10 s to make). */
	@TempDir
	static Path template;

	@BeforeAll
	static void makeAStore() {
		new DatabaseManagementServiceBuilder(template.resolve("store"))
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(BoltConnector.enabled, false)
			.setConfig(HttpConnector.enabled, false)
			.build()
			.shutdown();
	}

	@Test
	void aDiskTooSmallForTheStoreIsRefusedAtOnceWithTheFolderAndTheRemedy(@TempDir Path mountPoint) throws Exception {
		mount(mountPoint, "size=8m");
		try (var app = ApplicationProcess.start(mountPoint)) {
			int exit = app.awaitExit(ApplicationProcess.START);
			System.out.println("Small disk, the application's output ends with:\n" + app.tail(8));
			assertThat(exit).isNotZero();
			assertShortExplanation(app, mountPoint.toString(), "is full", "--graph.embedded.data-directory");
		}
		finally {
			unmount(mountPoint);
		}
	}

	/**
	 * The disk fills up during the load (another program wrote a big file). Neo4j then retried flushing
	 * its page cache forever, and the JVM spun at 100% CPU without end.
	 */
	@Test
	void aDiskThatFillsUpWhileLoadingEndsTheProcessWithTheFolderAndTheRemedy(@TempDir Path mountPoint) throws Exception {
		mount(mountPoint, "size=24m");
		// The load is slowed down so that the disk surely fills before it ends.
		try (var app = ApplicationProcess.start(mountPoint, "--graph.delay-between-migrations=2s")) {
			app.awaitOutput("Loading the graph", ApplicationProcess.START);
			var free = Files.getFileStore(mountPoint).getUsableSpace();
			Files.write(mountPoint.resolve("ballast"), new byte[(int) (free - 256 * 1024)]);
			long started = System.nanoTime();
			int exit = app.awaitExit(ApplicationProcess.START);
			System.out.printf("Disk full while loading: the process ended %.0f s after the disk filled, exit %d, "
					+ "%d lines of output ending with:%n%s%n", (System.nanoTime() - started) / 1e9, exit,
					app.output().lines().count(), app.tail(8));
			assertThat(exit).isNotZero();
			assertThat(app.output()).contains("APPLICATION FAILED TO START")
				.contains("The disk holding the embedded store " + mountPoint + " is full")
				.contains("--graph.embedded.data-directory");
			// Neo4j prints one stack trace of its own (printStackTrace) when its page cache cannot write: about 85 lines
			// when the disk fills while it makes an index (the loader makes its indexes first), fewer during the load.
			assertThat(app.output().lines().count()).as("lines of output").isLessThan(SHORT + 100);
		}
		finally {
			unmount(mountPoint);
		}
	}

	@Test
	void aReadOnlyStoreIsExplainedInAFewLines(@TempDir Path mountPoint) throws Exception {
		mount(mountPoint, "size=64m");
		try {
			copyStore(mountPoint);
			remountReadOnly(mountPoint);
			try (var app = ApplicationProcess.start(mountPoint)) {
				int exit = app.awaitExit(ApplicationProcess.START);
				System.out.println("Read-only store, the application's output ends with:\n" + app.tail(12));
				assertThat(exit).isNotZero();
				assertShortExplanation(app, mountPoint.toString(), "Read-only file system", "remount it read-write",
						"--graph.embedded.data-directory");
			}
		}
		finally {
			unmount(mountPoint);
		}
	}

	@Test
	void anEmptyServerIdIsDeletedWithOneLineAndTheServerStarts(@TempDir Path store) throws Exception {
		copyStore(store);
		var serverId = store.resolve("data/server_id");
		Files.write(serverId, new byte[0]); // what a crash while Neo4j wrote it leaves
		try (var app = ApplicationProcess.start(store, "--graph.load-on-start=false")) {
			app.awaitOutput("Ready.", ApplicationProcess.START);
			assertThat(app.output().lines().filter(l -> l.contains("Deleted " + serverId))).hasSize(1);
			assertThat(app.output()).doesNotContain("EOFException");
			app.signal("TERM");
			app.awaitExit(Duration.ofSeconds(30));
		}
		assertThat(Files.size(serverId)).isEqualTo(17);
	}

	@Test
	void anyOtherBrokenStoreFileIsExplainedWithThePathAndTheRemedy(@TempDir Path store) throws Exception {
		copyStore(store);
		var neostore = store.resolve("data/databases/neo4j/neostore");
		Files.write(neostore, new byte[] { 1, 2, 3 }); // a metadata store cut short
		try (var app = ApplicationProcess.start(store)) {
			int exit = app.awaitExit(ApplicationProcess.START);
			System.out.println("Broken store file, the application's output ends with:\n" + app.tail(12));
			assertThat(exit).isNotZero();
			assertShortExplanation(app, store.toString(), "Move the store aside", "rebuilt from cypher/");
		}
	}

	private static void assertShortExplanation(ApplicationProcess app, String... expected) {
		var output = app.output();
		assertThat(output).contains("APPLICATION FAILED TO START").contains(expected);
		assertThat(output.lines().filter(l -> l.startsWith("\tat ")).toList()).isEmpty();
		assertThat(output.lines().count()).as("lines of output").isLessThan(SHORT);
	}

	private static void copyStore(Path target) throws IOException {
		FileSystemUtils.copyRecursively(template.resolve("store"), target);
	}

	private static void mount(Path mountPoint, String options) throws Exception {
		run("mount", "-t", "tmpfs", "-o", options, "tmpfs", mountPoint.toString());
	}

	private static void remountReadOnly(Path mountPoint) throws Exception {
		run("mount", "-o", "remount,ro", mountPoint.toString());
	}

	private static void unmount(Path mountPoint) throws Exception {
		run("umount", mountPoint.toString());
	}

	private static void run(String... command) throws Exception {
		var process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
	}
}
