package org.accountabilitygraph.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.accountabilitygraph.query.KnowledgeGraph;
import org.accountabilitygraph.query.NotFoundException;
import org.accountabilitygraph.query.PageRequest;
import org.accountabilitygraph.query.Parameters;
import org.accountabilitygraph.query.model.ArticleDetails;
import org.accountabilitygraph.query.model.ArticleSummary;
import org.accountabilitygraph.query.model.ArticleText;
import org.accountabilitygraph.query.model.CallForAction;
import org.accountabilitygraph.query.model.ClaimOrOutcome;
import org.accountabilitygraph.query.model.Comparison;
import org.accountabilitygraph.query.model.Connection;
import org.accountabilitygraph.query.model.Criticism;
import org.accountabilitygraph.query.model.EntityDetails;
import org.accountabilitygraph.query.model.EventRecord;
import org.accountabilitygraph.query.model.Fact;
import org.accountabilitygraph.query.model.InspectionFinding;
import org.accountabilitygraph.query.model.Neighbour;
import org.accountabilitygraph.query.model.Page;
import org.accountabilitygraph.query.model.Network;
import org.accountabilitygraph.query.model.Politician;
import org.accountabilitygraph.query.model.Role;
import org.accountabilitygraph.query.model.SearchHit;
import org.accountabilitygraph.query.model.StatementHit;
import org.accountabilitygraph.query.model.StatementRecord;
import org.accountabilitygraph.query.model.TimelineEntry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The read-only JSON API: one endpoint per competency question, each a thin shell over
 * {@link KnowledgeGraph}. Ids are the graph's slugs; dates are {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}. Errors are RFC 9457 problem details ({@link ApiErrors}).
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "knowledge graph", description = "Who did, said and decided what, with sources")
class GraphApiController {

	/** Rows per page when the request does not say; {@code size} goes up to {@link PageRequest#MAX_SIZE}. */
	static final String DEFAULT_SIZE = "100";

	private final KnowledgeGraph graph;

	GraphApiController(KnowledgeGraph graph) {
		this.graph = graph;
	}

	@GetMapping("/entities")
	@Operation(summary = "Search people, organisations, groups, offices and places by name or alias (typos and prefixes tolerated)")
	List<SearchHit> searchEntities(@RequestParam @Parameter(example = "Bellingham") String q,
			@RequestParam(defaultValue = "20") int limit) {
		return graph.searchEntities(q, limit);
	}

	@GetMapping("/entities/{id}")
	@Operation(summary = "One entity: labels, names, aliases, roles over time and the articles that report it")
	EntityDetails entity(@PathVariable @Parameter(example = "norman-lamb") String id) {
		return graph.entity(id).orElseThrow(() -> NotFoundException.noSuchId("id", id));
	}

	@GetMapping("/entities/{id}/facts")
	@Operation(summary = "Every sourced fact about an entity (only those linking it to `other`, when given)")
	ResponseEntity<List<Fact>> facts(@PathVariable @Parameter(example = "norman-lamb") String id,
			@RequestParam(required = false) String other, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		return paged(graph.facts(id, other, new PageRequest(page, size)));
	}

	@GetMapping("/entities/{id}/neighbourhood")
	@Operation(summary = "People, organisations and groups within `depth` (1-4) steps of an entity")
	List<Neighbour> neighbourhood(@PathVariable @Parameter(example = "cqc") String id,
			@RequestParam(defaultValue = "1") int depth) {
		return graph.neighbourhood(id, depth);
	}

	@GetMapping("/entities/{id}/timeline")
	@Operation(summary = "An entity's history in time order: roles, statements by and about it, inspections, decisions, "
			+ "events; those whose possible dates overlap from..to when given (undated items are kept, last)")
	List<TimelineEntry> timeline(@PathVariable @Parameter(example = "zoe-billingham") String id,
			@RequestParam(required = false) @Parameter(example = "2018") String from,
			@RequestParam(required = false) String to) {
		return graph.timeline(id, from, to);
	}

