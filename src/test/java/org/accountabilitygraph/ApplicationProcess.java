package org.accountabilitygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real application in a child JVM, as a user runs it: on free ports, with a store folder of the
 * test's choosing, its output in a file. For what only another process can do to it: kill -9, Ctrl+C,
 * a full or read-only disk. Started through {@code env --default-signal=INT}, because a process
 * started in the background of a non-interactive shell (as a build may be) ignores SIGINT, and the
 * JVM then never sees Ctrl+C.
 */
public final class ApplicationProcess implements AutoCloseable {

	/**
	 * The child JVMs run with C1 only and without verifying the class path's bytecode: a start to "Ready."
	 * with a load then takes about half the CPU time (19 instead of 37 s on two cores), and these tests
	 * check what the application does, not how fast its code gets once fully compiled.
	 */
	private static final List<String> CHEAP_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UnlockDiagnosticVMOptions",
			"-XX:-BytecodeVerificationRemote");

	private final Process process;
	private final Path output;
	public final int appPort;

	/**
	 * How long a test waits for a start (or a refused start) to get somewhere. Alone on two cores a start
	 * takes 15–80 s; in CI, beside two other test classes on a busier machine, starts took over 2 and over
	 * 5 minutes. This is a wait, not a speed test: it only costs time when the test fails anyway.
	 */
	public static final Duration START = Duration.ofMinutes(8);

	private ApplicationProcess(Process process, Path output, int appPort) {
		this.process = process;
		this.output = output;
		this.appPort = appPort;
	}

	/** Starts the application on {@code store}, with {@code arguments} added to its command line. */
	public static ApplicationProcess start(Path store, String... arguments) {
		var java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
		java.addAll(CHEAP_START);
		java.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.accountabilitygraph.AccountabilityGraphApplication"));
		return start(java, store, arguments);
	}

	/**
	 * Starts the application with the README's command, {@code tools/start} (the packaged jar, with its class data
	 * sharing archive), as a user does, with the cheap start's JVM options as JAVA_OPTS.
	 */
	public static ApplicationProcess startWithLauncher(Path store, String... arguments) {
		// JAVA_OPTS reach both of the launcher's JVMs (the training start and the start); a user's later start without
		// them records its own archive
		return start(List.of("JAVA_OPTS=" + String.join(" ", CHEAP_START), Path.of("tools/start").toAbsolutePath().toString()),
				store, arguments);
	}

	private static ApplicationProcess start(List<String> launcher, Path store, String... arguments) {
		try {
			int appPort = freePort();
			var output = Files.createTempFile("application-process", ".log");
			output.toFile().deleteOnExit();
			var command = new ArrayList<>(List.of("env", "--default-signal=INT"));
			command.addAll(launcher);
			// the query timeout of the other applications under test: on a busy machine, with C1 only, a named query's
			// first (cold) answer took over the default 5 s (CrashRecoveryIT's entity in CI, a 503)
			command.addAll(List.of("--graph.embedded.bolt-port=" + freePort(), "--graph.embedded.http-port=" + freePort(),
					"--server.port=" + appPort, "--graph.embedded.data-directory=" + store,
					"--graph.query-timeout=" + LoadedGraph.QUERY_TIMEOUT_SECONDS + "s"));
			command.addAll(List.of(arguments));
			var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
			return new ApplicationProcess(process, output, appPort);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The process id: the JVM's, as the launchers exec it. */
	public long pid() {
		return process.pid();
	}

	/** Waits until the output has a line containing {@code text}; fails if the process ends first. */
	public void awaitOutput(String text, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!output().contains(text)) {
			if (!process.isAlive()) {
				throw new AssertionError("The application ended (exit " + process.exitValue() + ") before printing '"
						+ text + "':\n" + output());
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No '" + text + "' within " + timeout + ":\n" + output());
			}
			Thread.sleep(200);
		}
	}

	/** Sends a signal by name ({@code INT} for Ctrl+C, {@code TERM}), as {@code kill -INT pid} does. */
	public void signal(String name) throws IOException, InterruptedException {
		new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
	}

	public void killHard() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** The exit code, or an AssertionError if the process still runs after {@code timeout}. */
	public int awaitExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("Still running after " + timeout + ":\n" + tail(40));
		}
		return process.exitValue();
	}

	public String output() {
		try {
			return Files.readString(output, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The output's last lines, for failure messages. */
	public String tail(int lines) {
		var all = output().lines().toList();
		return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
	}

	/** Stops it the hard way if it still runs; for finally blocks. */
	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			killHard();
		}
	}

	public static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
