package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.accountabilitygraph.style.NetworkStyle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network as a reader sees it, in headless Chromium: statements folded into one labelled edge per speaker and
 * subject (their quotations in the panel), a layout that is the same on every load and keeps its positions when a
 * node is expanded, nodes hidden and pinned, the legend's shapes, the keyboard's way to every node, and the panel,
 * the status line and the exports within the window on a phone and a laptop.
 */
class NetworkReadingIT extends PageInChromium {

	private static final Dimension LAPTOP = new Dimension(1280, 720);

	@Test
	void atTheTrustTheStatementsAreEdgesFromSpeakerToSubjectLabelledWithTheirCounts() throws IOException {
		var network = get("/api/network?focus=nsft&depth=1").json();
		var folded = foldedEdges(network);
		assertThat(folded).hasSizeGreaterThan(20);
		open("/?focus=nsft");
		waitUntilLoaded("network");
		// the nodes drawn are the API's speakers and subjects (statements about nothing would stay nodes: none here)
		assertThat(visibleNodeIds()).isEqualTo(entityIds(network));
		assertThat(script("return cy.nodes('[kind = \"Statement\"]:visible').length")).isEqualTo(0L);
		@SuppressWarnings("unchecked")
		var drawn = (Map<String, Object>) script("const out = {}; cy.edges('[type = \"SAID_ABOUT\"]:visible')"
				+ ".forEach(e => { out[e.source().id() + '>' + e.target().id()] = e.data('label'); }); return out;");
		var expected = new TreeMap<String, String>();
		folded.forEach((pair, statements) -> expected.put(pair,
				statements.size() + (statements.size() == 1 ? " statement" : " statements")));
		assertThat(new TreeMap<>(drawn)).isEqualTo(expected);
		assertThat(browser.findElement(By.id("status")).getText())
			.startsWith(entityIds(network).size() + " people, organisations and subjects; ")
			.contains(statementCount(network) + " statements as " + folded.size() + " speaker-to-subject edges")
			.contains("around Norfolk and Suffolk NHS Foundation Trust");
		assertThat(browser.findElement(By.id("cy")).getDomAttribute("role")).isEqualTo("img");
		assertThat(browser.findElement(By.id("cy")).getDomAttribute("aria-label")).contains(entityIds(network).size() + " people");
		screenshot("network-reading-nsft-1400x900");

		// the edge with the most statements: its panel lists each quotation with its source
		var busiest = folded.entrySet().stream().max((a, b) -> a.getValue().size() - b.getValue().size()).orElseThrow();
		var ends = busiest.getKey().split(">");
		script("cy.getElementById('SAID_ABOUT:' + arguments[0] + '>' + arguments[1]).emit('tap'); return null;", ends[0], ends[1]);
		var items = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(b -> b.findElements(By.cssSelector("#details ol.folded-statements > li")).size() == busiest.getValue().size()
					? b.findElements(By.cssSelector("#details ol.folded-statements > li")) : null);
		var texts = new HashSet<String>();
		for (var statement : network.get("nodes")) {
			if (busiest.getValue().contains(statement.at("/data/id").asText())) {
				texts.add(statement.at("/data/text").asText());
			}
		}
		for (WebElement item : items) {
			var quote = item.findElement(By.cssSelector("a.statement-text")).getText();
			assertThat(texts).anyMatch(text -> quote.startsWith("“" + text.substring(0, Math.min(text.length(), 100))));
			assertThat(item.findElement(By.cssSelector(".article-title")).getText()).isNotBlank();
			assertThat(item.findElement(By.cssSelector("a.read-article")).getAttribute("href")).contains("view=article")
				.contains("at=SAID");
		}
		assertThat(browser.getCurrentUrl()).contains("selected=SAID_ABOUT");
		screenshot("network-reading-edge-panel-1400x900");
		// a quotation of the list shows that statement, with its speaker and subjects
		items.get(0).findElement(By.cssSelector("a.statement-text")).click();
		assertThat(waitFor(By.cssSelector("#details h2")).getText()).contains(
				(String) script("return cy.getElementById(arguments[0]).data('label')", ends[0]));
		assertThat(browser.findElement(By.cssSelector("#details blockquote.quotation")).getText()).isIn(texts);
	}

