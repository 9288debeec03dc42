package org.accountabilitygraph.query;

import static org.accountabilitygraph.query.Rows.firstNonNull;
import static org.accountabilitygraph.query.Rows.links;
import static org.accountabilitygraph.query.Rows.maps;
import static org.accountabilitygraph.query.Rows.number;
import static org.accountabilitygraph.query.Rows.refs;
import static org.accountabilitygraph.query.Rows.source;
import static org.accountabilitygraph.query.Rows.str;
import static org.accountabilitygraph.query.Rows.strings;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.accountabilitygraph.query.model.ArticleDetails;
import org.accountabilitygraph.query.model.ArticleText;
import org.accountabilitygraph.query.model.ArticleSummary;
import org.accountabilitygraph.query.model.CallForAction;
import org.accountabilitygraph.query.model.ClaimOrOutcome;
import org.accountabilitygraph.query.model.Comparison;
import org.accountabilitygraph.query.model.Connection;
import org.accountabilitygraph.query.model.Criticism;
import org.accountabilitygraph.query.model.EntityDetails;
import org.accountabilitygraph.query.model.EntityRef;
import org.accountabilitygraph.query.model.EntityRole;
import org.accountabilitygraph.query.model.EventRecord;
import org.accountabilitygraph.query.model.Fact;
import org.accountabilitygraph.query.model.InspectionFinding;
import org.accountabilitygraph.query.model.MustDoAction;
import org.accountabilitygraph.query.model.Neighbour;
import org.accountabilitygraph.query.model.Page;
import org.accountabilitygraph.query.model.Network;
import org.accountabilitygraph.query.model.OfficeHeld;
import org.accountabilitygraph.query.model.Participant;
import org.accountabilitygraph.query.model.Politician;
import org.accountabilitygraph.query.model.Rating;
import org.accountabilitygraph.query.model.Role;
import org.accountabilitygraph.query.model.SearchHit;
import org.accountabilitygraph.query.model.StatementHit;
import org.accountabilitygraph.query.model.StatementRecord;
import org.accountabilitygraph.query.model.Step;
import org.accountabilitygraph.query.model.TimelineEntry;
import org.neo4j.driver.Driver;

/**
 * Typed, sourced answers to the competency questions. Each method runs one of the named queries in
 * {@code cypher/queries/} (the same text a user can paste into the Neo4j Browser) with parameters, in
 * read-only transactions, and returns immutable records that cite their articles.
 *
 * <p>Ids are the graph's slugs ({@code nsft}, {@code norman-lamb}). Dates are ISO strings as precise as
 * the caller likes ({@code 2018}, {@code 2018-12}, {@code 2018-12-06}); a partial date covers its whole
 * period, and a fact is kept when the time it may fall in overlaps the range. Bad input throws
 * {@link InvalidParameterException}; an id that names nothing throws {@link NotFoundException}; a query
 * that runs longer than the timeout throws {@link QueryTimeoutException}.
 */
public class KnowledgeGraph {

	public static final int MAX_DEPTH = 4;

	public static final int MAX_SEARCH_RESULTS = 100;

	/** How many of the full-text index's best matches a statement search reads before its filters and pages. */
	public static final int MAX_SEARCH_HITS = 1000;

	/** The most statements a network draws: enough for any one person's or body's picture, not a national graph's. */
	public static final int MAX_NETWORK_STATEMENTS = 500;

	/**
	 * The most edges the network draws for one relation between two of its entities (the oldest articles' first): on a
	 * national graph a trust's leader is "led" in thousands of articles. Each such edge carries the whole count of
	 * relationships of its type between the two ({@code attestations}).
	 */
	public static final int MAX_LINK_ATTESTATIONS = 20;

	/**
	 * How many of an entity's roles {@link #entity} lists, oldest first (it counts them all): a trust of a national
	 * graph is attested as led tens of thousands of times.
	 */
	public static final int ENTITY_ROLES = 200;

	/** How many of the articles that attest a leadership role {@link #leadership} lists, oldest first (it counts them all). */
	public static final int ROLE_SOURCES = 20;

