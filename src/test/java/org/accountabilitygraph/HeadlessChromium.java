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
		var options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--window-size=1280,800");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		return new ChromeDriver(service, options);
	}
}