	@GetMapping("/leadership")
	@Operation(summary = "Who has led an organisation, in which role, ordered in time")
	List<Role> leadership(@RequestParam @Parameter(example = "nsft") String organisation) {
		return graph.leadership(organisation);
	}

	@GetMapping("/inspections")
	@Operation(summary = "Inspections with overall and domain ratings, must-do actions and special-measures decisions, in time order")
	ResponseEntity<List<InspectionFinding>> inspections(@RequestParam @Parameter(example = "nsft") String organisation,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		return paged(graph.inspections(organisation, new PageRequest(page, size)));
	}

	@GetMapping("/statements")
	@Operation(summary = "Who said what: quotations and reported speech, each filter optional")
	ResponseEntity<List<StatementRecord>> statements(@RequestParam(required = false) @Parameter(example = "norman-lamb") String speaker,
			@RequestParam(required = false) String about,
			@RequestParam(required = false) @Parameter(example = "2018") String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		return paged(graph.statements(speaker, about, from, to, new PageRequest(page, size)));
	}

	@GetMapping("/statements/search")
	@Operation(summary = "Full-text search over what was said, best first, a page at a time (size, or limit, at most 100),"
			+ " by one speaker and within from / to when given")
	ResponseEntity<List<StatementHit>> searchStatements(@RequestParam @Parameter(example = "unsafe") String q,
			@RequestParam(required = false) @Parameter(example = "norman-lamb") String speaker,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) @Parameter(description = "the same as size (its older name)") Integer limit) {
		// a limit too large is said as the limit the caller wrote
		int pageSize = size != null ? size
				: limit != null ? Parameters.between("limit", limit, 1, KnowledgeGraph.MAX_SEARCH_RESULTS) : 20;
		return paged(graph.searchStatements(q, speaker, from, to, new PageRequest(page, pageSize)));
	}

	@GetMapping("/criticisms")
	@Operation(summary = "Who criticised an entity (or its inspections, board, ...) and whom an entity criticised, with the evidence; all when neither target nor critic; within from / to when given")
	ResponseEntity<List<Criticism>> criticisms(@RequestParam(required = false) @Parameter(example = "nsft") String target,
			@RequestParam(required = false) @Parameter(example = "norman-lamb") String critic,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		return paged(graph.criticisms(target, critic, from, to, new PageRequest(page, size)));
	}

	@GetMapping("/calls-for-action")
	@Operation(summary = "Who called for what, of whom; within from / to when given")
	ResponseEntity<List<CallForAction>> callsForAction(@RequestParam(required = false) String caller,
			@RequestParam(required = false) @Parameter(example = "nsft") String concerning,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		return paged(graph.callsForAction(caller, concerning, from, to, new PageRequest(page, size)));
	}

	@GetMapping("/politicians")
	@Operation(summary = "MPs and ministers with constituencies, parties and offices")
	ResponseEntity<List<Politician>> politicians(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		return paged(graph.politicians(new PageRequest(page, size)));
	}

	@GetMapping("/events")
	@Operation(summary = "Events with places, participants and dates; a partial date covers its whole period")
	ResponseEntity<List<EventRecord>> events(@RequestParam(required = false) @Parameter(example = "2018-11") String from,
			@RequestParam(required = false) @Parameter(example = "2018-12") String to,
			@RequestParam(required = false) @Parameter(example = "protest") String kind,
			@RequestParam(required = false) @Parameter(example = "campaign-to-save-mental-health-services") String participant, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		return paged(graph.events(from, to, kind, participant, new PageRequest(page, size)));
	}

	@GetMapping("/claims")
	@Operation(summary = "Claims against outcomes: what an organisation's leaders, the organisation itself, those who spoke "
			+ "for it and others said about it (`commitment` where the data marks a promise, with its words), beside its "
			+ "inspections (overall rating), the decisions about it and its events, in time order; those whose possible "
			+ "dates overlap from..to when given (undated items last)")
	ResponseEntity<List<ClaimOrOutcome>> claims(@RequestParam @Parameter(example = "nsft") String org,
			@RequestParam(required = false) @Parameter(example = "2018") String from,
			@RequestParam(required = false) @Parameter(example = "2019") String to,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		return paged(graph.claims(org, from, to, new PageRequest(page, size)));
	}

	@GetMapping("/articles")
	@Operation(summary = "Every source article with its inferred date and how many facts it supports")
	ResponseEntity<List<ArticleSummary>> articles(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		return paged(graph.articleList(new PageRequest(page, size)));
	}

	@GetMapping("/articles/{id}")
	@Operation(summary = "One article and every fact it supports, with the supporting sentences")
	ArticleDetails article(@PathVariable @Parameter(example = "article-d486f7aa") String id) {
		return graph.article(id).orElseThrow(() -> NotFoundException.noSuchId("id", id));
	}

	@GetMapping("/articles/{id}/text")
	@Operation(summary = "One article as it is read: its title, publisher and inferred date as the data has them, "
			+ "its full text, the nodes it reports and every fact it supports (mentions included), each with its "
			+ "evidence's character offsets in the text (start inclusive, end exclusive, in UTF-16 units). When the "
			+ "words occur more than once, the occurrence in the sentence that mentions the fact's statement or one of "
			+ "its ends is taken, else the first; `evidence.located` says which (only, in-mention, first, missing)")
	ArticleText articleText(@PathVariable @Parameter(example = "article-d486f7aa") String id) {
		return graph.articleText(id).orElseThrow(() -> NotFoundException.noSuchId("id", id));
	}

	@GetMapping("/path")
	@Operation(summary = "The shortest chain of sourced facts between two entities")
	Connection path(@RequestParam @Parameter(example = "norman-lamb") String from,
			@RequestParam @Parameter(example = "zoe-billingham") String to) {
		return graph.connection(from, to)
			.orElseThrow(() -> new NotFoundException("No chain of sourced facts links '" + Parameters.abbreviate(from)
					+ "' and '" + Parameters.abbreviate(to) + "'", to));
	}

	@GetMapping("/compare")
	@Operation(summary = "What two entities said about the same subjects",
			description = "Each subject that statements of both `a` and `b` are about (at most 50, those with the most "
					+ "statements first; `complete` is false when there were more), with the statements of each about it, "
					+ "oldest first, each with its source. Optional `from`/`to` as for /api/statements.")
	Comparison compare(@RequestParam @Parameter(example = "antek-lejk") String a,
			@RequestParam @Parameter(example = "chloe-smith") String b, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return graph.compare(a, b, from, to);
	}

	@GetMapping("/network")
	@Operation(summary = "The who-said-what network around an entity (everything without focus), as Cytoscape.js elements")
	Network network(@RequestParam(required = false) @Parameter(example = "nsft") String focus,
			@RequestParam(defaultValue = "1") int depth, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to,
			@RequestParam(required = false) @Parameter(example = "article-60032d35") String article) {
		return graph.network(focus, depth, from, to, article);
	}

	/**
	 * A page as the body (the rows, as for an unpaged answer) and headers, as GitHub's API pages: {@code X-Has-More},
	 * and a {@code Link} to the next page when there is one.
	 */
	private static <T> ResponseEntity<List<T>> paged(Page<T> page) {
		var response = ResponseEntity.ok().header("X-Has-More", String.valueOf(page.hasMore()))
			.header("X-Page", String.valueOf(page.page())).header("X-Page-Size", String.valueOf(page.size()));
		if (page.hasMore()) {
			// relative to this server, as the request reached it (the host is checked before any controller runs)
			var next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page.page() + 1)
				.build().toUriString();
			response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return response.body(page.items());
	}
}
