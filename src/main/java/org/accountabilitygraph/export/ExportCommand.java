package org.accountabilitygraph.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.accountabilitygraph.query.InvalidParameterException;
import org.accountabilitygraph.query.KnowledgeGraph;
import org.accountabilitygraph.query.NotFoundException;
import org.accountabilitygraph.server.StorePassword;
import org.accountabilitygraph.style.CytoscapeStyle;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tools/export}: writes the network (or the whole graph) from a running Neo4j to a file, or the Cytoscape
 * desktop style that draws its GraphML.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Exports the who-said-what network around an entity (or everything) as GraphML, GEXF, "
				+ "Cytoscape JSON or DOT, with the article and sentence behind each fact as attributes.")
public final class ExportCommand implements Callable<Integer> {

	/** The network in a format, or the style file: one of the two. */
	static final class What {

		@Option(names = "--format", required = true, description = "graphml, gexf, cyjs or dot")
		String format;

		@Option(names = "--cytoscape-style", required = true, description = "instead of the network, the Cytoscape "
				+ "desktop style file that draws a GraphML export as the page does (needs no Neo4j)")
		boolean cytoscapeStyle;
	}

	@ArgGroup(exclusive = true, multiplicity = "1")
	What what;

	@Option(names = "--focus", description = "id of the entity at the centre (default: the whole network)")
	String focus;

	@Option(names = "--depth", defaultValue = "1", description = "steps out from the focus, 1-4 (default: ${DEFAULT-VALUE})")
	int depth;

	@Option(names = "--from", description = "earliest date, YYYY[-MM[-DD]]")
	String from;

	@Option(names = "--to", description = "latest date, YYYY[-MM[-DD]]")
	String to;

	@Option(names = "--article", description = "only this article's facts (an article id)")
	String article;

	@Option(names = "--hide", description = "relation types to leave out, comma-separated (CRITICISED,LEADS)")
	String hide;

	@Option(names = "--whole-graph", description = "every node and relationship instead of the who-said-what network")
	boolean wholeGraph;

	@Option(names = { "-o", "--out" }, description = "file to write (default: standard output)")
	Path out;

	@Option(names = "--uri", defaultValue = "bolt://localhost:7687", description = "Neo4j to read (default: ${DEFAULT-VALUE})")
	String uri;

	@Option(names = "--user", description = "Neo4j user (default: the embedded run's user and password, from its store)")
	String user;

	@Option(names = "--store", defaultValue = "${env:GRAPH_STORE:-neo4j-data}",
			description = "the embedded run's store, whose password file is used when --user is not given (default: ${DEFAULT-VALUE})")
	Path store;

	@Option(names = "--password", description = "Neo4j password (or the NEO4J_PASSWORD environment variable)",
			defaultValue = "${env:NEO4J_PASSWORD}")
	String password;

	@Override
	public Integer call() throws IOException {
		if (what.cytoscapeStyle) {
			try (Writer writer = writer()) {
				CytoscapeStyle.write(writer);
			}
			if (out != null) {
				System.err.printf("Wrote the Cytoscape style %s to %s%n", CytoscapeStyle.STYLE_NAME, out);
			}
			return 0;
		}
		var exportFormat = ExportFormat.named("--format", what.format);
		var hidden = HiddenRelations.parse("--hide", hide);
		var auth = user != null ? AuthTokens.basic(user, password == null ? "" : password)
				: StorePassword.read(store).map(p -> AuthTokens.basic(p.user(), p.password())).orElse(AuthTokens.none());
		try (var driver = GraphDatabase.driver(uri, auth)) {
			var graph = new KnowledgeGraph(driver);
			var network = hidden.applyTo(wholeGraph ? graph.wholeGraph() : graph.network(focus, depth, from, to, article));
			try (Writer writer = writer()) {
				NetworkExporter.write(network, exportFormat, writer, wholeGraph ? null : focus);
			}
			if (out != null) {
				System.err.printf("Wrote %d nodes and %d edges to %s%n", network.nodes().size(), network.edges().size(), out);
			}
			return 0;
		}
	}

	/** The file given, or standard output. */
	private Writer writer() throws IOException {
		return out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
				: Files.newBufferedWriter(out, StandardCharsets.UTF_8);
	}

	public static void main(String[] args) {
		var command = new CommandLine(new ExportCommand());
		// Our own errors are the user's mistakes: print the message, not a stack trace.
		command.setExecutionExceptionHandler((ex, cmd, parsed) -> {
			if (ex instanceof InvalidParameterException || ex instanceof NotFoundException) {
				cmd.getErr().println(ex.getMessage());
				return 2;
			}
			cmd.getErr().println("Export failed: " + ex.getMessage());
			return 1;
		});
		System.exit(command.execute(args));
	}
}
