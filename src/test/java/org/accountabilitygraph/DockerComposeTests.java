package org.accountabilitygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine on the build machines, so the compose file is checked for the structure a
 * user relies on: a Neo4j 5.26 server with published ports, a volume and a healthcheck, the
 * application waiting for it, and no password written into any file that is committed.
 */
@SuppressWarnings("unchecked")
class DockerComposeTests {

	private final Map<String, Object> compose = (Map<String, Object>) load("docker-compose.yml");

	@Test
	void neo4jIsA526ServerWithPublishedPortsAVolumeAndAHealthcheck() {
		var neo4j = service("neo4j");
		assertThat((String) neo4j.get("image")).matches("neo4j:5\\.26(\\.\\d+)?-community");
		assertThat((List<String>) neo4j.get("ports")).anyMatch(p -> p.endsWith(":7474"))
			.anyMatch(p -> p.endsWith(":7687"));
		assertThat((List<String>) neo4j.get("volumes")).anyMatch(v -> v.startsWith("neo4j-data:"));
		assertThat((Map<String, Object>) compose.get("volumes")).containsKey("neo4j-data");
		var healthcheck = (Map<String, Object>) neo4j.get("healthcheck");
		assertThat(healthcheck.get("test").toString()).contains("cypher-shell").contains("RETURN 1");
		assertThat(healthcheck).containsKeys("interval", "retries");
	}

	@Test
	void theServerIsClosedLikeTheEmbeddedRunAndPublishedOnLoopbackOnly() {
		var environment = (Map<String, Object>) service("neo4j").get("environment");
		assertThat(environment).containsEntry("NEO4J_dbms_security_allow__csv__import__from__file__urls", "false")
			.containsEntry("NEO4J_internal_dbms_cypher__ip__blocklist", "0.0.0.0/0,::/0")
			.containsEntry("NEO4J_client_allow__telemetry", "false")
			.containsEntry("NEO4J_dbms_security_http__access__control__allow__origin", "http://localhost:7474");
		assertThat(environment.get("NEO4J_dbms_security_http__static__content__security__policy__header").toString())
			.contains("connect-src 'self' ws://localhost:7687").doesNotContain("segment").doesNotContain("https:");
		for (var name : List.of("neo4j", "app")) {
			assertThat((List<String>) service(name).get("ports")).as(name).allMatch(p -> p.startsWith("127.0.0.1:"));
		}
	}

	@Test
	void theApplicationWaitsForAHealthyServerAndConnectsWithSpringSettings() {
		var app = service("app");
		var dependsOn = (Map<String, Map<String, String>>) app.get("depends_on");
		assertThat(dependsOn.get("neo4j")).containsEntry("condition", "service_healthy");
		var environment = (Map<String, String>) app.get("environment");
		assertThat(environment).containsEntry("SPRING_NEO4J_URI", "bolt://neo4j:7687")
			.containsKey("SPRING_NEO4J_AUTHENTICATION_PASSWORD");
		assertThat(app.get("build")).isEqualTo(".");
		assertThat(Path.of("Dockerfile")).exists();
	}

	@Test
	void noPasswordIsHardCodedAndDotEnvIsNotCommitted() throws IOException {
		for (var name : List.of("neo4j", "app")) {
			var environment = (Map<String, String>) service(name).get("environment");
			environment.forEach((key, value) -> {
				if (key.contains("PASSWORD") || key.equals("NEO4J_AUTH")) {
					assertThat(value).as(key).contains("${NEO4J_PASSWORD");
				}
			});
		}
		assertThat(Files.readAllLines(Path.of(".gitignore"))).contains(".env");
		assertThat(Path.of(".env.example")).exists();
	}

	private Map<String, Object> service(String name) {
		var services = (Map<String, Object>) compose.get("services");
		assertThat(services).containsKey(name);
		return (Map<String, Object>) services.get(name);
	}

	private static Object load(String file) {
		try {
			return new Yaml().load(Files.readString(Path.of(file)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
