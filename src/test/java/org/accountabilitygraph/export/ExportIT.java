package org.accountabilitygraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.accountabilitygraph.LoadedGraph;
import org.accountabilitygraph.query.KnowledgeGraph;
import org.accountabilitygraph.query.model.Network;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import picocli.CommandLine;

/**
 * Exports read back: each format is parsed with an independent reader (JGraphT's importers, Jackson)
 * and must hold every node and edge of the graph, with the provenance attributes.
 */
@ExtendWith(LoadedGraph.class)
class ExportIT {

	private KnowledgeGraph graph;

	private Driver driver;

	@BeforeEach
	void connect(Driver driver) {
		this.driver = driver;
		this.graph = new KnowledgeGraph(driver, LoadedGraph.QUERY_TIMEOUT);
	}

	@Test
	void wholeGraphRoundTripsInEveryFormatWithTheGraphsCounts() throws Exception {
		var network = graph.wholeGraph();
		long nodes = count("MATCH (n) WHERE n.id IS NOT NULL RETURN count(n)");
		long relationships = count("MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL RETURN count(r)");
		assertThat(network.nodes()).hasSize((int) nodes);
		assertThat(network.edges()).hasSize((int) relationships);

		for (var format : ExportFormat.values()) {
			var read = readBack(network, format);
			assertThat(read.vertices()).as(format.name()).isEqualTo(nodes);
			assertThat(read.edges()).as(format.name()).isEqualTo(relationships);
		}
	}

	@Test
	void networkKeepsItsProvenanceAttributes() throws Exception {
		var network = graph.network("nsft", 2, null, null, null);
		var graphml = readBack(network, ExportFormat.GRAPHML);
		assertThat(graphml.vertices()).isEqualTo(network.nodes().size());
		assertThat(graphml.edges()).isEqualTo(network.edges().size());
		var statement = graphml.vertexAttributes().get("statement-60032d35-05");
		assertThat(statement).containsKeys("article", "evidence", "kind");
		assertThat(statement.get("article").getValue()).isEqualTo("article-60032d35");
		assertThat(statement.get("evidence").getValue()).isNotBlank();
		assertThat(statement.get("kind").getValue()).isEqualTo("Statement");

		var gexf = readBack(network, ExportFormat.GEXF);
		assertThat(gexf.vertexAttributes().get("nsft")).containsKey("label");
		assertThat(gexf.vertexAttributes().get("nsft").get("label").getValue())
			.isEqualTo("Norfolk and Suffolk NHS Foundation Trust");
	}

	@Test
	void theCommandLineWritesAFileThatReadsBack(@TempDir Path dir) throws Exception {
		var file = dir.resolve("nsft.gexf");
		int exit = new CommandLine(new ExportCommand()).execute("--uri", LoadedGraph.boltUri(), "--format", "gexf",
				"--focus", "nsft", "--depth", "2", "--out", file.toString());
		assertThat(exit).isZero();
		var expected = graph.network("nsft", 2, null, null, null);
		var read = read(Files.readString(file), ExportFormat.GEXF);
		assertThat(read.vertices()).isEqualTo(expected.nodes().size());
		assertThat(read.edges()).isEqualTo(expected.edges().size());

		var err = new StringWriter();
		var command = new CommandLine(new ExportCommand());
		command.setErr(new java.io.PrintWriter(err));
		assertThat(command.execute("--uri", LoadedGraph.boltUri(), "--format", "xls")).isNotZero();
	}

	record ReadBack(long vertices, long edges, Map<String, Map<String, Attribute>> vertexAttributes) {
	}

	private static ReadBack readBack(Network network, ExportFormat format) throws Exception {
		var out = new StringWriter();
		NetworkExporter.write(network, format, out);
		return read(out.toString(), format);
	}

	private static ReadBack read(String text, ExportFormat format) throws Exception {
		if (format == ExportFormat.CYJS) {
			var json = new ObjectMapper().readTree(text).get("elements");
			var attributes = new HashMap<String, Map<String, Attribute>>();
			return new ReadBack(json.get("nodes").size(), json.get("edges").size(), attributes);
		}
		Graph<String, String> graph = new DirectedPseudograph<>(null, null, false);
		var attributes = new HashMap<String, Map<String, Attribute>>();
		int[] edgeIds = { 0 };
		BaseEventDrivenImporter<String, String> importer = switch (format) {
			case GRAPHML -> {
				var graphml = new GraphMLImporter<String, String>();
				graphml.setVertexFactory(id -> id);
				yield graphml;
			}
			case GEXF -> {
				var gexf = new SimpleGEXFImporter<String, String>();
				gexf.setVertexFactory(id -> id);
				yield gexf;
			}
			case DOT -> {
				var dot = new DOTImporter<String, String>();
				dot.setVertexFactory(id -> id);
				yield dot;
			}
			default -> throw new IllegalArgumentException(format.name());
		};
		graph = new DirectedPseudograph<>(null, () -> "e" + edgeIds[0]++, false);
		importer.addVertexAttributeConsumer((Pair<String, String> key, Attribute value) -> attributes
			.computeIfAbsent(key.getFirst(), k -> new HashMap<>()).put(key.getSecond(), value));
		((GraphImporter<String, String>) importer).importGraph(graph, new StringReader(text));
		return new ReadBack(graph.vertexSet().size(), graph.edgeSet().size(), attributes);
	}

	private long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}
}