	/** How many attestations of each seat, party and office {@link #politicians} reads per politician. */
	public static final int POLITICIAN_ATTESTATIONS = 50;

	/** How many shared subjects {@link #compare} lists. */
	public static final int COMPARED_SUBJECTS = 50;

	/** How many of the articles that report an inspection or decision {@link #inspections} lists (it counts them all). */
	public static final int FINDING_SOURCES = 20;

	/** How many of the articles that report an entity {@link #entity} lists (it counts them all). */
	public static final int ENTITY_SOURCES = 50;

	/** How long any one query may run: every question here takes milliseconds on the whole graph. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	private final NamedQueries queries;

	private final ArticleReader articles;

	private final NetworkReader networks;

	private final TimelineReader timelines;

	private final ClaimsReader claims;

	private final ComparisonReader comparisons;

	/** On the graph {@code driver} reaches, the articles' texts read from the class path. */
	public KnowledgeGraph(Driver driver) {
		this(driver, DEFAULT_TIMEOUT);
	}

	/** With each query stopped by the database after {@code timeout}. */
	public KnowledgeGraph(Driver driver, Duration timeout) {
		this(driver, timeout, ArticleTexts.classpath());
	}

	/** With the articles' texts read by {@code texts} (for {@link #articleText}). */
	public KnowledgeGraph(Driver driver, Duration timeout, ArticleTexts texts) {
		this.queries = new NamedQueries(driver, timeout);
		this.articles = new ArticleReader(queries, texts);
		this.networks = new NetworkReader(this, queries);
		this.timelines = new TimelineReader(this, queries);
		this.claims = new ClaimsReader(this, queries);
		this.comparisons = new ComparisonReader(this, queries);
	}

	/** Q1: who has led the organisation, in which role, from when; ordered in time. */
	public List<Role> leadership(String organisationId) {
		var parameters = Map.<String, Object>of("organisation", Parameters.id("organisation", organisationId, false),
				"sources", ROLE_SOURCES);
		return existing(queries.run("q1-leadership", parameters), parameters, "organisation").stream().map(row -> {
			return new Role(new EntityRef(str(row, "person"), str(row, "name"), "Person"), str(row, "role"),
					str(row, "when"), str(row, "status"), maps(row.get("sources")).stream().map(Rows::source).toList(),
					number(row, "attestations"));
		}).toList();
	}

	/** Q2: the organisation's inspections (ratings, must-do actions) and special-measures decisions, in time order. */
	public List<InspectionFinding> inspections(String organisationId) {
		return inspections(organisationId, PageRequest.largest()).items();
	}

	/** Q2, one page. */
	public Page<InspectionFinding> inspections(String organisationId, PageRequest page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("organisation", Parameters.id("organisation", organisationId, false));
		parameters.put("sources", FINDING_SOURCES);
		return paged("q2-inspections", parameters, page, List.of("organisation"), row -> new InspectionFinding(str(row, "kind"), str(row, "id"), str(row, "name"), str(row, "date"),
					str(row, "endDate"), str(row, "status"), str(row, "outcome"), strings(row.get("actors")),
					maps(row.get("ratings")).stream()
						.map(r -> new Rating(str(r, "domain"), str(r, "rating"), str(r, "note"), source(r.get("source")),
								number(r, "attestations")))
						.toList(),
					maps(row.get("mustDo")).stream()
						.map(m -> new MustDoAction(str(m, "text"), strings(m.get("services")), source(m.get("source")),
								number(m, "attestations")))
						.toList(),
					maps(row.get("sources")).stream().map(Rows::source).toList(), str(row, "when"),
					number(row, "sourceCount")));
	}

	/** Q3: who criticised the target (or its inspections, board and other parts); all criticism when null. */
	public List<Criticism> criticisms(String targetId) {
		return criticisms(targetId, PageRequest.largest()).items();
	}

	/** Q3, one page, oldest first. */
	public Page<Criticism> criticisms(String targetId, PageRequest page) {
		return criticisms(targetId, null, page);
	}

