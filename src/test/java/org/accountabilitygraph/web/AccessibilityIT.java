package org.accountabilitygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every view of the page checked by Deque's axe-core (the rules of WCAG 2.0 and 2.1, levels A and AA: text contrast,
 * names of controls, valid ARIA, landmarks), in the states a reader reaches: suggestions open, a node chosen, each
 * answer table, a fact chosen, on a laptop and a phone. And what Chromium hands a screen reader for the suggestions
 * (its accessibility tree, read through the DevTools protocol): an expanded combobox whose options have names.
 */
class AccessibilityIT extends PageInChromium {

	private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@Test
	void theNetworkItsSuggestionsPanelAndTablesBreakNoRule() throws IOException {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		var problems = new ArrayList<String>();
		problems.addAll(check("the network at the trust"));
		var search = browser.findElement(By.id("search"));
		search.sendKeys("Lamb");
		waitFor(By.cssSelector("#suggestions [role=option]"));
		problems.addAll(check("the suggestions for 'Lamb'"));
		search.sendKeys(Keys.ESCAPE);
		script("cy.getElementById('norman-lamb').emit('tap'); return null;");
		waitFor(By.xpath("//aside[@id='details']//h2[text()='Norman Lamb']"));
		problems.addAll(check("Norman Lamb chosen in the network"));
		for (var table : List.of("leadership", "statements", "calls", "inspections")) {
			browser.findElement(By.id("table-tab-" + table)).click();
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.attributeToBe(By.id("tables"), "data-loaded", table));
			problems.addAll(check("the " + table + " table"));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theOtherViewsBreakNoRuleOnALaptopOrAPhone() throws IOException {
		var problems = new ArrayList<String>();
		for (var view : Map.of(
				"/?view=said&q=inspection", "said",
				"/?view=profile&id=nsft", "profile",
				"/?view=claims&id=nsft", "claims",
				"/?view=between&a=antek-lejk&b=chloe-smith", "between",
				"/?view=ingest", "ingest").entrySet()) {
			open(view.getKey());
			waitUntilLoaded(view.getValue());
			problems.addAll(check(view.getKey() + " at 1400×900"));
		}
		// the views whose phone layout differs most (a sheet over the page), on both screens, with something chosen
		for (var screen : List.of(new Dimension(1400, 900), new Dimension(390, 844))) {
			size(screen);
			var where = " at " + screen.width + "×" + screen.height;
			open("/?view=article&id=article-d486f7aa");
			waitUntilLoaded("article");
			problems.addAll(check("an article" + where));
			browser.findElements(By.cssSelector("#article-text a")).get(0).click();
			waitFor(By.cssSelector("#article-view .marked, #article-view .current"));
			problems.addAll(check("a fact chosen in an article" + where));
			open("/?view=timeline&focus=nsft");
			waitUntilLoaded("timeline");
			browser.findElements(By.cssSelector("#timeline .entry-open")).get(0).click();
			waitFor(By.cssSelector("#timeline .entry.selected"));
			problems.addAll(check("an entry chosen in the chronology" + where));
		}
		open("/?focus=nsft&selected=norman-lamb");
		waitUntilLoaded("network");
		problems.addAll(check("the network with Norman Lamb's sheet at 390×844"));
		size(new Dimension(1400, 900));
		assertThat(problems).isEmpty();
	}

	/** What a screen reader is told while suggestions are offered: Chromium's own accessibility tree. */
	@Test
	void aScreenReaderIsToldTheSuggestionsAndWhichIsActive() {
		open("/?focus=nsft");
		waitUntilLoaded("network");
		var search = browser.findElement(By.id("search"));
		search.sendKeys("Lamb");
		waitFor(By.cssSelector("#suggestions [role=option]"));
		search.sendKeys(Keys.ARROW_DOWN);
		var tree = axTree();
		var combobox = tree.stream().filter(n -> "combobox".equals(role(n)) && name(n).contains("Focus on")).findFirst()
			.orElseThrow(() -> new AssertionError("no combobox named 'Focus on' in " + roles(tree)));
		assertThat(property(combobox, "expanded")).isEqualTo(true);
		assertThat(property(combobox, "focused")).isEqualTo(true);
		// the options of the list the combobox controls (the page's other lists, such as Depth's, have options too)
		var controls = relation(combobox, "controls");
		assertThat(controls).as("the list the combobox controls").isNotNull();
		var list = tree.stream().filter(n -> controls.equals(n.get("backendDOMNodeId"))).findFirst()
			.orElseThrow(() -> new AssertionError("the combobox controls no list"));
		assertThat(role(list)).isEqualTo("listbox");
		var options = tree.stream().filter(n -> "option".equals(role(n)) && list.get("nodeId").equals(n.get("parentId"))).toList();
		assertThat(options).isNotEmpty();
		assertThat(options).allSatisfy(option -> assertThat(name(option)).isNotBlank());
		assertThat(name(options.get(0))).startsWith("Norman Lamb");
		// the option ↓ moved to is the one announced: selected in the tree, and the combobox's active descendant
		var active = options.stream().filter(o -> Boolean.TRUE.equals(property(o, "selected"))).toList();
		assertThat(active).hasSize(1);
		assertThat(name(active.get(0))).startsWith("Norman Lamb");
		var activeDescendant = relation(combobox, "activedescendant");
		assertThat(activeDescendant).isEqualTo(active.get(0).get("backendDOMNodeId"));
		search.sendKeys(Keys.ESCAPE);
		var closed = axTree().stream().filter(n -> "combobox".equals(role(n)) && name(n).contains("Focus on")).findFirst().orElseThrow();
		assertThat(property(closed, "expanded")).isEqualTo(false);
	}

	private List<String> check(String where) {
		Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser);
		if (results.isErrored()) {
			return List.of(where + ": axe-core failed: " + results.getErrorMessage());
		}
		var out = new ArrayList<String>();
		for (Rule rule : results.getViolations()) {
			out.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ", " + rule.getHelp() + ") at "
					+ rule.getNodes().stream().limit(5).map(n -> n.getTarget() + ": " + n.getFailureSummary())
						.collect(Collectors.joining("; ")));
		}
		return out;
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> axTree() {
		var answer = browser.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
		return (List<Map<String, Object>>) answer.get("nodes");
	}

