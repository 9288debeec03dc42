package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.accountabilitygraph.style.NetworkStyle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The network view's pictures and export links in a real headless Chromium: the PNG and SVG buttons download real
 * files (Chromium's own downloads, into a folder of the test's), the page draws with the server's style, and the
 * export links ask for what the view shows, the relations unticked in the legend left out.
 */
class NetworkPicturesIT extends PageInChromium {

	private static final Path DOWNLOADS = Path.of("target/downloads/NetworkPicturesIT").toAbsolutePath();

	@Test
	void thePngAndSvgButtonsDownloadTheNetworkAsDrawn() throws Exception {
		Files.createDirectories(DOWNLOADS);
		try (var old = Files.list(DOWNLOADS)) {
			for (var file : old.toList()) {
				Files.delete(file);
			}
		}
		browser.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString()));
		// with the statements as nodes, so that the picture has their colour too
		open("/?focus=nsft&hide=ABOUT&statements=nodes");
		waitUntilLoaded("network");
		screenshot("pictures-network-nsft");
		var labels = new HashSet<String>();
		for (var label : (List<?>) script("return cy.nodes('[kind != \"Statement\"]').map(n => n.data('short'))")) {
			labels.add((String) label);
		}
		assertThat(labels).contains("Norfolk and Suffolk NHS Foundation Trust", "Care Quality Commission");

		browser.findElement(By.id("export-png")).click();
		var png = downloaded(".png");
		assertThat(png.getFileName().toString()).isEqualTo("network-nsft-" + LocalDate.now() + ".png");
		var bytes = Files.readAllBytes(png);
		assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
		assertThat(bytes.length).isGreaterThan(20_000);
		var image = ImageIO.read(png.toFile());
		assertThat(image.getWidth()).isGreaterThan(600);
		assertThat(image.getHeight()).isGreaterThan(400);
		var colours = new HashSet<Integer>();
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				colours.add(image.getRGB(x, y) & 0xffffff);
			}
		}
		// the nodes' fill, in the style's colours
		for (var kind : List.of("Trust", "Person", "Statement")) {
			assertThat(colours).as(kind).contains(Integer.parseInt(NetworkStyle.kind(kind).color().substring(1), 16));
		}
		// the legend, right of the drawing: a swatch in each kind's colour, a line in each relation's, and dark text
		int legendAt = ((Number) script("return window.lastPicture.legendAt")).intValue();
		assertThat(legendAt).isBetween(image.getWidth() / 2, image.getWidth() - 150);
		var legendColours = new HashSet<Integer>();
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = legendAt; x < image.getWidth(); x++) {
				legendColours.add(image.getRGB(x, y) & 0xffffff);
			}
		}
		for (var kind : legendKinds()) {
			assertThat(legendColours).as("legend swatch of " + kind)
				.contains(Integer.parseInt(NetworkStyle.kind(kind).color().substring(1), 16));
		}
		assertThat(legendColours).as("the legend's text").contains(0x1d2733);
		Files.copy(png, SCREENSHOTS.resolve("pictures-download.png"), StandardCopyOption.REPLACE_EXISTING);

		browser.findElement(By.id("export-svg")).click();
		var svgFile = downloaded(".svg");
		assertThat(svgFile.getFileName().toString()).isEqualTo("network-nsft-" + LocalDate.now() + ".svg");
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		var svg = factory.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(svgFile))));
		assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
		assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		// a label wraps to several lines, each a <text> of its own
		var texts = svg.getElementsByTagNameNS("*", "text");
		var words = new ArrayList<String>();
		for (int i = 0; i < texts.getLength(); i++) {
			words.add(((Element) texts.item(i)).getTextContent().strip());
		}
		var drawn = String.join(" ", words).replaceAll("\\s+", " ");
		for (var label : labels) {
			assertThat(drawn).as(label).contains(label.replaceAll("\\s+", " "));
		}
		// its legend: what it is of, each kind and relation in the legend beside the drawing
		assertThat(words).contains("Who said what around Norfolk and Suffolk NHS Foundation Trust");
		for (var item : browser.findElements(By.cssSelector("#legend-nodes li"))) {
			assertThat(words).contains(item.getText().strip());
		}
		for (var item : browser.findElements(By.cssSelector("#legend-edges li input:checked"))) {
			assertThat(words).contains(item.findElement(By.xpath("..")).getText().strip());
		}
		Files.copy(svgFile, SCREENSHOTS.resolve("pictures-download.svg"), StandardCopyOption.REPLACE_EXISTING);
		browser.get(svgFile.toUri().toString());
		screenshot("pictures-download-svg");
	}

	@Test
	void thePageDrawsWithTheServersStyle() {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		assertThat(script("return cy.getElementById('nsft').style('background-color')")).isEqualTo(rgbOfKind("Trust"));
		assertThat(script("return cy.getElementById('nsft').style('shape')"))
			.isEqualTo(NetworkStyle.kind("Trust").shape().cytoscapeJs());
		assertThat(script("return cy.getElementById('norman-lamb').style('background-color')")).isEqualTo(rgbOfKind("MP"));
		var criticised = NetworkStyle.relation("CRITICISED");
		assertThat(script("return cy.edges('[type = \"CRITICISED\"]').first().style('line-color')"))
			.isEqualTo(rgb(criticised.color()));
		assertThat(browser.findElement(By.cssSelector("#legend-edges input[data-relation='CRITICISED']")).findElement(By.xpath(".."))
			.getText()).contains(criticised.label());
	}

	@Test
	void theCytoscapeJsonExportOpensInCytoscapeJsStyledAsThePage() {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		// the export as another Cytoscape.js page would open it: cytoscape(json), nothing else
		var result = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/api/export?format=cyjs&focus=nsft&depth=1').then((r) => r.json()).then((json) => {
				  const other = cytoscape({ headless: true, styleEnabled: true, ...json });
				  const trust = other.getElementById('nsft');
				  const criticism = other.edges('[type = "CRITICISED"]').first();
				  done([other.nodes().length, trust.style('background-color'), trust.style('shape'),
				        criticism.style('line-color'), other.getElementById('norman-lamb').style('background-color')]);
				}).catch((e) => done(String(e)));""");
		assertThat(result).isInstanceOf(List.class);
		var values = (List<?>) result;
		assertThat(((Number) values.get(0)).longValue()).isPositive();
		assertThat(values.subList(1, 5).stream().map(String::valueOf).toList()).containsExactly(rgbOfKind("Trust"), NetworkStyle.kind("Trust").shape().cytoscapeJs(),
				rgb(NetworkStyle.relation("CRITICISED").color()), rgbOfKind("MP"));
	}

	@Test
	void theExportLinksLeaveOutTheRelationsUntickedInTheLegend() throws IOException {
		// the exports have the statements as nodes: so does the drawing compared with them
		open("/?focus=nsft&depth=2&to=2019&hide=ABOUT&statements=nodes");
		waitUntilLoaded("network");
		browser.findElement(By.cssSelector("#legend-edges input[data-relation='CRITICISED']")).click();
		var href = browser.findElement(By.id("export-graphml")).getAttribute("href");
		assertThat(href).contains("focus=nsft").contains("depth=2").contains("to=2019").contains("hide=ABOUT%2CCRITICISED");
		assertThat(browser.findElement(By.id("export-gexf")).getAttribute("href")).contains("hide=ABOUT%2CCRITICISED");
		screenshot("pictures-legend-unticked");

		var path = href.substring(href.indexOf("/api/export"));
		var graphml = get(path);
		assertThat(graphml.status()).isEqualTo(200);
		long shown = (Long) script("return cy.edges(':visible').length");
		assertThat(edges(graphml.body())).isEqualTo(shown);
		assertThat(graphml.body()).doesNotContain(">CRITICISED<").doesNotContain(">ABOUT<").contains(">SAID<");

		// a relation unknown to the style is not sent: the link stays one the server accepts
		open("/?focus=nsft&hide=ABOUT,NO_SUCH_RELATION");
		waitUntilLoaded("network");
		var gexf = browser.findElement(By.id("export-gexf")).getAttribute("href");
		assertThat(gexf).contains("hide=ABOUT&").doesNotContain("NO_SUCH");
		assertThat(get(gexf.substring(gexf.indexOf("/api/export"))).status()).isEqualTo(200);
	}

	/** The kinds the page's legend lists, by the data-kind of its items. */
	private List<String> legendKinds() {
		return browser.findElements(By.cssSelector("#legend-nodes li")).stream().map(li -> li.getDomAttribute("data-kind")).toList();
	}

	private static long edges(String graphml) {
		return graphml.lines().filter(line -> line.strip().startsWith("<edge ")).count();
	}

	private static String rgbOfKind(String kind) {
		return rgb(NetworkStyle.kind(kind).color());
	}

	/** {@code #d55e00} as Cytoscape.js writes it: {@code rgb(213,94,0)}. */
	private static String rgb(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return "rgb(" + (value >> 16 & 0xff) + "," + (value >> 8 & 0xff) + "," + (value & 0xff) + ")";
	}

	/** The file Chromium finished downloading with this extension (it writes {@code .crdownload} until done). */
	private Path downloaded(String extension) {
		return new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			try (var files = Files.list(DOWNLOADS)) {
				return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
			}
			catch (IOException ex) {
				return null;
			}
		});
	}
}
