package org.accountabilitygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.accountabilitygraph.facts.Problem;
import org.accountabilitygraph.facts.Registry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/ingest}: the fact file proposed for an article (plain UTF-8 text in the body), resolved
 * against the names and aliases of the fact files the graph is loaded from, with its list of uncertain
 * choices and the problems {@code tools/check-article} would find. Nothing is written.
 * <p>
 * {@code POST /api/ingest/accept}: the proposal as the curator left it (JSON: the article's name and text, the
 * fact file and the registry additions) written where the curated files are and loaded ({@link ProposalAcceptor});
 * with {@code dryRun=true}, only what the checks say of it. Rejecting a proposal needs no request: nothing was
 * written.
 */
@RestController
@Tag(name = "ingest", description = "A new article's fact file: proposed, checked, accepted")
class IngestController {

	/** The accept request holds the article (at most 5 MB as UTF-8, more when JSON escapes it) and its fact file. */
	static final int MAX_ACCEPT_BYTES = 4 * ArticleInput.MAX_BYTES;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProposalAcceptor acceptor;

	IngestController(ProposalAcceptor acceptor) {
		this.acceptor = acceptor;
	}

	/** @param name the article file's name; without one, {@code article-<8 hex digits of its SHA-256>.txt} */
	@Operation(summary = "The fact file proposed for an article (plain UTF-8 text), its doubts and problems; writes nothing")
	@PostMapping(path = "/api/ingest", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> ingest(@RequestParam(required = false) String name, HttpServletRequest request) throws IOException {
		if (name != null) {
			ArticleInput.fileName(name);
		}
		var bytes = readAtMost(request.getInputStream(), ArticleInput.MAX_BYTES);
		var articleName = name != null ? name : "article-" + Ingester.shortId("", bytes) + ".txt";
		var checked = acceptor.propose(articleName, bytes);
		var proposal = checked.proposal();
		var answer = new LinkedHashMap<String, Object>();
		answer.put("fileName", proposal.fileName());
		answer.put("sourceFile", proposal.sourceFile());
		answer.put("review", proposal.review());
		answer.put("registryAdditions", proposal.registryAdditions().stream()
			.map(entry -> Map.of("id", entry.id(), "labels", entry.labels(), "properties", entry.properties())).toList());
		answer.put("problems", checked.problems().stream().map(Problem::toString).toList());
		answer.put("yaml", proposal.yaml());
		answer.put("factFile", proposal.factFile());
		answer.put("names", checked.names());
		answer.put("acceptable", acceptor.writable());
		return answer;
	}

	/**
	 * @param dryRun only check: answer what accepting would write and the problems it would find, writing nothing
	 */
	@Operation(summary = "Accept a proposal as edited: checked, written to the fact files and loaded (201); "
			+ "JSON {name, text, yaml, registryAdditions}; dryRun=true only checks")
	@PostMapping(path = "/api/ingest/accept", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> accept(@RequestParam(defaultValue = "false") boolean dryRun,
			HttpServletRequest request) throws IOException {
		var body = readAtMost(request.getInputStream(), MAX_ACCEPT_BYTES);
		var outcome = acceptor.accept(acceptRequest(body), dryRun);
		var answer = new LinkedHashMap<String, Object>();
		answer.put("fileName", outcome.fileName());
		answer.put("articleId", outcome.articleId());
		answer.put("sourceFile", outcome.sourceFile());
		answer.put(dryRun ? "wouldWrite" : "written", outcome.files());
		answer.put("registryAdditions", outcome.registryAdditions());
		if (dryRun) {
			answer.put("problems", outcome.problems());
			answer.put("factFile", outcome.factFile());
			answer.put("names", outcome.names());
			return ResponseEntity.ok(answer);
		}
		answer.put("applied", outcome.applied());
		return ResponseEntity.created(URI.create("/api/articles/" + outcome.articleId())).body(answer);
	}

	/** The JSON body: {@code name}, {@code text}, {@code yaml}, {@code registryAdditions} (as the proposal gave them). */
	private static ProposalAcceptor.Request acceptRequest(byte[] body) {
		JsonNode json;
		try {
			json = JSON.readTree(body);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidArticleException("The body is not JSON: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new InvalidArticleException("The body cannot be read: " + ex.getMessage());
		}
		if (json == null || !json.isObject()) {
			throw new InvalidArticleException("The body must be a JSON object: {name, text, yaml, registryAdditions}.");
		}
		var additions = new ArrayList<Registry.Entry>();
		var given = json.path("registryAdditions");
		if (!given.isMissingNode() && !given.isNull() && !given.isArray()) {
			throw new InvalidArticleException("'registryAdditions' must be a list, as the proposal gave it.");
		}
		for (var entry : given) {
			additions.add(registryEntry(entry, additions.size()));
		}
		return new ProposalAcceptor.Request(text(json, "name"), text(json, "text"), text(json, "yaml"), additions);
	}

	private static String text(JsonNode json, String field) {
		var value = json.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (!value.isTextual()) {
			throw new InvalidArticleException("'" + field + "' must be a string.");
		}
		return value.asText();
	}

	/** One registry addition, {@code {id, labels, properties}}; its values are checked as registry.yaml's are. */
	private static Registry.Entry registryEntry(JsonNode entry, int index) {
		var where = "registryAdditions[" + index + "]";
		if (!entry.path("id").isTextual() || !entry.path("labels").isArray()
				|| !(entry.path("properties").isObject() || entry.path("properties").isMissingNode())) {
			throw new InvalidArticleException(where + " must be {id, labels, properties}, as the proposal gave it.");
		}
		var labels = new ArrayList<String>();
		entry.path("labels").forEach(label -> labels.add(label.asText()));
		var properties = new LinkedHashMap<String, Object>();
		var fields = entry.path("properties").fields();
		while (fields.hasNext()) {
			var field = fields.next();
			properties.put(field.getKey(), value(field.getValue(), where + ".properties." + field.getKey()));
		}
		return new Registry.Entry(entry.path("id").asText(), List.copyOf(labels), properties, 0);
	}

	private static Object value(JsonNode node, String where) {
		if (node.isTextual()) {
			return node.asText();
		}
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		if (node.isIntegralNumber()) {
			return node.asLong();
		}
		if (node.isNumber()) {
			return node.asDouble();
		}
		if (node.isArray()) {
			var list = new ArrayList<Object>();
			for (var item : node) {
				if (item.isArray() || item.isObject()) {
					throw new InvalidArticleException(where + " must be a value or a list of values.");
				}
				list.add(value(item, where));
			}
			return list;
		}
		throw new InvalidArticleException(where + " must be a value or a list of values.");
	}

	/** Reads the body, refusing one over {@code limit} bytes before reading it all. */
	private static byte[] readAtMost(InputStream body, int limit) throws IOException {
		var bytes = body.readNBytes(limit + 1);
		if (bytes.length > limit) {
			throw new ArticleTooLargeException(limit);
		}
		return bytes;
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidArticleException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Not an article to ingest");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail tooLarge(ArticleTooLargeException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage());
		problem.setTitle("Article too large");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail refused(AcceptRefusedException ex) {
		var problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(ex.title());
		if (!ex.problems().isEmpty()) {
			problem.setProperty("problems", ex.problems());
		}
		return problem;
	}

	/** A body over the limit; not read to its end. */
	static final class ArticleTooLargeException extends RuntimeException {

		ArticleTooLargeException(int limit) {
			super(limit == ArticleInput.MAX_BYTES ? "An article may be at most " + limit / (1024 * 1024) + " MB of text."
					: "The request may be at most " + limit / (1024 * 1024) + " MB (an article of at most "
							+ ArticleInput.MAX_BYTES / (1024 * 1024) + " MB of text and its fact file).");
		}
	}
}