	/** Q3, one page, oldest first: criticism of {@code targetId} (and its parts) by {@code criticId}; either may be null. */
	public Page<Criticism> criticisms(String targetId, String criticId, PageRequest page) {
		return criticisms(targetId, criticId, null, null, page);
	}

	/** Q3, one page, oldest first, within {@code from}..{@code to} (either may be null). */
	public Page<Criticism> criticisms(String targetId, String criticId, String from, String to, PageRequest page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("target", idOf("target", targetId));
		parameters.put("critic", idOf("critic", criticId));
		putRange(parameters, from, to);
		return paged("q3-criticism", parameters, page, List.of("target", "critic"), row -> new Criticism(
					new EntityRef(str(row, "critic"), str(row, "criticName"), Kinds.of(strings(row.get("criticKind")))),
					new EntityRef(str(row, "target"), str(row, "targetName"), Kinds.of(strings(row.get("targetKind")))), str(row, "summary"),
					str(row, "statement"), source(row.get("source"))));
	}

	/**
	 * Q4: who said what. Each filter may be null: statements by {@code speakerId}, about {@code aboutId},
	 * in the range {@code from}..{@code to}.
	 */
	public List<StatementRecord> statements(String speakerId, String aboutId, String from, String to) {
		return statements(speakerId, aboutId, from, to, PageRequest.largest()).items();
	}

	/** Q4, one page, oldest first. */
	public Page<StatementRecord> statements(String speakerId, String aboutId, String from, String to, PageRequest page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("speaker", idOf("speaker", speakerId));
		parameters.put("about", idOf("about", aboutId));
		putRange(parameters, from, to);
		return paged("q4-who-said-what", parameters, page, List.of("speaker", "about"), Rows::statement);
	}

	/** Q5: MPs and ministers, with their constituencies, parties and offices. */
	public List<Politician> politicians() {
		return politicians(PageRequest.largest()).items();
	}

	/** Q5, one page, by name. */
	public Page<Politician> politicians(PageRequest page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("attestations", POLITICIAN_ATTESTATIONS);
		return paged("q5-politicians", parameters, page,
				row -> new Politician(str(row, "politician"), str(row, "name"), Boolean.TRUE.equals(row.get("mp")),
						links(row.get("constituencies")), links(row.get("parties")),
						maps(row.get("offices")).stream()
							.map(o -> new OfficeHeld(str(o, "id"), str(o, "name"), str(o, "status"), str(o, "asOf"),
									source(o.get("source"))))
							.toList()));
	}

	/** Q6: calls for action, optionally by one caller and/or concerning (or addressed to) one entity. */
	public List<CallForAction> callsForAction(String callerId, String concerningId) {
		return callsForAction(callerId, concerningId, PageRequest.largest()).items();
	}

	/** Q6, one page, oldest first. */
	public Page<CallForAction> callsForAction(String callerId, String concerningId, PageRequest page) {
		return callsForAction(callerId, concerningId, null, null, page);
	}

	/** Q6, one page, oldest first, within {@code from}..{@code to} (either may be null). */
	public Page<CallForAction> callsForAction(String callerId, String concerningId, String from, String to, PageRequest page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("caller", idOf("caller", callerId));
		parameters.put("concerning", idOf("concerning", concerningId));
		putRange(parameters, from, to);
		return paged("q6-calls-for-action", parameters, page, List.of("caller", "concerning"), row -> new CallForAction(str(row, "call"),
					new EntityRef(str(row, "caller"), str(row, "callerName"), Kinds.of(strings(row.get("callerKind")))), str(row, "action"),
					strings(row.get("addressedTo")), strings(row.get("concerns")), str(row, "date"),
					source(row.get("source"))));
	}

	/** Q7: events in a date range (either end may be null), optionally of one kind ({@code protest}, ...). */
	public List<EventRecord> events(String from, String to, String kind) {
		return events(from, to, kind, null, PageRequest.largest()).items();
	}