	@Test
	void twoLoadsGiveTheSamePositionsAndTheWholeGraphIsLaidOutQuickly() {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		var first = positions();
		open("/?focus=nsft");
		waitUntilLoaded("network");
		assertThat(positions()).isEqualTo(first);

		// everything: the layout timed in the page with performance.now()
		var times = new ArrayList<Double>();
		open("/");
		waitUntilLoaded("network");
		var everything = positions();
		times.add(((Number) script("return window.layoutTiming.layout")).doubleValue());
		for (int i = 0; i < 4; i++) {
			browser.findElement(By.id("relayout")).click();
			times.add(((Number) script("return window.layoutTiming.layout")).doubleValue());
		}
		assertThat(positions()).as("laying out again from the same start").isEqualTo(everything);
		long nodes = (Long) script("return cy.nodes(':visible').length");
		long edges = (Long) script("return cy.edges(':visible').length");
		System.out.printf("NetworkReadingIT: layout of everything (%d nodes, %d edges), ms: %s%n", nodes, edges, times);
		// the goal is 500 ms; the bound is generous for two busy shared cores
		assertThat(times.stream().mapToDouble(Double::doubleValue).min().orElseThrow()).isLessThan(1500);
		browser.findElement(By.id("statements-as-nodes")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().contains("statements=nodes"));
		System.out.printf("NetworkReadingIT: placing every statement as a node (%s nodes), ms: %s%n",
				script("return cy.nodes(':visible').length"), script("return window.layoutTiming.placing"));
	}

