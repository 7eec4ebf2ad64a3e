package com.teezu.profiles.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The profile page as a user sees it: what it shows and what one can do on it. */
final class ProfilePageObject {

    private final WebDriver driver;
    private final String baseUrl;

    ProfilePageObject(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    WebDriverWait waitUpTo(Duration d) {
        return new WebDriverWait(driver, d);
    }

    /** Logs in through the log-in form, as a person would. */
    ProfilePageObject logIn(String username, String password) {
        driver.get(baseUrl + "/login");
        waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.xpath("//label[text()='Username']/following-sibling::input[1]")).sendKeys(username);
        driver.findElement(By.xpath("//label[text()='Password']/following-sibling::input[1]")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUpTo(Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/@"));
        return this;
    }

    /** Starts a session from a token (for fixture users, who have no password): the cookie log-in would set. */
    ProfilePageObject useSession(String token) {
        driver.get(baseUrl + "/");
        driver.manage().addCookie(new Cookie.Builder("teezu_session", token).path("/").isHttpOnly(true).sameSite("Lax").build());
        return this;
    }

    ProfilePageObject open(String username) {
        driver.get(baseUrl + "/@" + username);
        waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=profile]")));
        return this;
    }

    WebElement byTestId(String id) {
        return driver.findElement(By.cssSelector("[data-testid='" + id + "']"));
    }

    boolean has(String testId) {
        return !driver.findElements(By.cssSelector("[data-testid='" + testId + "']")).isEmpty();
    }

    String text(String testId) {
        return byTestId(testId).getText();
    }

    List<WebElement> tiles() {
        return driver.findElements(By.cssSelector("[data-testid=tile]"));
    }

    void waitForText(String testId, String expected, Duration within) {
        waitUpTo(within).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='" + testId + "']"), expected));
    }

    /** The follow button has settled (the server answered; no request in flight) in the given state. */
    void waitUntilFollowSettled(boolean following, Duration within) {
        By button = By.cssSelector("[data-testid='follow-button']");
        waitUpTo(within).until(d -> {
            var b = d.findElement(button);
            return "false".equals(b.getAttribute("aria-busy")) && String.valueOf(following).equals(b.getAttribute("aria-pressed"));
        });
    }

    /** The number of a stat, without its label. */
    String statValue(String key) {
        return byTestId("stat-" + key).findElement(By.tagName("dd")).getText();
    }

    void waitUntilPresent(String testId, Duration within) {
        waitUpTo(within).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='" + testId + "']")));
    }

    void waitUntilGone(String testId, Duration within) {
        waitUpTo(within).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid='" + testId + "']"), 0));
    }

    /** The page has joined the profile's realtime room (the server confirmed the watch). */
    void waitUntilWatching(Duration within) {
        waitUpTo(within).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return performance.getEntriesByType('resource').some(e => e.name.includes('/api/realtime'))")));
    }
}
