package org.accountabilitygraph.server;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Neo4j Browser's connection form, as a user fills it in. */
final class NeoBrowser {

	private NeoBrowser() {
	}

	/** Types the password into the form (user and address are already filled in by the URL) and connects. */
	static void logIn(WebDriver browser, String password) {
		var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[data-testid=password]")))
			.sendKeys(password);
		browser.findElement(By.cssSelector("button[data-testid=connect]")).click();
	}
}