	/** Q7, one page, oldest first; with {@code participantId}, only the events that entity took part in. */
	public Page<EventRecord> events(String from, String to, String kind, String participantId, PageRequest page) {
		var parameters = new HashMap<String, Object>();
		putRange(parameters, from, to);
		parameters.put("kind", kind == null || kind.isBlank() ? null : kind);
		parameters.put("participant", idOf("participant", participantId));
		return paged("q7-events", parameters, page, List.of("participant"), row -> new EventRecord(str(row, "event"), str(row, "kind"), str(row, "name"), str(row, "description"),
					str(row, "when"), str(row, "datePrecision"), str(row, "dateText"), str(row, "status"),
					strings(row.get("places")),
					maps(row.get("participants")).stream()
						.map(p -> new Participant(str(p, "id"), str(p, "name"), str(p, "role")))
						.toList(),
					maps(row.get("sources")).stream().map(Rows::source).toList()));
	}

	/** Q8: every sourced fact about a node (only those linking it to {@code otherId}, when given). */
	public List<Fact> facts(String id, String otherId) {
		return facts(id, otherId, PageRequest.largest()).items();
	}

	/** Q8, one page: the reports first, then the facts by type. */
	public Page<Fact> facts(String id, String otherId, PageRequest page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", Parameters.id("id", id, false));
		parameters.put("other", idOf("other", otherId));
		return paged("q8-provenance", parameters, page, List.of("id", "other"), row -> new Fact(str(row, "fact"), str(row, "direction"),
				new EntityRef(str(row, "other"), str(row, "otherName"), Kinds.of(strings(row.get("otherKind")))),
				source(row.get("source")), str(row, "ambiguity")));
	}

	/** Q9: the shortest chain of sourced facts between two entities, if there is one. */
	public Optional<Connection> connection(String fromId, String toId) {
		var parameters = Map.<String, Object>of("from", requireEntity("from", fromId), "to", requireEntity("to", toId));
		if (parameters.get("from").equals(parameters.get("to"))) {
			// shortestPath fails on a chain from a node to itself; that chain is the node alone, with no steps
			return entity(fromId).map(e -> new Connection(List.of(new EntityRef(e.id(), e.name(), e.kind())), List.of()));
		}
		return queries.run("q9-connections", parameters).stream().findFirst()
			.map(row -> new Connection(
					maps(row.get("nodes")).stream()
						.map(n -> new EntityRef(str(n, "id"), str(n, "name"), Kinds.of(strings(n.get("labels")))))
						.toList(),
					maps(row.get("steps")).stream()
						.map(s -> new Step(str(s, "type"), str(s, "from"), str(s, "to"), source(s.get("source"))))
						.toList()));
	}

	/**
	 * What two entities said about the same subjects: each subject that statements of both are about (at most
	 * {@link #COMPARED_SUBJECTS}, those with the most statements first), with the statements of each about it, under an
	 * optional date range as in {@link #statements}.
	 */
	public Comparison compare(String aId, String bId, String from, String to) {
		return comparisons.compare(aId, bId, from, to);
	}

	/** Q9: the people, organisations and groups within {@code depth} (1 to 4) steps of an entity. */
	public List<Neighbour> neighbourhood(String id, int depth) {
		var centre = requireEntity("id", id);
		Parameters.between("depth", depth, 1, MAX_DEPTH);
		return queries.run("q9-neighbourhood", Map.of("id", centre, "depth", depth)).stream()
			.map(row -> new Neighbour(new EntityRef(str(row, "id"), str(row, "name"), Kinds.of(strings(row.get("labels")))),
					((Number) row.get("distance")).intValue()))
			.toList();
	}

	/** Full-text search over names and aliases, best first; tolerates typos and prefixes. */
	public List<SearchHit> searchEntities(String text, int limit) {
		var typed = Parameters.text("q", text);
		var query = SearchText.toLuceneQuery("q", typed);
		int max = Parameters.between("limit", limit, 1, MAX_SEARCH_RESULTS);
		return queries.run("search-entities", Map.of("query", query, "words", SearchText.words(typed), "limit", max)).stream()
			.map(row -> new SearchHit(new EntityRef(str(row, "id"), str(row, "name"), Kinds.of(strings(row.get("labels")))),
					strings(row.get("aliases")), str(row, "match"), ((Number) row.get("score")).doubleValue()))
			.toList();
	}

