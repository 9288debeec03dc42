package org.accountabilitygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.accountabilitygraph.ApplicationOnLoadedGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Every operation the API describes (its own OpenAPI document), each of its parameters in turn given
 * hostile values while the others keep working ones: no answer is a 5xx, every error is a problem
 * detail with a short detail, and the graph is the same afterwards.
 */
class HostileInputIT extends ApplicationOnLoadedGraph {

	/** Values sent percent-encoded, as a client would. */
	private static final List<String> HOSTILE = List.of("') MATCH (n) DETACH DELETE n //",
			"x'}) DETACH DELETE n RETURN 1 //", "\" OR 1=1 --", "*:*", "\"", "name:*", "((((", "名前 ñ é ✓",
			"\u202Eevil\u202C", "שלום עולם", "🙂🙂", "a".repeat(5000), "", " ", "-1", "0", "-2147483649",
			"99999999999999999999", "1e309", "NaN", "../..", "..", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
			"\u0000", "nsft\r\nX-Injected: 1");

	/** Values put on the wire as they are: malformed or dangerous escapes a client would not send. */
	private static final List<String> RAW = List.of("%zz", "%", "%00", "%2F", "%E0%A4", "..%2F..%2Fetc%2Fpasswd", "../..",
			"%C0%AE%C0%AE%2F");

	@Test
	void everyParameterOfEveryOperationSurvivesHostileValues(Driver driver) {
		long[] before = counts(driver);
		var paths = get("/v3/api-docs").json().get("paths");
		var requests = 0;
		var statuses = new LinkedHashMap<Integer, Integer>();
		var operations = 0;
		for (var path : iterable(paths.fieldNames())) {
			var get = paths.get(path).get("get");
			if (get == null) {
				continue;
			}
			operations++;
			var parameters = new ArrayList<JsonNode>();
			get.path("parameters").forEach(parameters::add);
			for (var target : parameters) {
				var values = new ArrayList<String>();
				HOSTILE.forEach(v -> values.add(encode(v)));
				values.addAll(RAW);
				for (var value : values) {
					var url = url(path, parameters, target, value);
					var response = RawHttp.get(port, url);
					requests++;
					statuses.merge(response.status(), 1, Integer::sum);
					var what = url.length() > 120 ? url.substring(0, 117) + "..." : url;
					assertThat(response.status()).as(what + " -> " + response.body()).isLessThan(500);
					if (response.status() >= 400) {
						assertThat(response.isProblem()).as(what + " -> " + response.contentType()).isTrue();
						assertThat(response.body()).as(what).doesNotContainIgnoringCase("<html");
						assertThat(response.json().path("detail").asText().length()).as(what + " -> " + response.body())
							.isLessThanOrEqualTo(300);
					}
				}
			}
		}
		System.out.printf("hostile input: %d operations, %d requests, statuses %s%n", operations, requests, statuses);
		assertThat(operations).isGreaterThanOrEqualTo(18);
		assertThat(counts(driver)).as("nodes and relationships").containsExactly(before);
	}

	/** The operation's URL with {@code value} for {@code target} and a working value for every other required parameter. */
	private static String url(String path, List<JsonNode> parameters, JsonNode target, String value) {
		var query = new ArrayList<String>();
		for (var parameter : parameters) {
			var name = parameter.get("name").asText();
			String v;
			if (parameter == target) {
				v = value;
			}
			else if (parameter.path("required").asBoolean() || parameter.has("example")) {
				v = encode(working(parameter));
			}
			else {
				continue;
			}
			if (parameter.get("in").asText().equals("path")) {
				path = path.replace("{" + name + "}", v);
			}
			else {
				query.add(name + "=" + v);
			}
		}
		return query.isEmpty() ? path : path + "?" + String.join("&", query);
	}

	private static String working(JsonNode parameter) {
		if (parameter.has("example")) {
			return parameter.get("example").asText();
		}
		var schema = parameter.path("schema");
		if (schema.has("default")) {
			return schema.get("default").asText();
		}
		return schema.path("type").asText().equals("integer") ? "1" : "nsft";
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
		return () -> iterator;
	}

	private static long[] counts(Driver driver) {
		Map<String, Object> row = driver.executableQuery("MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships")
			.execute().records().get(0).asMap();
		return new long[] { (Long) row.get("nodes"), (Long) row.get("relationships") };
	}
}
