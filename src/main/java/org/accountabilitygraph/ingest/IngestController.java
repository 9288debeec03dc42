package org.accountabilitygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.accountabilitygraph.facts.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/ingest}: the fact file proposed for an article (plain UTF-8 text in the body), resolved
 * against the names and aliases of the fact files the graph is loaded from, with its list of uncertain
 * choices and the problems {@code tools/check-article} would find. Nothing is written: accepting a proposal
 * is a step of its own (see the README's "What is next").
 */
@RestController
class IngestController {

	/** The file name the short id is taken from (a hash in it, as the curated articles' names have). */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private final String factsLocation;

	IngestController(@Value("${graph.facts-location:classpath:data/facts}") String factsLocation) {
		this.factsLocation = factsLocation;
	}

	@PostMapping(path = "/api/ingest", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> ingest(@RequestParam(defaultValue = "article.txt") String name, HttpServletRequest request)
			throws IOException {
		if (!NAME.matcher(name).matches()) {
			throw new InvalidArticleException("Parameter 'name' must be a file name (letters, digits, '.', '_', '-'; "
					+ "at most 100 characters)");
		}
		var bytes = readAtMost(request.getInputStream(), ArticleInput.MAX_BYTES);
		var checked = CheckedProposal.propose(factsLocation, name, bytes);
		var proposal = checked.proposal();
		var problems = checked.problems();
		var answer = new LinkedHashMap<String, Object>();
		answer.put("fileName", proposal.fileName());
		answer.put("sourceFile", proposal.sourceFile());
		answer.put("review", proposal.review());
		answer.put("registryAdditions", proposal.registryAdditions().stream()
			.map(entry -> Map.of("id", entry.id(), "labels", entry.labels(), "properties", entry.properties())).toList());
		answer.put("problems", problems.stream().map(Problem::toString).toList());
		answer.put("yaml", proposal.yaml());
		return answer;
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

	/** A body over the limit; not read to its end. */
	static final class ArticleTooLargeException extends RuntimeException {

		ArticleTooLargeException(int limit) {
			super("An article may be at most " + limit / (1024 * 1024) + " MB of text.");
		}
	}
}