	/** Full-text search over what was said, best first: the first {@code limit} hits. */
	public List<StatementHit> searchStatements(String text, int limit) {
		Parameters.between("limit", limit, 1, MAX_SEARCH_RESULTS);
		return searchStatements(text, null, null, null, new PageRequest(1, limit)).items();
	}

	/**
	 * Full-text search over what was said, best first, one page of at most {@value #MAX_SEARCH_RESULTS}: by one
	 * speaker and within from / to when given (each may be null). Pages reach as far as the index's best
	 * {@value #MAX_SEARCH_HITS} matches.
	 */
	public Page<StatementHit> searchStatements(String text, String speakerId, String from, String to, PageRequest page) {
		Parameters.between("size", page.size(), 1, MAX_SEARCH_RESULTS);
		var parameters = new HashMap<String, Object>();
		parameters.put("query", SearchText.toLuceneQuery("q", Parameters.text("q", text)));
		parameters.put("hits", MAX_SEARCH_HITS);
		parameters.put("speaker", speakerId == null ? null : requireEntity("speaker", speakerId));
		putRange(parameters, from, to);
		return paged("search-statements", parameters, page,
				row -> new StatementHit(str(row, "statement"), str(row, "kind"), str(row, "text"),
						new EntityRef(str(row, "speaker"), str(row, "speakerName"), Kinds.of(strings(row.get("speakerKind")))),
						str(row, "article"), source(row.get("source")), ((Number) row.get("score")).doubleValue()));
	}

