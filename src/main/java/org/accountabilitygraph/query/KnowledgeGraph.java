package org.accountabilitygraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.accountabilitygraph.query.model.ArticleDetails;
import org.accountabilitygraph.query.model.ArticleFact;
import org.accountabilitygraph.query.model.ArticleHeader;
import org.accountabilitygraph.query.model.ArticleNode;
import org.accountabilitygraph.query.model.ArticleText;
import org.accountabilitygraph.query.model.ArticleSummary;
import org.accountabilitygraph.query.model.CallForAction;
import org.accountabilitygraph.query.model.Connection;
import org.accountabilitygraph.query.model.Criticism;
import org.accountabilitygraph.query.model.EntityDetails;
import org.accountabilitygraph.query.model.EntityRef;
import org.accountabilitygraph.query.model.EntityRole;
import org.accountabilitygraph.query.model.Evidence;
import org.accountabilitygraph.query.model.EventRecord;
import org.accountabilitygraph.query.model.Fact;
import org.accountabilitygraph.query.model.InspectionFinding;
import org.accountabilitygraph.query.model.LocatedFact;
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
import org.accountabilitygraph.query.model.Source;
import org.accountabilitygraph.query.model.SourcedLink;
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

	/** The most statements a network draws: enough for any one person's or body's picture, not a national graph's. */
	public static final int MAX_NETWORK_STATEMENTS = 500;

	/**
	 * How many of an entity's roles {@link #entity} lists, oldest first (it counts them all): a trust of a national
	 * graph is attested as led tens of thousands of times.
	 */
	public static final int ENTITY_ROLES = 200;

	/** How many of the articles that attest a leadership role {@link #leadership} lists, oldest first (it counts them all). */
	public static final int ROLE_SOURCES = 20;

	/** How many attestations of each seat, party and office {@link #politicians} reads per politician. */
	public static final int POLITICIAN_ATTESTATIONS = 50;

	/** How many of the articles that report an inspection or decision {@link #inspections} lists (it counts them all). */
	public static final int FINDING_SOURCES = 20;

	/** How many of the articles that report an entity {@link #entity} lists (it counts them all). */
	public static final int ENTITY_SOURCES = 50;

	/** How long any one query may run: every question here takes milliseconds on the whole graph. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	private final NamedQueries queries;

	private final ArticleTexts texts;

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
		this.texts = texts;
	}

	/** Q1: who has led the organisation, in which role, from when; ordered in time. */
	public List<Role> leadership(String organisationId) {
		var organisation = requireEntity("organisation", organisationId);
		return queries.run("q1-leadership", Map.of("organisation", organisation, "sources", ROLE_SOURCES)).stream().map(row -> {
			return new Role(new EntityRef(str(row, "person"), str(row, "name"), "Person"), str(row, "role"),
					str(row, "when"), str(row, "status"), maps(row.get("sources")).stream().map(KnowledgeGraph::source).toList(),
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
		parameters.put("organisation", requireEntity("organisation", organisationId));
		parameters.put("sources", FINDING_SOURCES);
		return paged("q2-inspections", parameters, page, row -> new InspectionFinding(str(row, "kind"), str(row, "id"), str(row, "name"), str(row, "date"),
					str(row, "endDate"), str(row, "status"), str(row, "outcome"), strings(row.get("actors")),
					maps(row.get("ratings")).stream()
						.map(r -> new Rating(str(r, "domain"), str(r, "rating"), str(r, "note"), source(r.get("source")),
								number(r, "attestations")))
						.toList(),
					maps(row.get("mustDo")).stream()
						.map(m -> new MustDoAction(str(m, "text"), strings(m.get("services")), source(m.get("source")),
								number(m, "attestations")))
						.toList(),
					maps(row.get("sources")).stream().map(KnowledgeGraph::source).toList(), str(row, "when"),
					number(row, "sourceCount")));
	}

	/** Q3: who criticised the target (or its inspections, board and other parts); all criticism when null. */
	public List<Criticism> criticisms(String targetId) {
		return criticisms(targetId, PageRequest.largest()).items();
	}

	/** Q3, one page, oldest first. */
	public Page<Criticism> criticisms(String targetId, PageRequest page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("target", targetId == null ? null : requireEntity("target", targetId));
		return paged("q3-criticism", parameters, page, row -> new Criticism(
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
		parameters.put("speaker", speakerId == null ? null : requireEntity("speaker", speakerId));
		parameters.put("about", aboutId == null ? null : requireEntity("about", aboutId));
		putRange(parameters, from, to);
		return paged("q4-who-said-what", parameters, page, row -> new StatementRecord(str(row, "statement"),
					new EntityRef(str(row, "speaker"), str(row, "speakerName"), Kinds.of(strings(row.get("speakerKind")))),
					Boolean.TRUE.equals(row.get("anonymous")), strings(row.get("onBehalfOf")), str(row, "kind"),
					str(row, "text"), refs(row.get("about")), strings(row.get("madeIn")), str(row, "when"),
					str(row, "datePrecision"), source(row.get("source"))));
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
		var parameters = new HashMap<String, Object>();
		parameters.put("caller", callerId == null ? null : requireEntity("caller", callerId));
		parameters.put("concerning", concerningId == null ? null : requireEntity("concerning", concerningId));
		return paged("q6-calls-for-action", parameters, page, row -> new CallForAction(str(row, "call"),
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
		parameters.put("participant", participantId == null ? null : requireEntity("participant", participantId));
		return paged("q7-events", parameters, page, row -> new EventRecord(str(row, "event"), str(row, "kind"), str(row, "name"), str(row, "description"),
					str(row, "when"), str(row, "datePrecision"), str(row, "dateText"), str(row, "status"),
					strings(row.get("places")),
					maps(row.get("participants")).stream()
						.map(p -> new Participant(str(p, "id"), str(p, "name"), str(p, "role")))
						.toList(),
					maps(row.get("sources")).stream().map(KnowledgeGraph::source).toList()));
	}

	/** Q8: every sourced fact about a node (only those linking it to {@code otherId}, when given). */
	public List<Fact> facts(String id, String otherId) {
		return facts(id, otherId, PageRequest.largest()).items();
	}

	/** Q8, one page: the reports first, then the facts by type. */
	public Page<Fact> facts(String id, String otherId, PageRequest page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", requireEntity("id", id));
		parameters.put("other", otherId == null ? null : requireEntity("other", otherId));
		return paged("q8-provenance", parameters, page, row -> new Fact(str(row, "fact"), str(row, "direction"),
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

	/** Full-text search over what was said, best first. */
	public List<StatementHit> searchStatements(String text, int limit) {
		var query = SearchText.toLuceneQuery("q", Parameters.text("q", text));
		int max = Parameters.between("limit", limit, 1, MAX_SEARCH_RESULTS);
		return queries.run("search-statements", Map.of("query", query, "limit", max)).stream()
			.map(row -> new StatementHit(str(row, "statement"), str(row, "kind"), str(row, "text"),
					new EntityRef(str(row, "speaker"), str(row, "speakerName"), Kinds.of(strings(row.get("speakerKind")))),
					str(row, "article"), source(row.get("source")),
					((Number) row.get("score")).doubleValue()))
			.toList();
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
					((Number) row.get("roleCount")).longValue(),
					maps(row.get("sources")).stream().map(KnowledgeGraph::source).toList(),
					((Number) row.get("reports")).longValue());
		});
	}

	/**
	 * An entity's history in time order: its roles, what it said and what was said about it, its
	 * inspections and decisions, and the events it took part in. Undated items come last.
	 */
	public List<TimelineEntry> timeline(String id) {
		return timeline(id, null, null);
	}

	/**
	 * An entity's history in time order, the items whose possible dates overlap {@code from}..{@code to} (either may
	 * be null; a partial date covers its whole period, as in the other questions). Undated items come last, kept
	 * whatever the range: nothing says they fall outside it.
	 */
	public List<TimelineEntry> timeline(String id, String from, String to) {
		var checkedFrom = Parameters.date("from", from);
		var checkedTo = Parameters.date("to", to);
		Parameters.range(checkedFrom, checkedTo);
		var details = entity(id).orElseThrow(() -> NotFoundException.noSuchId("id", id));
		var entries = new ArrayList<TimelineEntry>();
		for (var role : details.roles()) {
			var when = firstNonNull(role.startDate(), role.asOf(), role.source().articleDate());
			var title = switch (role.relation()) {
				case "LEADS" -> role.direction().equals("out") ? role.role() + ", " + role.other().name()
						: role.other().name() + ", " + role.role();
				case "HOLDS_OFFICE" -> role.other().name();
				case "REPRESENTS" -> "MP for " + role.other().name();
				case "MEMBER_OF" -> "member of " + role.other().name();
				case "WORKS_FOR" -> (role.role() == null ? "works for " : role.role() + ", ") + role.other().name();
				default -> role.relation() + " " + role.other().name();
			};
			var fact = role.relation() + ":" + (role.direction().equals("out") ? details.id() + ":" + role.other().id()
					: role.other().id() + ":" + details.id());
			entries.add(new TimelineEntry((String) when, "role", title, role.status(), role.other().id(), role.source(),
					null, null, null, role.status(), null, null, fact));
		}
		for (var statement : statements(details.id(), null, checkedFrom, checkedTo)) {
			entries.add(new TimelineEntry(statement.when(), "said", statement.text(),
					statement.about().stream().map(EntityRef::name).reduce((a, b) -> a + "; " + b).map(a -> "about " + a)
						.orElse(null),
					statement.id(), statement.source(), statement.speaker(), statement.kind(), null, null, null, null,
					said(statement)));
		}
		for (var statement : statements(null, details.id(), checkedFrom, checkedTo)) {
			if (!details.id().equals(statement.speaker().id())) {
				entries.add(new TimelineEntry(statement.when(), "said about", statement.text(),
						"said by " + statement.speaker().name(), statement.id(), statement.source(), statement.speaker(),
						statement.kind(), null, null, null, null, said(statement)));
			}
		}
		for (var finding : inspections(details.id())) {
			var decision = finding.kind().equals("decision");
			var title = decision ? finding.name()
					: finding.name() + (finding.overallRating() == null ? "" : ": " + finding.overallRating());
			var source = finding.sources().isEmpty() ? null : finding.sources().get(0);
			entries.add(new TimelineEntry(finding.when(), finding.kind(), title, finding.status(), finding.id(), source,
					null, null, decision && finding.name() != null ? finding.name().replaceFirst(": .*$", "") : null,
					finding.status(), finding.outcome(), finding.overallRating(), mention(finding.id(), source)));
		}
		for (var event : events(checkedFrom, checkedTo, null, details.id(), PageRequest.largest()).items()) {
			var source = event.sources().isEmpty() ? null : event.sources().get(0);
			event.participants().stream().filter(p -> details.id().equals(p.id())).findFirst()
				.ifPresent(p -> entries.add(new TimelineEntry(event.when(), event.kind(), event.name(), p.role(),
						event.id(), source, null, null, null, event.status(), null, null, mention(event.id(), source))));
		}
		entries.removeIf(e -> !overlaps(e.when(), checkedFrom, checkedTo));
		entries.sort(Comparator.comparing((TimelineEntry e) -> sortKey(e.when()),
				Comparator.nullsLast(Comparator.naturalOrder())));
		return entries;
	}

	/** The fact behind a statement's source (its speaker's {@code SAID}), as {@link #articleText} names it. */
	private static String said(StatementRecord statement) {
		return "SAID:" + statement.speaker().id() + ":" + statement.id();
	}

	/** The mention of a node in its source's article, as {@link #articleText} names it. */
	private static String mention(String id, Source source) {
		return source == null ? null : "REPORTED_IN:" + id + ":" + source.article();
	}

	/**
	 * Whether the dates {@code when} may fall in (a date, or an interval with {@code ..} for an open end) overlap
	 * {@code from}..{@code to}, as the named queries compare them: {@code x + '~'} sorts after every date that starts
	 * with {@code x}, so a partial date covers its whole period. No date overlaps everything.
	 */
	static boolean overlaps(String when, String from, String to) {
		if (when == null) {
			return true;
		}
		var parts = when.split("/", -1);
		var earliest = parts[0].equals("..") ? null : parts[0];
		var latest = parts.length > 1 ? (parts[1].equals("..") ? null : parts[1]) : earliest;
		return (to == null || earliest == null || earliest.compareTo(to + "~") <= 0)
				&& (from == null || latest == null || (latest + "~").compareTo(from) >= 0);
	}

	/** A date or interval as a sortable string: its start, or its end when only the end is known. */
	private static String sortKey(String when) {
		if (when == null) {
			return null;
		}
		var parts = when.split("/");
		return parts[0].equals("..") && parts.length > 1 ? parts[1] : parts[0];
	}

	/** Every article, oldest first, with how many nodes and facts it supports (up to {@link PageRequest#MAX_SIZE}). */
	public List<ArticleSummary> articleList() {
		return articleList(PageRequest.largest()).items();
	}

	/** One page of the articles, oldest first. */
	public Page<ArticleSummary> articleList(PageRequest page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("article", null);
		return paged("articles", parameters, page, KnowledgeGraph::articleSummary);
	}

	/** One article and every fact it supports. */
	public Optional<ArticleDetails> article(String id) {
		var checked = Parameters.id("id", id, false);
		var parameters = new HashMap<String, Object>();
		parameters.put("article", checked);
		return paged("articles", parameters, PageRequest.first(1), KnowledgeGraph::articleSummary).items().stream()
			.findFirst()
			.map(summary -> new ArticleDetails(summary, queries.run("article-facts", Map.of("article", checked)).stream()
				.map(row -> new ArticleFact(str(row, "fact"), new EntityRef(str(row, "from"), str(row, "fromName"), Kinds.of(strings(row.get("fromKind")))),
						new EntityRef(str(row, "to"), str(row, "toName"), Kinds.of(strings(row.get("toKind")))), str(row, "evidence"),
						str(row, "ambiguity")))
				.toList()));
	}

	/**
	 * One article as it is read: its header, its full text, the nodes it reports and every fact it supports (the
	 * mentions among them), each with its evidence's offsets in the text. When the words occur more than once, the
	 * occurrence inside the sentence that mentions the fact's statement or one of its ends is taken, else the
	 * first; {@link Evidence#located()} says which. Facts come in the order of their evidence in the text.
	 */
	public Optional<ArticleText> articleText(String id) {
		var checked = Parameters.id("id", id, false);
		return queries.run("article-text", Map.of("article", checked)).stream().findFirst().map(row -> {
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) row.get("article");
			var header = new ArticleHeader(checked, str(properties, "title"),
					Boolean.TRUE.equals(properties.get("titleInferred")), str(properties, "publisher"),
					str(properties, "publisherEvidence"), str(properties, "date"), str(properties, "datePrecision"),
					str(properties, "dateEarliest"), str(properties, "dateLatest"), str(properties, "dateReasoning"),
					str(properties, "ambiguity"), str(properties, "sourceFile"));
			var text = texts.read(header.sourceFile()).orElse(null);
			var locator = text == null ? null : new EvidenceLocator(text);
			var nodes = new LinkedHashMap<String, ArticleNode>();
			var mentions = new ArrayList<Map<String, Object>>();
			for (var mention : maps(row.get("mentions"))) {
				var labels = strings(mention.get("labels"));
				@SuppressWarnings("unchecked")
				var nodeProperties = (Map<String, Object>) mention.get("properties");
				nodes.put(str(mention, "id"), new ArticleNode(str(mention, "id"), str(mention, "name"), Kinds.of(labels),
						labels, nodeProperties));
				mentions.add(mention);
			}
			var articleRef = new EntityRef(checked, header.title(), "Article");
			Function<String, EntityRef> ref = nodeId -> {
				var node = nodes.get(nodeId);
				return node != null ? new EntityRef(node.id(), node.name(), node.kind())
						: checked.equals(nodeId) ? articleRef : new EntityRef(nodeId, nodeId, null);
			};
			var facts = new ArrayList<LocatedFact>();
			var mentioned = new HashMap<String, Evidence>();
			for (var mention : mentions) {
				var nodeId = str(mention, "id");
				var evidence = locate(locator, str(mention, "evidence"), List.of(), mentioned);
				mentioned.put(nodeId, evidence);
				facts.add(new LocatedFact("REPORTED_IN:" + nodeId + ":" + checked, "REPORTED_IN", ref.apply(nodeId),
						articleRef, Map.of(), null, evidence));
			}
			var seen = new HashMap<String, Integer>();
			for (var fact : maps(row.get("facts"))) {
				@SuppressWarnings("unchecked")
				var factProperties = new LinkedHashMap<>((Map<String, Object>) fact.get("properties"));
				var evidenceText = str(factProperties, "evidence");
				var ambiguity = str(factProperties, "ambiguity");
				factProperties.keySet().removeAll(List.of("article", "evidence", "ambiguity"));
				var from = str(fact, "from");
				var to = str(fact, "to");
				var key = str(fact, "type") + ":" + from + ":" + to;
				int n = seen.merge(key, 1, Integer::sum);
				// the sentences the words should be in: the statement that carries the fact, a statement at
				// either end, then either end
				var within = new ArrayList<String>();
				if (factProperties.get("statement") instanceof String statement) {
					within.add(statement);
				}
				for (var end : List.of(from, to)) {
					if (nodes.containsKey(end) && nodes.get(end).labels().contains("Statement")) {
						within.add(end);
					}
				}
				within.add(from);
				within.add(to);
				facts.add(new LocatedFact(n == 1 ? key : key + "." + n, str(fact, "type"), ref.apply(from), ref.apply(to),
						factProperties, ambiguity, locate(locator, evidenceText, within, mentioned)));
			}
			facts.sort(Comparator.comparing((LocatedFact f) -> f.evidence().start(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(f -> f.evidence().end(), Comparator.nullsLast(Comparator.naturalOrder())));
			return new ArticleText(header, text, List.copyOf(nodes.values()), facts);
		});
	}

	/** Where {@code words} are in the text ({@link Evidence}): preferably inside the mention of one of {@code within}. */
	private static Evidence locate(EvidenceLocator locator, String words, List<String> within,
			Map<String, Evidence> mentioned) {
		if (locator == null || words == null) {
			return new Evidence(words, null, null, 0, "missing", null);
		}
		var found = locator.occurrences(words);
		if (found.isEmpty()) {
			return new Evidence(words, null, null, 0, "missing", null);
		}
		if (found.size() == 1) {
			return new Evidence(words, found.get(0)[0], found.get(0)[1], 1, "only", null);
		}
		for (var nodeId : within) {
			var sentence = mentioned.get(nodeId);
			if (sentence == null || sentence.start() == null) {
				continue;
			}
			for (var at : found) {
				if (at[0] >= sentence.start() && at[1] <= sentence.end()) {
					return new Evidence(words, at[0], at[1], found.size(), "in-mention", nodeId);
				}
			}
		}
		return new Evidence(words, found.get(0)[0], found.get(0)[1], found.size(), "first", null);
	}

	/**
	 * The who-said-what network around {@code focusId} (everything when null): statements the focus made,
	 * spoke for or is the subject of, then, for each further step of {@code depth} (1 to 4), the statements
	 * of the entities reached so far. Nodes are the entities and the statements; edges are {@code SAID},
	 * {@code ABOUT} and {@code ON_BEHALF_OF}, plus the other facts among the entities shown
	 * ({@code CRITICISED}, {@code LEADS}, {@code INSPECTED}, ...), each with its article. Each filter may
	 * be null: a date range, and one article ({@code articleId}).
	 */
	public Network network(String focusId, int depth, String from, String to, String articleId) {
		var focus = focusId == null ? null : requireEntity("focus", focusId);
		Parameters.between("depth", depth, 1, MAX_DEPTH);
		var parameters = new HashMap<String, Object>();
		putRange(parameters, from, to);
		var article = articleId == null ? null : requireEntity("article", articleId);
		parameters.put("article", article);
		// one more than is drawn, to know whether the picture is whole
		parameters.put("limit", MAX_NETWORK_STATEMENTS + 1);
		boolean complete = true;
		var nodes = new LinkedHashMap<String, Map<String, Object>>();
		var edges = new LinkedHashMap<String, Map<String, Object>>();
		Set<String> reached = new LinkedHashSet<>();
		if (focus != null) {
			reached.add(focus);
		}
		var frontier = focus == null ? null : List.copyOf(reached);
		for (int step = 0; step < (focus == null ? 1 : depth); step++) {
			parameters.put("entities", frontier);
			var next = new LinkedHashSet<String>();
			for (var row : queries.run("network", parameters)) {
				if (statementCount(nodes) == MAX_NETWORK_STATEMENTS && !nodes.containsKey(str(row, "statement"))) {
					complete = false;
					break;
				}
				addStatement(row, nodes, edges, next);
			}
			if (!complete) {
				break;
			}
			next.removeAll(reached);
			reached.addAll(next);
			frontier = List.copyOf(next);
			if (frontier.isEmpty()) {
				break;
			}
		}
		if (focus != null && !nodes.containsKey(focus)) {
			// The focus said nothing and nothing was said about it: still show it, alone.
			entity(focus).ifPresent(e -> nodes.put(focus, nodeData(e.id(), e.name(), e.kind())));
		}
		var entityIds = nodes.values().stream().filter(n -> !"Statement".equals(n.get("kind"))).map(n -> n.get("id")).toList();
		var links = new HashMap<String, Object>();
		links.put("ids", entityIds);
		links.put("article", article);
		for (var row : queries.run("network-links", links)) {
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) row.get("properties");
			var data = edgeData(str(row, "type"), str(row, "source"), str(row, "target"), str(properties, "article"));
			data.put("id", data.get("id") + "." + edges.size());
			properties.forEach(data::putIfAbsent);
			edges.put((String) data.get("id"), data);
		}
		return new Network(nodes.values().stream().map(Network.Element::new).toList(),
				edges.values().stream().map(Network.Element::new).toList(), complete);
	}

	private static long statementCount(Map<String, Map<String, Object>> nodes) {
		return nodes.values().stream().filter(n -> "Statement".equals(n.get("kind"))).count();
	}

	/** The whole graph, every node with ids and every relationship between them, for exports. */
	public Network wholeGraph() {
		var nodes = queries.run("graph-nodes", Map.of()).stream().map(row -> {
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) row.get("properties");
			var labels = strings(row.get("labels"));
			var label = firstNonNull(properties.get("name"), properties.get("title"), properties.get("text"),
					properties.get("action"), properties.get("description"), row.get("id"));
			var data = nodeData(str(row, "id"), String.valueOf(label), Kinds.of(labels));
			data.put("labels", String.join(":", labels));
			properties.forEach(data::putIfAbsent);
			return new Network.Element(data);
		}).toList();
		var edges = queries.run("graph-relationships", Map.of()).stream().map(row -> {
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) row.get("properties");
			var data = edgeData(str(row, "type"), str(row, "source"), str(row, "target"), str(properties, "article"));
			data.put("id", str(row, "key"));
			properties.forEach(data::putIfAbsent);
			return new Network.Element(data);
		}).toList();
		return new Network(nodes, edges, true);
	}

	private static void addStatement(Map<String, Object> row, Map<String, Map<String, Object>> nodes,
			Map<String, Map<String, Object>> edges, Set<String> reached) {
		var statementId = str(row, "statement");
		var source = source(row.get("source"));
		var statement = nodeData(statementId, str(row, "text"), "Statement");
		statement.put("text", str(row, "text"));
		statement.put("statementKind", str(row, "kind"));
		statement.put("when", str(row, "when"));
		statement.put("article", source.article());
		statement.put("articleTitle", source.title());
		statement.put("publisher", source.publisher());
		statement.put("evidence", source.evidence());
		nodes.putIfAbsent(statementId, statement);
		@SuppressWarnings("unchecked")
		var speaker = (Map<String, Object>) row.get("speaker");
		addEntity(speaker, nodes, reached);
		addEdge(edges, "SAID", str(speaker, "id"), statementId, source.article());
		for (var organisation : maps(row.get("onBehalfOf"))) {
			addEntity(organisation, nodes, reached);
			addEdge(edges, "ON_BEHALF_OF", statementId, str(organisation, "id"), source.article());
		}
		for (var subject : maps(row.get("about"))) {
			addEntity(subject, nodes, reached);
			addEdge(edges, "ABOUT", statementId, str(subject, "id"), source.article());
		}
	}

	private static void addEntity(Map<String, Object> entity, Map<String, Map<String, Object>> nodes,
			Set<String> reached) {
		var id = str(entity, "id");
		nodes.putIfAbsent(id, nodeData(id, str(entity, "name"), Kinds.of(strings(entity.get("labels")))));
		reached.add(id);
	}

	private static Map<String, Object> nodeData(String id, String label, String kind) {
		var data = new LinkedHashMap<String, Object>();
		data.put("id", id);
		data.put("label", label);
		data.put("kind", kind);
		return data;
	}

	private static void addEdge(Map<String, Map<String, Object>> edges, String type, String source, String target,
			String article) {
		var data = edgeData(type, source, target, article);
		edges.putIfAbsent((String) data.get("id"), data);
	}

	private static Map<String, Object> edgeData(String type, String source, String target, String article) {
		var data = new LinkedHashMap<String, Object>();
		// Ids are XML name tokens (GraphML requires it): letters, digits, ".", "-", "_", ":".
		data.put("id", type + ":" + source + ":" + target);
		data.put("source", source);
		data.put("target", target);
		data.put("type", type);
		data.put("article", article);
		return data;
	}

	/** Checks the id's form, then that it names a node; returns it. */
	private String requireEntity(String parameter, String id) {
		var checked = Parameters.id(parameter, id, false);
		if (queries.run("exists", Map.of("id", checked)).isEmpty()) {
			throw NotFoundException.noSuchId(parameter, checked);
		}
		return checked;
	}

	private static void putRange(Map<String, Object> parameters, String from, String to) {
		var checkedFrom = Parameters.date("from", from);
		var checkedTo = Parameters.date("to", to);
		Parameters.range(checkedFrom, checkedTo);
		parameters.put("from", checkedFrom);
		parameters.put("to", checkedTo);
	}

	/**
	 * Runs a named query that takes {@code $skip} and {@code $limit} for one page, asking for one row more than the
	 * page holds to know whether another follows.
	 */
	private <T> Page<T> paged(String query, Map<String, Object> parameters, PageRequest page,
			Function<Map<String, Object>, T> mapper) {
		parameters.put("skip", page.skip());
		parameters.put("limit", page.size() + 1);
		var rows = queries.run(query, parameters);
		boolean more = rows.size() > page.size();
		return new Page<>(rows.stream().limit(page.size()).map(mapper).toList(), page.page(), page.size(), more);
	}

	/** A source as the named queries return it: the article's id, title, publisher and date, and the evidence. */
	@SuppressWarnings("unchecked")
	private static Source source(Object value) {
		if (!(value instanceof Map<?, ?>)) {
			return new Source(null, null, null, null, null, null);
		}
		var source = (Map<String, Object>) value;
		return new Source(str(source, "article"), str(source, "title"), str(source, "publisher"),
				str(source, "articleDate"), str(source, "datePrecision"), str(source, "evidence"));
	}

	private static List<SourcedLink> links(Object value) {
		return maps(value).stream().map(l -> new SourcedLink(str(l, "id"), str(l, "name"), source(l.get("source")))).toList();
	}

	private static ArticleSummary articleSummary(Map<String, Object> row) {
		return new ArticleSummary(str(row, "id"), str(row, "title"), str(row, "publisher"), str(row, "date"),
				str(row, "datePrecision"), str(row, "dateEarliest"), str(row, "dateLatest"), str(row, "dateReasoning"),
				str(row, "sourceFile"), number(row, "nodes"), number(row, "facts"));
	}

	private static List<EntityRef> refs(Object value) {
		return maps(value).stream()
			.map(m -> new EntityRef(str(m, "id"), str(m, "name"), Kinds.of(strings(m.get("labels")))))
			.toList();
	}

	private static long number(Map<String, Object> map, String key) {
		return map.get(key) instanceof Number number ? number.longValue() : 0;
	}

	private static String str(Map<String, Object> map, String key) {
		var value = map.get(key);
		return value == null ? null : String.valueOf(value);
	}

	private static List<String> strings(Object value) {
		return value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList() : List.of();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		if (!(value instanceof Collection<?> list)) {
			return List.of();
		}
		var result = new ArrayList<Map<String, Object>>();
		for (var item : list) {
			if (item instanceof Map<?, ?> map) {
				result.add((Map<String, Object>) map);
			}
		}
		return result;
	}

	private static Object firstNonNull(Object... values) {
		for (var value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}
}
