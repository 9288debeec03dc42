package org.accountabilitygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Article text to a proposed fact file: checks the input, lays out the paragraphs, splits sentences, finds
 * names, quotations and reported speech with their speakers, resolves the names against the graph, infers
 * the date, finds events and decisions, and writes it all as a fact file with every uncertain choice marked. Writes nothing anywhere.
 */
public final class Ingester {

	private static final Pattern HASHED_NAME = Pattern.compile("\\d+_([0-9a-f]{8})[0-9a-f]*\\.txt");

	private final KnownEntities known;
	private final SentenceSplitter splitter;
	private final LocalDate today;

	public Ingester(KnownEntities known, SentenceSplitter splitter, LocalDate today) {
		this.known = known;
		this.splitter = splitter;
		this.today = today;
	}

	public Ingester(KnownEntities known) {
		this(known, new BreakIteratorSentences(), LocalDate.now());
	}

	/**
	 * @param articleName the article file's name ({@code 005_0a1b2c3d4e5f6a7b.txt}); its hash part, or else the
	 *                    text's, gives the article id
	 * @param version     the fact file's version number ({@code 106} for {@code R106__...})
	 * @throws InvalidArticleException when the bytes cannot be an article
	 */
	public Proposal ingest(String articleName, int version, byte[] bytes) {
		var text = ArticleInput.text(bytes);
		var shortId = shortId(articleName, bytes);
		var analysis = analyse(text);
		return new FactFileBuilder(text, shortId, "data/articles/" + articleName, known, analysis)
			.build("R" + version + "__Article_" + shortId + ".yaml");
	}

	/** The article's short id: the hash part of its file name, or else the first 8 hex digits of its SHA-256. */
	static String shortId(String articleName, byte[] bytes) {
		var m = HASHED_NAME.matcher(articleName);
		return m.matches() ? m.group(1) : sha256(bytes).substring(0, 8);
	}

	/** What the rules read in the text. */
	record Analysis(Layout layout, List<Span> sentences, EntityTable table, List<ProposedStatement> statements, ArticleDate date,
			List<Happening> happenings) {
	}

	Analysis analyse(String text) {
		var layout = Layout.of(text);
		var sentences = new ArrayList<Span>();
		for (var p : layout.paragraphs()) {
			sentences.addAll(splitter.split(text, p.span()));
		}
		var quotations = QuoteFinder.find(layout);
		var table = new EntityTable().quoted(offset -> quotations.stream().anyMatch(q -> q.content().contains(offset)));
		var finder = new MentionFinder(text, known::typeOf);
		for (var sentence : sentences) {
			finder.find(sentence).forEach(table::add);
		}
		linkRoles(table, text);
		var resolver = new Resolver(known);
		var statements = new StatementFinder(text, layout, sentences, table).find(quotations);
		for (var e : table.entities) {
			if (!e.anonymous && !e.group) {
				resolver.resolve(e);
			}
		}
		mergeSameResolution(table, statements);
		statements.sort(Comparator.comparingInt(s -> s.span().start()));
		var date = new DateInference(text, sentences, today).infer();
		var happenings = Happenings.find(text, layout, sentences, table, statements, date);
		return new Analysis(layout, sentences, table, statements, date, happenings);
	}

	/** A role's organisation ("NSFT chief executive", "deputy chief executive at NSFT") as an entity of the article. */
	private static void linkRoles(EntityTable table, String text) {
		for (var e : table.entities) {
			if (e.person() && e.qualifier != null) {
				e.leads = table.entities.stream()
					.filter(o -> o.organisation() && (o.name.equalsIgnoreCase(e.qualifier) || o.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(e.qualifier))))
					.findFirst().orElse(null);
			}
			else if (e.person() && e.role != null && Lexicon.LEADERSHIP.keySet().stream().anyMatch(r -> Lexicon.lower(e.role).endsWith(r))) {
				var mention = e.mentions.stream().filter(m -> m.role() != null).findFirst().orElse(null);
				if (mention != null) {
					// "Stuart Richardson, the trust's chief executive": the role names its organisation by a noun
					var before = new Span(mention.sentence().start(), mention.span().start());
					var roleNoun = java.util.regex.Pattern.compile("\\bthe (trust|organisation|council|company|charity|board)['’]s\\b").matcher(Lexicon.lower(e.role));
					if (roleNoun.find()) {
						var noun = roleNoun.group(1);
						e.leads = table.entities.stream().filter(o -> o.organisation() && !o.group && Lexicon.lower(String.valueOf(o.kind)).equals(noun))
							.findFirst().orElse(null);
						continue;
					}
					var orgs = table.within(before).stream().filter(o -> o.organisation() && !o.group).toList();
					if (Lexicon.lower(before.of(text)).matches(".*\\bthe (trust|organisation|council|company|charity|board)\\b.*")) {
						var noun = Lexicon.lower(before.of(text)).replaceAll(".*\\bthe (trust|organisation|council|company|charity|board)\\b.*", "$1");
						e.leads = table.entities.stream().filter(o -> o.organisation() && !o.group && Lexicon.lower(String.valueOf(o.kind)).equals(noun))
							.findFirst().orElse(null);
					}
					if (e.leads == null && !orgs.isEmpty()) {
						e.leads = orgs.get(orgs.size() - 1);
					}
				}
			}
		}
	}

	/** Two spellings that resolved to the same node are one entity ("NSFT" and "Norfolk and Suffolk ... Trust"). */
	private static void mergeSameResolution(EntityTable table, List<ProposedStatement> statements) {
		var keep = new ArrayList<ArticleEntity>();
		for (var e : table.entities) {
			var same = e.known ? keep.stream().filter(k -> k.known && k.id.equals(e.id)).findFirst().orElse(null) : null;
			if (same == null) {
				keep.add(e);
				continue;
			}
			same.aliases.add(e.name);
			same.aliases.addAll(e.aliases);
			same.mentions.addAll(e.mentions);
			table.byOffset.replaceAll((k, v) -> v == e ? same : v);
			for (var s : statements) {
				s.speakers.replaceAll(x -> x == e ? same : x);
				if (s.onBehalfOf == e) {
					s.onBehalfOf = same;
				}
			}
			for (var other : table.entities) {
				if (other.speaksFor == e) {
					other.speaksFor = same;
				}
				if (other.leads == e) {
					other.leads = same;
				}
			}
		}
		table.entities.retainAll(keep);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}
}