	/** One entity in full: labels, names, aliases, roles over time and the articles that report it. */
	public Optional<EntityDetails> entity(String id) {
		var checked = Parameters.id("id", id, false);
		return queries.run("entity", Map.of("id", checked, "roles", ENTITY_ROLES, "sources", ENTITY_SOURCES)).stream().findFirst().map(row -> {
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) row.get("properties");
			var labels = strings(row.get("labels"));
			return new EntityDetails(str(row, "id"),
					(String) firstNonNull(properties.get("name"), properties.get("title"), properties.get("description")),
					Kinds.of(labels), labels, strings(properties.get("aliases")), properties,
					maps(row.get("roles")).stream()
						.map(r -> new EntityRole(str(r, "relation"), str(r, "direction"),
								new EntityRef(str(r, "other"), str(r, "otherName"), Kinds.of(strings(r.get("otherKind")))), str(r, "role"),
								str(r, "status"), str(r, "asOf"), str(r, "startDate"), str(r, "endDate"),
								source(r.get("source"))))
						.toList(),
					number(row, "roleCount"),
					maps(row.get("sources")).stream().map(Rows::source).toList(),
					number(row, "reports"));
		});
	}

	/**
	 * An entity's history in time order: its roles, what it said and what was said about it, its
	 * inspections and decisions, and the events it took part in. Undated items come last.
	 */
	public List<TimelineEntry> timeline(String id) {
		return timelines.timeline(id, null, null);
	}

	/**
	 * An entity's history in time order, the items whose possible dates overlap {@code from}..{@code to} (either may
	 * be null; a partial date covers its whole period, as in the other questions). Undated items come last, kept
	 * whatever the range: nothing says they fall outside it.
	 */
	public List<TimelineEntry> timeline(String id, String from, String to) {
		return timelines.timeline(id, from, to);
	}

	/**
	 * Claims against outcomes: what an organisation's leaders, the organisation itself, those who spoke for it and
	 * others said about it (each statement flagged when the data marks it a commitment), beside its inspections (with
	 * their overall rating), the decisions about it and its events; one chronology, oldest first, the items whose
	 * possible dates overlap {@code from}..{@code to} (either may be null). Undated items come last.
	 */
	public List<ClaimOrOutcome> claims(String organisationId, String from, String to) {
		return claims(organisationId, from, to, PageRequest.largest()).items();
	}

	/** Claims against outcomes, one page. */
	public Page<ClaimOrOutcome> claims(String organisationId, String from, String to, PageRequest page) {
		return claims.claims(organisationId, from, to, page);
	}

	/** Every article, oldest first, with how many nodes and facts it supports (up to {@link PageRequest#MAX_SIZE}). */
	public List<ArticleSummary> articleList() {
		return articles.list(PageRequest.largest()).items();
	}

	/** One page of the articles, oldest first. */
	public Page<ArticleSummary> articleList(PageRequest page) {
		return articles.list(page);
	}

	/** One article and every fact it supports. */
	public Optional<ArticleDetails> article(String id) {
		return articles.article(id);
	}

	/**
	 * One article as it is read: its header, its full text, the nodes it reports and every fact it supports (the
	 * mentions among them), each with its evidence's offsets in the text; see {@link ArticleReader#text}.
	 */
	public Optional<ArticleText> articleText(String id) {
		return articles.text(id);
	}

	/**
	 * The who-said-what network around {@code focusId} (everything when null); see {@link NetworkReader#network}.
	 * Each filter may be null: a date range, and one article ({@code articleId}).
	 */
	public Network network(String focusId, int depth, String from, String to, String articleId) {
		return networks.network(focusId, depth, from, to, articleId);
	}

	/** The whole graph, every node with ids and every relationship between them, for exports. */
	public Network wholeGraph() {
		return networks.wholeGraph();
	}

	/** Checks the id's form, then that it names a node; returns the node's id, name and kind. */
	EntityRef requireRef(String parameter, String id) {
		var checked = Parameters.id(parameter, id, false);
		return queries.run("exists", Map.of("id", checked)).stream().findFirst()
			.map(row -> new EntityRef(checked, str(row, "name"), Kinds.of(strings(row.get("labels")))))
			.orElseThrow(() -> NotFoundException.noSuchId(parameter, checked));
	}

	/**
	 * An id a question names (null when none is), checked for its form only. Whether it names an entity is asked only
	 * when the answer is empty ({@link #existing}): an answer with rows was read from its entities, so asking first
	 * would cost every answer a round trip to the database.
	 */
	static String idOf(String parameter, String id) {
		return id == null ? null : Parameters.id(parameter, id, false);
	}

	/** The answer, unless it is empty and one of the ids the question names ({@code parameters}) is no entity: a 404. */
	<T> List<T> existing(List<T> answer, Map<String, Object> parameters, String... names) {
		if (answer.isEmpty()) {
			for (var name : names) {
				if (parameters.get(name) instanceof String id) {
					requireEntity(name, id);
				}
			}
		}
		return answer;
	}

	/** Checks the id's form, then that it names a node; returns it. */
	String requireEntity(String parameter, String id) {
		var checked = Parameters.id(parameter, id, false);
		if (queries.run("exists", Map.of("id", checked)).isEmpty()) {
			throw NotFoundException.noSuchId(parameter, checked);
		}
		return checked;
	}

	static void putRange(Map<String, Object> parameters, String from, String to) {
		var checkedFrom = Parameters.date("from", from);
		var checkedTo = Parameters.date("to", to);
		Parameters.range(checkedFrom, checkedTo);
		parameters.put("from", checkedFrom);
		parameters.put("to", checkedTo);
	}

	private <T> Page<T> paged(String query, Map<String, Object> parameters, PageRequest page,
			Function<Map<String, Object>, T> mapper) {
		return Rows.paged(queries, query, parameters, page, mapper);
	}

	/** A page of a question naming the ids {@code named}, each checked as {@link #existing} does. */
	private <T> Page<T> paged(String query, Map<String, Object> parameters, PageRequest page, List<String> named,
			Function<Map<String, Object>, T> mapper) {
		var answer = Rows.paged(queries, query, parameters, page, mapper);
		existing(answer.items(), parameters, named.toArray(String[]::new));
		return answer;
	}

}
