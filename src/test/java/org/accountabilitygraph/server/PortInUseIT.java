package org.accountabilitygraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.accountabilitygraph.AccountabilityGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/** A taken port stops the start with a plain explanation and the setting to change. */
@ExtendWith(OutputCaptureExtension.class)
@Isolated("it reads everything the JVM prints while the application fails to start")
class PortInUseIT {

	@Test
	void aTakenBoltPortIsExplainedWithoutAStackTrace(CapturedOutput output, @TempDir Path store) throws Exception {
		try (var taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress("localhost", 0));
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> SpringApplication.run(AccountabilityGraphApplication.class,
					"--graph.embedded.bolt-port=" + port, "--graph.embedded.http-port=" + EmbeddedApplication.freePort(),
					"--graph.embedded.data-directory=" + store,
					"--server.port=0"))
				.satisfies(ex -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex)).isInstanceOf(PortInUseException.class));
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("Bolt port " + port + " is already in use")
				.contains("--graph.embedded.bolt-port=" + (port + 1));
		}
	}
}
