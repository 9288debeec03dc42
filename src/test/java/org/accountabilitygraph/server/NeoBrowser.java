package org.accountabilitygraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Neo4j Browser (5.24) as a user works it: its connection form, its guide drawer, its frames and drawings. */
final class NeoBrowser {

	private NeoBrowser() {
	}

	/** A result frame in the stream (the newest first) and the command it shows. */
	record Frame(WebElement element, String command) {
	}

	/** A node of a drawing: its fill colour and its caption's lines joined. */
	record DrawnNode(String fill, String caption) {
	}

	/** Types the password into the form (user and address are already filled in by the URL) and connects. */
	static void logIn(WebDriver browser, String password) {
		var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[data-testid=password]")))
			.sendKeys(password);
		browser.findElement(By.cssSelector("button[data-testid=connect]")).click();
	}

	/** The guide drawer in the sidebar, once it is open. */
	static WebElement guide(WebDriver browser, WebDriverWait wait) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("guide-drawer")));
	}

	/** The frames of the stream, newest first. */
	static List<Frame> frames(WebDriver browser) {
		var frames = new ArrayList<Frame>();
		for (var frame : browser.findElements(By.cssSelector("[data-testid=frame]"))) {
			var commands = frame.findElements(By.cssSelector("[data-testid=frameCommand]"));
			var command = commands.isEmpty() ? ""
					: (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].textContent", commands.get(0));
			frames.add(new Frame(frame, command.replace('\u00a0', ' ').strip()));
		}
		return frames;
	}

	/** Clicks a runnable block's &#9654; (clicking its text would only copy it into the editor). */
	static void run(WebElement block) {
		block.findElement(By.tagName("i")).click();
	}

	/** The guide's slides' headings, read by paging through them with Next from the first. */
	static List<String> guideHeadings(WebDriver browser, WebDriverWait wait, int slides) {
		var headings = new ArrayList<String>();
		headings.add(heading(browser));
		while (headings.size() < slides) {
			var previous = headings.get(headings.size() - 1);
			browser.findElement(By.cssSelector("[data-testid=guideNextSlide]")).click();
			wait.until(d -> !heading(d).equals(previous));
			headings.add(heading(browser));
		}
		return headings;
	}

	/** Pages back (or on) to the slide with this heading. */
	static void goToSlide(WebDriver browser, WebDriverWait wait, String heading) {
		for (var direction : List.of("guidePreviousSlide", "guideNextSlide")) {
			while (!heading(browser).equals(heading)) {
				var button = browser.findElement(By.cssSelector("[data-testid=" + direction + "]"));
				if (!button.isEnabled()) {
					break;
				}
				var current = heading(browser);
				button.click();
				wait.until(d -> !heading(d).equals(current));
			}
		}
		if (!heading(browser).equals(heading)) {
			throw new AssertionError("No slide headed " + heading);
		}
	}

	private static String heading(SearchContext browser) {
		return browser.findElement(By.cssSelector("#guide-drawer h3")).getText().strip();
	}

	/** The nodes drawn in a frame. */
	static List<DrawnNode> drawnNodes(WebElement frame) {
		return frame.findElements(By.cssSelector("svg g.node")).stream()
			.map(node -> new DrawnNode(node.findElement(By.cssSelector("circle.b-outline")).getAttribute("fill"),
					node.findElements(By.cssSelector("text.caption")).stream().map(t -> t.getAttribute("textContent"))
						.collect(Collectors.joining(" ")).replaceAll("\\s+", " ").strip()))
			.toList();
	}

	/** The named queries' comment headers, each joined into one line, without Markdown's backticks. */
	static List<String> queryHeaders() {
		try (var files = Files.list(Path.of("cypher/queries"))) {
			return files.filter(f -> f.toString().endsWith(".cypher")).map(f -> {
				try {
					return Files.readAllLines(f).stream().takeWhile(l -> l.startsWith("//")).map(l -> l.substring(2).strip())
						.collect(Collectors.joining(" ")).replace("`", "");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
