package com.teezu.profiles.web;

import com.teezu.profiles.db.enums.ContentVisibility;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app for people who use a keyboard or a screen reader, and for anyone reading it: every page
 * checked by axe-core (WCAG 2 A and AA, which includes colour contrast) in real Chromium; log-in and
 * the unlock dialog driven by the keyboard alone; and editing one's profile, with the server's field
 * errors shown beside their fields.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIT {

    static final Path AXE = Path.of("frontend", "node_modules", "axe-core", "axe.min.js");

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    Browser browser;
    String axe;

    @BeforeAll
    void start() throws Exception {
        assertThat(Browser.available()).as("Chromium and ChromeDriver are installed (apt-get install chromium chromium-driver)").isTrue();
        assertThat(AXE).as("axe-core is installed with the front end's dev dependencies (npm ci in frontend/)").exists();
        axe = Files.readString(AXE);
        browser = new Browser();
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
    }

    ProfilePageObject fresh() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(api.baseUrl() + "/");
        js().executeScript("sessionStorage.clear()");
        return new ProfilePageObject(browser.driver, api.baseUrl());
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver;
    }

    /** axe-core's WCAG 2 A + AA rules on the page as it is now; one line per failing element. */
    List<String> wcagViolations() {
        if (!Boolean.TRUE.equals(js().executeScript("return typeof window.axe === 'object'"))) js().executeScript(axe);
        Object result = js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n =>
                      v.id + ' (' + v.impact + ') at ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' ')))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        List<String> lines = new ArrayList<>();
        for (Object o : (List<?>) result) lines.add(String.valueOf(o));
        return lines;
    }

    void assertAccessible(String page) {
        assertThat(wcagViolations()).as("WCAG 2.1 A/AA violations on " + page).isEmpty();
    }

    @Test
    void everyPageMeetsWcagAaIncludingContrast() throws Exception {
        var page = fresh();
        browser.driver.get(api.baseUrl() + "/");
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".landing")).isEmpty());
        assertAccessible("the landing page");
        browser.driver.get(api.baseUrl() + "/login");
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("username")).isEmpty());
        assertAccessible("log-in");
        browser.driver.get(api.baseUrl() + "/register");
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("displayName")).isEmpty());
        assertAccessible("sign-up");
        fresh().open("lovelylena").waitUntilPresent("fantasy-gate", Duration.ofSeconds(10));
        assertAccessible("lovelylena, anonymous (log-in gate)");
        browser.driver.get(api.baseUrl() + "/@nobody_here_at_all");
        page.waitUntilPresent("not-found", Duration.ofSeconds(10));
        assertAccessible("an unknown profile");

        fresh().logIn("newbie", "demo-password").open("lovelylena").waitUntilPresent("fantasy-gate", Duration.ofSeconds(10));
        assertAccessible("lovelylena as newbie (age gate)");
        fresh().logIn("victor", "demo-password").open("lovelylena").waitUntilPresent("fantasy-gate", Duration.ofSeconds(10));
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=fantasy-gate]")).getAttribute("data-gate"))
                .isEqualTo("consent_required");
        assertAccessible("lovelylena as victor (consent gate)");

        page = fresh().logIn("sam", "demo-password").open("lovelylena");
        page.waitUntilPresent("fantasy", Duration.ofSeconds(10));
        assertAccessible("lovelylena as sam (fantasy profile, vault, grid)");
        page.byTestId("subscribe-button").click();
        page.waitUntilPresent("subscription-price", Duration.ofSeconds(5));
        assertAccessible("the subscribe dialog");
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        page.waitUntilGone("subscription-price", Duration.ofSeconds(5));
        page.byTestId("gift-button").click();
        page.waitUpTo(Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector("input[name=gift]")).isEmpty());
        assertAccessible("the gift dialog");
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        page.waitUntilGone("confirm-gift", Duration.ofSeconds(5));
        browser.driver.get(api.baseUrl() + "/wallet");
        page.waitUntilPresent("wallet-balance", Duration.ofSeconds(10));
        page.waitUntilPresent("buy-100", Duration.ofSeconds(10));
        assertAccessible("sam's wallet (shop, history, limits)");
        page.byTestId("buy-100").click();
        page.waitUntilPresent("test-approve", Duration.ofSeconds(15));
        assertAccessible("the test provider's checkout");
        page.byTestId("test-decline").click();
        page.waitUntilPresent("purchase-state", Duration.ofSeconds(10));
        assertAccessible("the return page and receipt");
        browser.driver.get(api.baseUrl() + "/quiz");
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".quiz input[type=radio]")).isEmpty());
        assertAccessible("the DNA quiz");
        browser.driver.get(api.baseUrl() + "/notifications");
        page.waitUntilPresent("notifications", Duration.ofSeconds(10));
        assertAccessible("sam's notifications");

        page = fresh().logIn("sofie", "demo-password").open("lovelylena");
        page.waitUntilPresent("staff-panel", Duration.ofSeconds(10));
        assertAccessible("lovelylena as sofie (staff panel)");

        page = fresh().logIn("lovelylena", "demo-password").open("lovelylena");
        page.waitUntilPresent("private-dashboard", Duration.ofSeconds(10));
        assertAccessible("lovelylena's own page (private dashboard, schedule)");
        browser.driver.get(api.baseUrl() + "/settings");
        page.waitUntilPresent("schedule-editor", Duration.ofSeconds(10));
        assertAccessible("lovelylena's profile editor");
    }

    @Test
    void theMessagesPagesMeetWcagAaAtPhoneWidthToo() throws Exception {
        var creator = fixtures.aCreator();
        var fan = fixtures.anAgeVerifiedFan(com.teezu.profiles.db.enums.ConsentLevel.explicit);
        var other = fixtures.aCreator();
        String conversation = api.send("POST", "/api/users/" + creator.id() + "/messages", fan.token(), java.util.Map.of("text", "Hello there"),
                java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString())).json().get("conversationId").stringValue();
        String upload = api.multipart("POST", "/api/media", creator.token(), com.teezu.profiles.media.MediaIT.png(120, 90), "p.png",
                java.util.Map.of()).json().get("id").stringValue();
        api.send("POST", "/api/conversations/" + conversation + "/messages", creator.token(),
                java.util.Map.of("text", "Something special", "mediaId", upload, "priceTokens", 10),
                java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
        var page = fresh().useSession(fan.token());
        try {
            for (int width : new int[]{1100, 390}) {
                browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                browser.driver.get(api.baseUrl() + "/messages");
                page.waitUntilPresent("conversation", Duration.ofSeconds(10));
                assertAccessible("the inbox at " + width + " px");
                browser.driver.get(api.baseUrl() + "/messages/" + conversation);
                page.waitUntilPresent("unlock-message", Duration.ofSeconds(10));
                assertAccessible("a thread with a paid picture at " + width + " px");
                browser.driver.get(api.baseUrl() + "/messages/to/" + other.username());
                page.waitUntilPresent("composer", Duration.ofSeconds(10));
                assertAccessible("a new conversation at " + width + " px");
                browser.driver.get(api.baseUrl() + "/@" + creator.username());
                page.waitUntilPresent("message-button", Duration.ofSeconds(10));
                assertAccessible("a profile with its Message button at " + width + " px");
            }
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 2400));
        }
    }

    @Test
    void inDutchThePageSaysNlAndStillMeetsWcagAa() throws Exception {
        var page = fresh().logIn("sam", "demo-password");
        try {
            browser.driver.findElement(By.cssSelector("nav.topbar button.language")).click();
            page.waitUpTo(Duration.ofSeconds(10)).until(d -> "nl".equals(js().executeScript("return document.documentElement.lang")));
            for (int width : new int[]{1280, 390}) {
                browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                page.open("lovelylena").waitUntilPresent("fantasy", Duration.ofSeconds(10));
                browser.driver.findElement(By.cssSelector("[data-testid=account-button]")).click();
                assertThat(browser.driver.findElement(By.cssSelector("nav.topbar")).getText()).contains("Uitloggen", "Mijn profiel");
                browser.driver.findElement(By.cssSelector("[data-testid=account-button]")).click();
                assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Cadeaukluis", "Volgers");
                assertAccessible("lovelylena as sam, in Dutch, at " + width + " px");
                browser.screenshot("nl-profile-sam-" + width);
                browser.driver.get(api.baseUrl() + "/messages");
                page.waitUntilPresent("conversation", Duration.ofSeconds(10));
                assertAccessible("sam's messages, in Dutch, at " + width + " px");
                browser.screenshot("nl-messages-sam-" + width);
            }
            // the choice is kept: a new visit is still in Dutch, and the switch goes back
            browser.driver.get(api.baseUrl() + "/wallet");
            page.waitUntilPresent("wallet-balance", Duration.ofSeconds(10));
            assertThat(js().executeScript("return document.documentElement.lang")).isEqualTo("nl");
            browser.driver.findElement(By.cssSelector("nav.topbar button.language")).click();
            page.waitUpTo(Duration.ofSeconds(10)).until(d -> "en".equals(js().executeScript("return document.documentElement.lang")));
        } finally {
            js().executeScript("localStorage.removeItem('teezu.locale')");
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 2400));
        }
    }

    @Test
    void theKeyboardAloneLogsInAndTheUnlockDialogKeepsFocus() throws Exception {
        var creator = fixtures.aCreator();
        fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now());
        var page = fresh();
        browser.driver.get(api.baseUrl() + "/login");
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("username")).isEmpty());

        // from the top of the page, Tab reaches the labelled fields; Enter submits
        tabUntil(el -> "username".equals(el.getAttribute("id")), 15);
        active().sendKeys("sam");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertThat(active().getAttribute("id")).isEqualTo("password");
        active().sendKeys("demo-password", Keys.ENTER);
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/@sam"));

        // to the creator's locked tile by keyboard; Enter opens the dialog, focus moves into it and stays
        page.open(creator.username()).waitUntilPresent("tile", Duration.ofSeconds(10));
        tabUntil(el -> el.getAttribute("class") != null && el.getAttribute("class").contains("tile-lock"), 60);
        active().sendKeys(Keys.ENTER);
        page.waitUntilPresent("confirm-unlock", Duration.ofSeconds(5));
        WebElement dialog = browser.driver.findElement(By.cssSelector("[role=dialog]"));
        assertThat(dialog.getAttribute("aria-modal")).isEqualTo("true");
        for (int i = 0; i < 8; i++) {
            assertThat(insideDialog()).as("focus after " + i + " Tab presses").isTrue();
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        }
        new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(insideDialog()).isTrue();
        assertAccessible("the unlock dialog");
        browser.screenshot("unlock-dialog-keyboard");
        // Escape closes it and gives focus back to the tile's button
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        page.waitUntilGone("confirm-unlock", Duration.ofSeconds(5));
        assertThat(active().getAttribute("class")).contains("tile-lock");
    }

    @Test
    void aCreatorEditsHerProfileAndSeesTheServersFieldErrorsBesideTheirFields() throws Exception {
        var creator = fixtures.aCreator();
        var page = fresh().useSession(creator.token());
        browser.driver.get(api.baseUrl() + "/settings");
        page.waitUntilPresent("schedule-editor", Duration.ofSeconds(10));

        // ChromeDriver types only the Basic Multilingual Plane; the owl (U+1F989) is set as a paste would
        js().executeScript("""
                const el = arguments[0];
                Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(el, arguments[1]);
                el.dispatchEvent(new Event('input', { bubbles: true }));
                """, browser.driver.findElement(By.id("bio")), "Night owl 🦉 from Utrecht");
        assertThat(page.text("bio-counter")).isEqualTo("24/500"); // code points: the owl is one, not two UTF-16 units
        browser.driver.findElement(By.xpath("//label[contains(., 'playful')]/input")).click();
        browser.driver.findElement(By.xpath("//fieldset[@aria-label='Intent']//label[contains(., 'Chat')]/input")).click();
        browser.driver.findElement(By.xpath("//fieldset[@aria-label='Available for']//label[contains(., 'Livestream')]/input")).click();
        WebElement zone = browser.driver.findElement(By.id("timezone"));
        zone.clear();
        zone.sendKeys("Mars/Olympus_Mons");
        // each section is saved on its own: the week first
        browser.driver.findElement(By.cssSelector("[data-testid=save-schedule]")).click();

        // the server refuses the zone; its message appears right after the zone field, and nothing was stored
        By zoneError = By.xpath("//input[@id='timezone']/following-sibling::*[1][contains(@class,'field-error')]");
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(zoneError).isEmpty());
        assertThat(browser.driver.findElement(zoneError).getText()).isNotBlank();
        assertThat(api.get("/api/users/" + creator.id() + "/profile", creator.token()).json().at("/user/bio").toString()).doesNotContain("Night owl");
        browser.screenshot("settings-field-error");

        zone.clear();
        zone.sendKeys("Europe/Amsterdam");
        for (String section : new String[]{"schedule", "about", "fantasy"}) {
            browser.driver.findElement(By.cssSelector("[data-testid=save-" + section + "]")).click();
            By saved = By.cssSelector("#" + section + " [data-testid=saved]");
            page.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(saved).isEmpty());
        }
        var stored = api.get("/api/users/" + creator.id() + "/profile", creator.token()).json();
        assertThat(stored.at("/user/bio").stringValue()).isEqualTo("Night owl 🦉 from Utrecht");
        assertThat(stored.at("/user/mood/key").stringValue()).isEqualTo("playful");
        assertThat(stored.at("/fantasyProfile/intent").toString()).contains("chat");
        assertThat(stored.at("/fantasyProfile/availability").toString()).contains("livestream");
        assertThat(browser.driver.findElements(zoneError)).isEmpty();
    }

    WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    boolean insideDialog() {
        return Boolean.TRUE.equals(js().executeScript(
                "return !!document.activeElement && !!document.activeElement.closest('[role=dialog]')"));
    }

    /** Presses Tab until the focused element matches; fails if it takes more than {@code max} presses. */
    void tabUntil(java.util.function.Predicate<WebElement> target, int max) {
        for (int i = 0; i < max; i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            if (target.test(active())) return;
        }
        throw new AssertionError("not reachable with " + max + " Tab presses");
    }
}