	@SuppressWarnings("unchecked")
	private static String role(Map<String, Object> node) {
		var role = (Map<String, Object>) node.get("role");
		return role == null ? null : String.valueOf(role.get("value"));
	}

	@SuppressWarnings("unchecked")
	private static String name(Map<String, Object> node) {
		var name = (Map<String, Object>) node.get("name");
		return name == null ? "" : String.valueOf(name.get("value"));
	}

	@SuppressWarnings("unchecked")
	private static Object property(Map<String, Object> node, String property) {
		var properties = (List<Map<String, Object>>) node.getOrDefault("properties", List.of());
		return properties.stream().filter(p -> property.equals(p.get("name")))
			.map(p -> ((Map<String, Object>) p.get("value")).get("value")).findFirst().orElse(null);
	}

	/** The DOM node id a relation property (such as {@code activedescendant}) points at. */
	@SuppressWarnings("unchecked")
	private static Object relation(Map<String, Object> node, String property) {
		var properties = (List<Map<String, Object>>) node.getOrDefault("properties", List.of());
		return properties.stream().filter(p -> property.equals(p.get("name")))
			.map(p -> (List<Map<String, Object>>) ((Map<String, Object>) p.get("value")).get("relatedNodes"))
			.filter(related -> related != null && !related.isEmpty()).map(related -> related.get(0).get("backendDOMNodeId"))
			.findFirst().orElse(null);
	}

	private static String roles(List<Map<String, Object>> tree) {
		return tree.stream().map(AccessibilityIT::role).distinct().collect(Collectors.joining(", "));
	}
}