	@Test
	void expandingANodeAddsExactlyTheApisNewNodesAndKeepsTheOthersWhereTheyWere() throws IOException {
		var around = get("/api/network?focus=nsft&depth=1").json();
		var drawnIds = ids(around);
		// the first speaker whose own network brings something new
		String chosen = null;
		Set<String> itsOwn = null;
		for (var id : entityIds(around)) {
			var own = ids(get("/api/network?focus=" + id + "&depth=1").json());
			if (!drawnIds.containsAll(own)) {
				chosen = id;
				itsOwn = own;
				break;
			}
		}
		assertThat(chosen).as("a node whose network adds nodes").isNotNull();
		open("/?focus=nsft");
		waitUntilLoaded("network");
		var before = positions();
		script("cy.getElementById(arguments[0]).emit('tap'); return null;", chosen);
		waitFor(By.xpath("//aside[@id='details']//button[text()='Expand']")).click();
		var expanded = chosen;
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> String.valueOf(
				script("return document.body.dataset.expanded || ''")).contains(expanded));
		var expected = new HashSet<>(drawnIds);
		expected.addAll(itsOwn);
		assertThat(allNodeIds()).isEqualTo(expected);
		var after = positions();
		before.forEach((id, position) -> assertThat(after.get(id)).as(id).isEqualTo(position));
		assertThat(after.keySet()).containsAll(before.keySet()).hasSizeGreaterThan(before.size());
		assertThat(browser.findElement(By.id("status")).getText()).contains("expanded");
		screenshot("network-reading-expanded-1400x900");
	}

	@Test
	void statementsAsNodesHiddenNodesAndPinnedNodes() throws IOException {
		var network = get("/api/network?focus=norman-lamb&depth=1").json();
		open("/?focus=norman-lamb");
		waitUntilLoaded("network");
		var folded = positions();
		browser.findElement(By.id("statements-as-nodes")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().contains("statements=nodes"));
		assertThat(visibleNodeIds()).isEqualTo(ids(network));
		assertThat(script("return cy.edges('[type = \"SAID_ABOUT\"]:visible').length")).isEqualTo(0L);
		var unfolded = positions();
		folded.forEach((id, position) -> assertThat(unfolded.get(id)).as("%s keeps its place", id).isEqualTo(position));
		screenshot("network-reading-statements-as-nodes-1400x900");
		browser.findElement(By.id("statements-as-nodes")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.getCurrentUrl().contains("statements=nodes"));

		// hide a node, then show it again
		script("cy.getElementById('nsft').emit('tap'); return null;");
		waitFor(By.xpath("//aside[@id='details']//button[text()='Hide']")).click();
		assertThat(script("return cy.getElementById('nsft').visible()")).isEqualTo(false);
		assertThat(browser.findElements(By.cssSelector("#node-list button[data-id='nsft']"))).isEmpty();
		var showHidden = browser.findElement(By.id("show-hidden"));
		assertThat(showHidden.getText()).isEqualTo("Show 1 hidden");
		showHidden.click();
		assertThat(script("return cy.getElementById('nsft').visible()")).isEqualTo(true);
		assertThat(showHidden.isDisplayed()).isFalse();

		// a node dragged is pinned: laying out again leaves it where it was put
		var canvas = browser.findElement(By.id("cy"));
		var at = (List<?>) script("var p = cy.getElementById('norman-lamb').renderedPosition(); return [p.x, p.y];");
		int x = ((Number) at.get(0)).intValue() - canvas.getSize().getWidth() / 2;
		int y = ((Number) at.get(1)).intValue() - canvas.getSize().getHeight() / 2;
		new Actions(browser).moveToElement(canvas, x, y).clickAndHold().moveByOffset(40, 30).moveByOffset(20, 10).release().perform();
		assertThat(script("return cy.getElementById('norman-lamb').hasClass('pinned')")).isEqualTo(true);
		var pinnedAt = positions().get("norman-lamb");
		assertThat(pinnedAt).isNotEqualTo(folded.get("norman-lamb"));
		browser.findElement(By.id("relayout")).click();
		assertThat(positions().get("norman-lamb")).isEqualTo(pinnedAt);
		var unpin = browser.findElement(By.id("unpin-all"));
		assertThat(unpin.getText()).isEqualTo("Unpin 1");
		screenshot("network-reading-pinned-1400x900");
		unpin.click();
		assertThat(script("return cy.getElementById('norman-lamb').hasClass('pinned')")).isEqualTo(false);
		browser.findElement(By.id("relayout")).click();
		assertThat(positions().get("norman-lamb")).isEqualTo(folded.get("norman-lamb"));
	}

	@Test
	void whatWasExpandedHiddenAndPinnedIsInTheAddressAndAReloadDrawsTheSameView() throws IOException {
		var around = get("/api/network?focus=nsft&depth=1").json();
		var drawnIds = ids(around);
		String chosen = null;
		for (var id : entityIds(around)) {
			if (!drawnIds.containsAll(ids(get("/api/network?focus=" + id + "&depth=1").json()))) {
				chosen = id;
				break;
			}
		}
		assertThat(chosen).as("a node whose network adds nodes").isNotNull();
		var expanded = chosen;
		open("/?focus=nsft");
		waitUntilLoaded("network");
		script("cy.getElementById(arguments[0]).emit('tap'); return null;", expanded);
		waitFor(By.xpath("//aside[@id='details']//button[text()='Expand']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> address().contains("expanded=" + expanded));

		// hide a node the expansion did not bring, and drag another one (which pins it)
		var hidden = visibleNodeIds().stream().filter(id -> drawnIds.contains(id) && !id.equals("nsft") && !id.equals(expanded))
			.sorted().findFirst().orElseThrow();
		script("cy.getElementById(arguments[0]).emit('tap'); return null;", hidden);
		waitFor(By.xpath("//aside[@id='details']//button[text()='Hide']")).click();
		var canvas = browser.findElement(By.id("cy"));
		var at = (List<?>) script("var p = cy.getElementById('nsft').renderedPosition(); return [p.x, p.y];");
		int x = ((Number) at.get(0)).intValue() - canvas.getSize().getWidth() / 2;
		int y = ((Number) at.get(1)).intValue() - canvas.getSize().getHeight() / 2;
		new Actions(browser).moveToElement(canvas, x, y).clickAndHold().moveByOffset(40, 30).moveByOffset(20, 10).release().perform();
		@SuppressWarnings("unchecked")
		var pinned = (List<String>) script("return cy.nodes('.pinned').map(n => n.id())");
		assertThat(pinned).hasSize(1);
		var pinnedId = pinned.get(0);
		assertThat(address()).contains("expanded=" + expanded).contains("hidden=" + hidden).contains("pinned=" + pinnedId + ":");
		var shown = visibleNodeIds();
		var positions = positions();
		assertThat(shown).doesNotContain(hidden).contains(pinnedId);

		// a reload (or the link shared) draws the same nodes in the same places, the same one hidden and pinned
		var link = browser.getCurrentUrl();
		browser.navigate().refresh();
		waitUntilLoaded("network");
		assertThat(browser.getCurrentUrl()).isEqualTo(link);
		assertThat(visibleNodeIds()).isEqualTo(shown);
		var again = positions();
		positions.forEach((id, position) -> {
			assertThat(((Number) again.get(id).get(0)).doubleValue()).as("%s x", id).isCloseTo(((Number) position.get(0)).doubleValue(), offset(1.0));
			assertThat(((Number) again.get(id).get(1)).doubleValue()).as("%s y", id).isCloseTo(((Number) position.get(1)).doubleValue(), offset(1.0));
		});
		assertThat(script("return cy.nodes('.pinned').map(n => n.id())")).isEqualTo(List.of(pinnedId));
		assertThat(browser.findElement(By.id("show-hidden")).getText()).isEqualTo("Show 1 hidden");
		assertThat(browser.findElement(By.id("unpin-all")).getText()).isEqualTo("Unpin 1");
		screenshot("network-reading-restored-1400x900");

		// showing the hidden node and unpinning take them out of the address; a new focus starts a new drawing
		browser.findElement(By.id("show-hidden")).click();
		browser.findElement(By.id("unpin-all")).click();
		assertThat(address()).contains("expanded=" + expanded).doesNotContain("hidden=").doesNotContain("pinned=");
		browser.findElement(By.id("everything")).click();
		waitUntilLoaded("network");
		assertThat(address()).doesNotContain("expanded=").doesNotContain("focus=");
		assertThat(script("return document.body.dataset.expanded || ''")).isEqualTo("");
	}

	@Test
	void theLegendShowsEachKindsShapeAndColourBesideTheDrawing() throws IOException {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		var items = browser.findElements(By.cssSelector("#legend-nodes li"));
		assertThat(items).hasSizeGreaterThan(8);
		// outlines with corners, by shape: the polygon's points
		var corners = Map.of("octagon", 8, "pentagon", 5, "hexagon", 6, "triangle", 3, "diamond", 4, "star", 10, "vee", 4,
				"tag", 5, "rhomboid", 4, "heptagon", 7);
		var shapes = new HashSet<String>();
		for (var item : items) {
			var name = item.getDomAttribute("data-kind");
			var kind = NetworkStyle.kind(name); // a kind the style does not know is drawn as the others
			var known = NetworkStyle.kinds().containsKey(name);
			var swatch = item.findElement(By.cssSelector("svg.swatch"));
			var shape = kind.shape().cytoscapeJs();
			assertThat(swatch.getDomAttribute("data-shape")).as(kind.label()).isEqualTo(shape);
			var outline = swatch.findElement(By.cssSelector("circle, rect, polygon, path"));
			assertThat(outline.getDomAttribute("fill")).isEqualTo(kind.color());
			if (corners.containsKey(shape)) {
				assertThat(outline.getDomAttribute("points").trim().split("\\s+")).as(shape).hasSize(corners.get(shape));
			}
			assertThat(item.getText()).isEqualTo(known ? kind.label() : name);
			if (known) {
				assertThat(shapes.add(shape)).as("%s has a shape of its own", name).isTrue();
			}
		}
		// beside the drawing, not over it
		var cy = rect(browser.findElement(By.id("cy")));
		var legend = rect(browser.findElement(By.id("legend")));
		assertThat(legend.get("left")).isGreaterThanOrEqualTo(cy.get("right"));
		// and it folds away
		browser.findElement(By.cssSelector("#legend summary")).click();
		assertThat(browser.findElement(By.id("legend-nodes")).isDisplayed()).isFalse();
		screenshot("network-legend-closed-1400x900");
	}

	/**
	 * Where labels crowd (round the trust, everything, the trust with two nodes expanded) none drawn covers another: each label's
	 * rectangle as Cytoscape's renderer placed it (its unturned box and the angle it drew it at), compared pair by pair.
	 * A label tucked away is drawn when the mouse points at its edge, and every node stays in Nodes in view.
	 */
	@Test
	void noLabelDrawnCoversAnotherAndATuckedOneShowsWhenPointedAt() throws IOException {
		for (var address : List.of("/?focus=nsft", "/", "/?focus=nsft&expanded=campaign-to-save-mental-health-services,matt-hancock")) {
			open(address);
			waitUntilLoaded("network");
			assertThat(overlappingLabels()).as(address).isEmpty();
			assertThat(drawnLabels()).as(address).isGreaterThan(20L);
		}
		open("/?focus=nsft");
		waitUntilLoaded("network");
		// what is tucked away is counts on the busy edges round the trust: every name is drawn
		assertThat(script("return cy.nodes('.label-tucked').length")).isEqualTo(0L);
		assertThat((Long) script("return cy.edges('.label-tucked').length")).isGreaterThan(0L);
		assertThat(browser.findElements(By.cssSelector("#node-list button"))).hasSize(visibleNodeIds().size());
		// a tucked edge's label: zoomed in on its middle, the mouse pointed there draws it
		@SuppressWarnings("unchecked")
		var tucked = (List<String>) script("return cy.edges('.label-tucked:visible').map(e => e.id())");
		String shown = null;
		for (var id : tucked.subList(0, Math.min(5, tucked.size()))) {
			script("const e = cy.getElementById(arguments[0]); cy.zoom(3); cy.center(e); return null;", id);
			@SuppressWarnings("unchecked")
			var at = (Map<String, Number>) script("return cy.getElementById(arguments[0]).renderedMidpoint()", id);
			var canvas = browser.findElement(By.id("cy"));
			var size = canvas.getSize();
			new Actions(browser).moveToElement(canvas, at.get("x").intValue() - size.width / 2, at.get("y").intValue() - size.height / 2)
				.perform();
			if ((Boolean) script("return cy.getElementById(arguments[0]).hasClass('pointed')", id)) {
				shown = id;
				break;
			}
		}
		assertThat(shown).as("the mouse reaches one of the tucked edges %s", tucked).isNotNull();
		assertThat(script("return cy.getElementById(arguments[0]).style('text-opacity')", shown)).isEqualTo("1");
		screenshot("network-tucked-label-pointed-1400x900");
		new Actions(browser).moveByOffset(0, -200).perform();
		assertThat(script("return cy.getElementById(arguments[0]).style('text-opacity')", shown)).isEqualTo("0");
	}

	/** A node chosen: it, its edges and its neighbours are drawn plainly, the rest dimmed; a tap on the empty canvas undoes it. */
	@Test
	void choosingANodeDimsWhatItDoesNotTouchAndTheEmptyCanvasLetsItGo() throws IOException {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		assertThat(script("return cy.$('.dimmed').length")).isEqualTo(0L);
		script("cy.getElementById('norman-lamb').emit('tap'); return null;");
		waitFor(By.xpath("//aside[@id='details']//h2[text()='Norman Lamb']"));
		@SuppressWarnings("unchecked")
		var plain = new HashSet<>((List<String>) script("return cy.elements(':visible').not('.dimmed').map(e => e.id())"));
		@SuppressWarnings("unchecked")
		var near = new HashSet<>((List<String>) script(
				"return cy.getElementById('norman-lamb').closedNeighborhood(':visible').map(e => e.id())"));
		assertThat(plain).isEqualTo(near);
		assertThat((Long) script("return cy.$('.dimmed:visible').length")).isGreaterThan(50L);
		assertThat(script("return cy.$('.dimmed').first().style('opacity')")).isEqualTo("0.2");
		screenshot("network-chosen-dims-the-rest-1400x900");
		// an empty corner of the canvas
		var canvas = browser.findElement(By.id("cy"));
		new Actions(browser).moveToElement(canvas, -canvas.getSize().width / 2 + 3, -canvas.getSize().height / 2 + 3).click().perform();
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> !address().contains("selected="));
		assertThat(script("return cy.$('.dimmed').length")).isEqualTo(0L);
		assertThat(script("return cy.$(':selected').length")).isEqualTo(0L);
	}

	/** Labels drawn (with text, not tucked away) on the visible elements. */
	private Long drawnLabels() {
		return (Long) script("return cy.elements(':visible').filter(e => e.style('label') && e.style('text-opacity') !== '0').length");
	}

	/**
	 * The pairs of drawn labels whose rectangles overlap by more than half a pixel, as the renderer placed them
	 * (Cytoscape keeps each label's unturned box and its angle: {@code labelBounds.main}, {@code rstyle.labelAngle}).
	 */
	@SuppressWarnings("unchecked")
	private List<String> overlappingLabels() {
		return (List<String>) script("""
				const drawn = [];
				cy.elements(':visible').forEach(e => {
				  if (!e.style('label') || e.style('text-opacity') === '0') return;
				  e.boundingBox();
				  const b = e._private.labelBounds.main;
				  if (!b || !b.w) return;
				  drawn.push({ name: e.id() + ' "' + e.style('label') + '"', x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2,
				    w: b.w / 2, h: b.h / 2, angle: e.isEdge() ? e._private.rstyle.labelAngle || 0 : 0 });
				});
				const apart = (a, b) => [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2].some(t => {
				  const along = r => r.x * Math.cos(t) + r.y * Math.sin(t);
				  const reach = r => r.w * Math.abs(Math.cos(r.angle - t)) + r.h * Math.abs(Math.sin(r.angle - t));
				  return Math.abs(along(a) - along(b)) >= reach(a) + reach(b) - 0.5;
				});
				const out = [];
				for (let i = 0; i < drawn.length; i++) for (let j = i + 1; j < drawn.length; j++)
				  if (!apart(drawn[i], drawn[j])) out.push(drawn[i].name + ' and ' + drawn[j].name);
				return out;
				""");
	}

	@Test
	void theKeyboardReachesEveryNodeThroughNodesInView() throws IOException {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		var listed = browser.findElements(By.cssSelector("#node-list button"));
		assertThat(listed).hasSize(visibleNodeIds().size());
		assertThat(listed.get(0).getDomAttribute("data-id")).isEqualTo("nsft"); // the focus first
		assertThat(listed.get(0).getDomAttribute("aria-label")).contains("the focus");
		browser.findElement(By.tagName("body")).click();
		WebElement active = null;
		for (int tab = 0; tab < 80; tab++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			active = browser.switchTo().activeElement();
			if ((Boolean) script("return document.activeElement.closest('#node-list') !== null")) {
				break;
			}
		}
		assertThat(active.getDomAttribute("data-id")).as("Tab reaches the list").isEqualTo("nsft");
		new Actions(browser).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).perform();
		active = browser.switchTo().activeElement();
		var id = active.getDomAttribute("data-id");
		var label = (String) script("return cy.getElementById(arguments[0]).data('label')", id);
		new Actions(browser).sendKeys(Keys.ENTER).perform();
		assertThat(waitFor(By.cssSelector("#details h2")).getText()).isEqualTo(label);
		assertThat(browser.getCurrentUrl()).contains("selected=" + id);
		assertThat(script("return cy.getElementById(arguments[0]).selected()", id)).isEqualTo(true);
		assertThat(browser.switchTo().activeElement().getDomAttribute("aria-current")).isEqualTo("true");
		screenshot("network-keyboard-1400x900");
		// Tabs later (past the answer tables, which follow the list), the panel's own links and buttons
		boolean inPanel = false;
		for (int tab = 0; tab < 80 && !inPanel; tab++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			inPanel = (Boolean) script("return document.activeElement.closest('#details') !== null");
		}
		assertThat(inPanel).as("Tab reaches the panel").isTrue();
	}

	@Test
	void onALaptopAndAPhoneThePanelStatusAndExportsAreInTheWindow() throws IOException {
		try {
			// 1400 wide, a focus set: the header is two rows (the title and the tabs, then the controls)
			open("/?focus=nsft");
			waitUntilLoaded("network");
			assertThat(middle(By.id("apply"))).as("the controls in one row").isCloseTo(middle(By.id("search")), offset(12.0));
			assertThat(middle(By.id("tab-network"))).as("the tabs beside the title").isCloseTo(middle(By.tagName("h1")), offset(12.0));
			size(LAPTOP);
			open("/?focus=nsft");
			waitUntilLoaded("network");
			for (var id : List.of("status", "export-graphml", "export-gexf", "export-cyjs", "export-dot", "export-cytoscape-style",
					"export-png", "export-svg", "cy")) {
				assertThat(inView(browser.findElement(By.id(id)))).as(id).isTrue();
			}
			// the footer's Cytoscape style link gives the style file
			var style = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ " fetch(document.getElementById('export-cytoscape-style').href).then(r => r.text()).then(done);");
			assertThat(style).startsWith("<?xml").contains("<vizmap").contains("name=\"NODE_FILL_COLOR\"");
			script("cy.getElementById('norman-lamb').emit('tap'); return null;");
			assertThat(inView(waitFor(By.cssSelector("#details h2")))).isTrue();
			screenshot("network-laptop-1280x720");

			size(PHONE);
			open("/?focus=nsft");
			waitUntilLoaded("network");
			assertThat(fitsTheWidth()).isTrue();
			assertThat(browser.findElement(By.id("cy")).getSize().getHeight()).isGreaterThan(300);
			// the legend is under the drawing, folded; the panel is a sheet over the foot of the window
			assertThat(rect(browser.findElement(By.id("legend"))).get("top"))
				.isGreaterThanOrEqualTo(rect(browser.findElement(By.id("cy"))).get("bottom"));
			browser.findElement(By.cssSelector("#node-list button[data-id='norman-lamb']")).click();
			var details = waitFor(By.id("details"));
			assertThat(inView(details)).isTrue();
			assertThat(inView(waitFor(By.cssSelector("#details h2")))).isTrue();
			screenshot("network-phone-panel-390x844");
			var close = browser.findElement(By.cssSelector("#details button.close"));
			assertThat(inView(close)).isTrue();
			close.click();
			assertThat(details.isDisplayed()).isFalse();
			screenshot("network-phone-390x844");
		}
		finally {
			size(DESKTOP);
		}
	}

	// speaker>subject -> the statements folded into that edge, from the API's SAID and ABOUT edges
	private static Map<String, Set<String>> foldedEdges(JsonNode network) {
		var speakers = new HashMap<String, Set<String>>();
		var subjects = new HashMap<String, Set<String>>();
		for (var edge : network.get("edges")) {
			var type = edge.at("/data/type").asText();
			var source = edge.at("/data/source").asText();
			var target = edge.at("/data/target").asText();
			if (type.equals("SAID")) {
				speakers.computeIfAbsent(target, k -> new HashSet<>()).add(source);
			}
			else if (type.equals("ABOUT")) {
				subjects.computeIfAbsent(source, k -> new HashSet<>()).add(target);
			}
		}
		var folded = new HashMap<String, Set<String>>();
		speakers.forEach((statement, who) -> who.forEach(speaker -> subjects.getOrDefault(statement, Set.of())
			.forEach(subject -> folded.computeIfAbsent(speaker + ">" + subject, k -> new HashSet<>()).add(statement))));
		return folded;
	}

	private static Set<String> ids(JsonNode network) {
		var ids = new HashSet<String>();
		network.get("nodes").forEach(n -> ids.add(n.at("/data/id").asText()));
		return ids;
	}

	private static Set<String> entityIds(JsonNode network) {
		var ids = new HashSet<String>();
		network.get("nodes").forEach(n -> {
			if (!n.at("/data/kind").asText().equals("Statement")) {
				ids.add(n.at("/data/id").asText());
			}
		});
		return ids;
	}

	private static long statementCount(JsonNode network) {
		return ids(network).size() - entityIds(network).size();
	}

	@SuppressWarnings("unchecked")
	private Set<String> visibleNodeIds() {
		return new HashSet<>((List<String>) script("return cy.nodes(':visible').map(n => n.id())"));
	}

	@SuppressWarnings("unchecked")
	private Set<String> allNodeIds() {
		return new HashSet<>((List<String>) script("return cy.nodes().map(n => n.id())"));
	}

	/** Each visible node's model position, rounded to a hundredth of a pixel. */
	@SuppressWarnings("unchecked")
	private Map<String, List<Object>> positions() {
		return new TreeMap<>((Map<String, List<Object>>) script("const out = {}; cy.nodes(':visible').forEach(n => {"
				+ " const p = n.position(); out[n.id()] = [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100]; });"
				+ " return out;"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Double> rect(WebElement element) {
		var r = (Map<String, Object>) script("var r = arguments[0].getBoundingClientRect();"
				+ " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};", element);
		var out = new HashMap<String, Double>();
		r.forEach((k, v) -> out.put(k, ((Number) v).doubleValue()));
		return out;
	}

	/** The vertical middle of an element, in pixels from the top of the window. */
	private double middle(By selector) {
		var r = rect(browser.findElement(selector));
		return (r.get("top") + r.get("bottom")) / 2;
	}

	private String address() {
		return java.net.URLDecoder.decode(browser.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8);
	}
}
