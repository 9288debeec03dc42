package org.accountabilitygraph;

import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven by Debian's chromedriver (the same build, so their versions always match;
 * {@code tools/ensure-chromium} installs both). Pointing at the driver skips Selenium Manager, which
 * would try the internet.
 */
public final class HeadlessChromium {

	private HeadlessChromium() {
	}

	public static ChromeDriver start() {
		return start(options());
	}

	/** The options {@link #start()} uses, for tests that add their own (such as logging). */
	public static ChromeOptions options() {
		return new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--window-size=1280,800");
	}

	public static ChromeDriver start(ChromeOptions options) {
		var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		return new ChromeDriver(service, options);
	}
}
