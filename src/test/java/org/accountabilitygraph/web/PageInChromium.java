package org.accountabilitygraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.accountabilitygraph.ApplicationOnLoadedGraph;
import org.accountabilitygraph.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium (Debian's, {@code tools/ensure-chromium}) against the real application and
 * graph, at a desktop's 1400×900 unless a test asks for a phone's 390×844. Screenshots go to
 * {@code target/screenshots/}. Each test class has a browser of its own (classes run in parallel).
 */
abstract class PageInChromium extends ApplicationOnLoadedGraph {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static final Dimension DESKTOP = new Dimension(1400, 900);

	static final Dimension PHONE = new Dimension(390, 844);

	private static final Map<Class<?>, ChromeDriver> BROWSERS = new ConcurrentHashMap<>();

	/** This class's browser. */
	ChromeDriver browser;

	@BeforeAll
	static void startBrowser(TestInfo test) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		var browser = HeadlessChromium.start();
		browser.manage().window().setSize(DESKTOP);
		BROWSERS.put(test.getTestClass().orElseThrow(), browser);
	}

	@BeforeEach
	void attachBrowser() {
		browser = BROWSERS.get(getClass());
	}

	@AfterAll
	static void stopBrowser(TestInfo test) {
		var browser = BROWSERS.remove(test.getTestClass().orElseThrow());
		if (browser != null) {
			browser.quit();
		}
	}

	void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	void size(Dimension size) {
		browser.manage().window().setSize(size);
	}

	/** Waits for the view to say it has loaded: up to 90 s, as a busy CI machine needs (a wait, not a speed test). */
	void waitUntilLoaded(String what) {
		new WebDriverWait(browser, Duration.ofSeconds(90))
			.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", what));
	}

	WebElement waitFor(By selector) {
		return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(selector));
	}

	Object script(String code, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(code, arguments);
	}

	/**
	 * Makes the page's requests whose address contains {@code part} answer 4 s late, and records in
	 * {@code window.aborted} those the page aborts meanwhile: to see a loading state and a newer request winning.
	 */
	void delayRequestsContaining(String part) {
		script("""
				const part = arguments[0];
				window.aborted = [];
				const real = window.fetch;
				window.fetch = (url, init) => {
				  if (!String(url).includes(part)) return real(url, init);
				  return new Promise((resolve, reject) => {
				    const timer = setTimeout(() => real(url, init).then(resolve, reject), 4000);
				    init.signal.addEventListener('abort', () => {
				      clearTimeout(timer);
				      window.aborted.push(String(url));
				      reject(new DOMException('aborted', 'AbortError'));
				    });
				  });
				};
				return null;""", part);
	}

	/** Whether the element is wholly inside the window (what a reader sees without scrolling). */
	boolean inView(WebElement element) {
		return (Boolean) script("var r = arguments[0].getBoundingClientRect();"
				+ " return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;", element);
	}

	/** Whether the page is no wider than the window (nothing to scroll sideways). */
	boolean fitsTheWidth() {
		return (Long) script("return document.documentElement.scrollWidth") <= (Long) script("return window.innerWidth");
	}

	void screenshot(String name) throws IOException {
		var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + ".png"), png);
	}
}
