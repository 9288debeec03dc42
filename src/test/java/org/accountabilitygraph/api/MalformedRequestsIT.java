package org.accountabilitygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.accountabilitygraph.ApplicationOnLoadedGraph;
import org.junit.jupiter.api.Test;

/**
 * Requests no well-behaved client sends, over a raw socket: each is a 4xx problem detail that says
 * what is wrong and quotes little of it, never Tomcat's or Spring's HTML page and never a 5xx.
 */
class MalformedRequestsIT extends ApplicationOnLoadedGraph {

	@Test
	void malformedEscapesInTheQueryStringAre400NotIgnored() {
		// Tomcat used to drop such a parameter: ?speaker=%zz answered with every statement.
		var badHex = problem("/api/statements?speaker=%zz", 400);
		assertThat(badHex.json().get("detail").asText()).contains("speaker", "%zz");
		var badUtf8 = problem("/api/statements?speaker=%E0%A4", 400);
		assertThat(badUtf8.json().get("detail").asText()).contains("speaker", "UTF-8");
		assertThat(problem("/api/entities?q=Lamb&limit=%", 400).json().get("detail").asText()).contains("limit");
		assertThat(problem("/api/entities?q=%C0%AF", 400).json().get("detail").asText()).contains("UTF-8");
		// well-formed escapes still work
		assertThat(RawHttp.get(port, "/api/entities?q=Zo%C3%AB%20Billingham").status()).isEqualTo(200);
	}

	@Test
	void malformedEscapesInThePathAre400() {
		problem("/api/entities/%zz", 400);
		problem("/api/entities/%E0%A4", 400);
		problem("/api/entities/%", 400);
	}

	@Test
	void requestsTomcatRefusesItselfAreProblemDetailsToo() {
		for (var target : new String[] { "/api/entities/a%2Fb", "/api/entities/..%2F..%2Fetc%2Fpasswd",
				"/api/entities/a%00b", "/api/entities?q=" + "a".repeat(9000) }) {
			var response = problem(target, 400);
			var json = response.json();
			assertThat(json.get("status").asInt()).as(target).isEqualTo(400);
			assertThat(json.get("title").asText()).as(target).isEqualTo("Bad Request");
			assertThat(json.get("type").asText()).as(target).isNotBlank();
			assertThat(json.get("detail").asText()).as(target).isNotBlank();
		}
		var bigHeader = RawHttp.get(port, "/api/articles", "X-Big: " + "b".repeat(9000));
		System.out.println("header over 8 KB: " + bigHeader);
		assertThat(bigHeader.status()).isEqualTo(400);
		assertThat(bigHeader.isProblem()).as(bigHeader.toString()).isTrue();
	}

	@Test
	void errorIsNotAPageOfItsOwnAndNeverHtml() {
		assertThat(problem("/error", 404).json().get("status").asInt()).isEqualTo(404);
		assertThat(problem("/error?x=1", 404).body()).doesNotContain("<html");
		var browser = RawHttp.get(port, "/error", "Accept: text/html");
		assertThat(browser.status()).isEqualTo(404);
		assertThat(browser.isProblem()).isTrue();
		var missingPage = RawHttp.get(port, "/no-such-page.html", "Accept: text/html");
		assertThat(missingPage.status()).isEqualTo(404);
		assertThat(missingPage.isProblem()).as(missingPage.toString()).isTrue();
		assertThat(problem("/api/no-such-endpoint", 404).body()).doesNotContain("Whitelabel");
	}

	@Test
	void detailsQuoteLittleOfWhatWasSent() {
		var longText = "x".repeat(5000);
		for (var target : new String[] { "/api/entities/" + longText, "/api/network?depth=" + "9".repeat(5000),
				"/api/entities?q=Lamb&limit=" + longText, "/api/export?format=" + longText,
				"/api/export?format=dot&scope=" + longText, "/api/" + longText, "/api/statements?from=" + longText,
				"/api/path?from=nsft&to=" + "a".repeat(200), "/api/statements?speaker=" + "a".repeat(200),
				"/api/entities/" + "a".repeat(200) + "/neighbourhood" }) {
			var response = RawHttp.get(port, target);
			assertThat(response.status()).as(target).isBetween(400, 499);
			assertThat(response.isProblem()).as(target).isTrue();
			var detail = response.json().get("detail").asText();
			assertThat(detail.length()).as(detail).isLessThanOrEqualTo(200);
			assertThat(detail).as(target).doesNotContain("x".repeat(101), "9".repeat(101), "a".repeat(101));
		}
	}

	private RawHttp.Response problem(String target, int status) {
		var response = RawHttp.get(port, target);
		System.out.printf("%s -> %d %s %s%n", target.length() > 80 ? target.substring(0, 77) + "..." : target,
				response.status(), response.contentType(),
				response.body().length() > 300 ? response.body().substring(0, 300) : response.body());
		assertThat(response.status()).as(target + " -> " + response.body()).isEqualTo(status);
		assertThat(response.isProblem()).as(target + " -> " + response.contentType()).isTrue();
		return response;
	}
}
