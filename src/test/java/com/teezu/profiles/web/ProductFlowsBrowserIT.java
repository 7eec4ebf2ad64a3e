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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flows that turn a visitor into a fan and keep a creator informed, in real Chromium against the
 * whole app: sign-up from a locked post and back, too few tokens, opening and liking an unlocked post,
 * and a gift reaching the creator live (her dashboard moves) while a watcher of her page gets nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductFlowsBrowserIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    Browser browser;

    @BeforeAll
    void start() throws Exception {
        assertThat(Browser.available()).as("Chromium and ChromeDriver are installed (apt-get install chromium chromium-driver)").isTrue();
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
    }

    ProfilePageObject page() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(api.baseUrl() + "/");
        ((JavascriptExecutor) browser.driver).executeScript("sessionStorage.clear(); localStorage.removeItem('teezu.locale')");
        return new ProfilePageObject(browser.driver, api.baseUrl());
    }

    @Test
    void aVisitorClicksUnlockSignsUpAndComesBackToTheSameProfileWithThePrice() throws Exception {
        var creator = fixtures.aCreator();
        fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now());
        browser.driver.manage().window().setSize(new Dimension(390, 900));
        try {
            var page = page().open(creator.username());
            page.waitUntilPresent("tile", Duration.ofSeconds(10));
            // the visitor sees the actions too
            assertThat(page.has("guest-follow")).isTrue();
            assertThat(page.has("guest-subscribe")).isTrue();
            assertThat(page.has("guest-gift")).isTrue();
            // each says what it costs: a subscription its monthly price, a gift the cheapest one
            page.byTestId("guest-subscribe").click();
            page.waitForText("join-pitch", "100 tokens a month", Duration.ofSeconds(5));
            browser.driver.findElement(By.xpath("//div[@role='dialog']//button[text()='Not now']")).click();
            page.waitUntilGone("join-pitch", Duration.ofSeconds(5));
            page.byTestId("guest-gift").click();
            page.waitForText("join-pitch", "from", Duration.ofSeconds(5));
            browser.driver.findElement(By.xpath("//div[@role='dialog']//button[text()='Not now']")).click();
            page.waitUntilGone("join-pitch", Duration.ofSeconds(5));
            page.tiles().getFirst().findElement(By.cssSelector(".tile-lock")).click();
            page.waitForText("join-pitch", "50 tokens", Duration.ofSeconds(5));
            browser.screenshot("join-from-unlock-390");
            page.byTestId("join-register").click();
            page.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("displayName")).isEmpty());
            assertThat(browser.driver.getCurrentUrl()).contains("/register?next=");

            String username = "fan_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            browser.driver.findElement(By.id("username")).sendKeys(username);
            browser.driver.findElement(By.id("password")).sendKeys("a-long-enough-password");
            browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();

            page.waitUpTo(Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/@" + creator.username()));
            page.waitUntilPresent("follow-button", Duration.ofSeconds(10)); // now as a member
            page.tiles().getFirst().findElement(By.cssSelector(".tile-lock")).click();
            page.waitForText("unlock-price", "50 tokens", Duration.ofSeconds(5));
            browser.screenshot("back-after-sign-up-390");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1100, 2400));
        }
    }

    @Test
    void aFanWithTooFewTokensIsToldHowManyHeMissesAndWhereToGetThem() throws Exception {
        var creator = fixtures.aCreator();
        var fan = fixtures.aMember();
        fixtures.giveTokens(fan.id(), 10);
        fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now());
        var page = page().useSession(fan.token()).open(creator.username());
        page.waitUntilPresent("tile", Duration.ofSeconds(10));
        page.tiles().getFirst().findElement(By.cssSelector(".tile-lock")).click();
        page.waitUntilPresent("short-of-tokens", Duration.ofSeconds(5));
        assertThat(page.text("short-of-tokens")).contains("40 more tokens");
        assertThat(page.byTestId("confirm-unlock").isEnabled()).isFalse();
        browser.screenshot("too-few-tokens");
        page.byTestId("to-shop").click();
        page.waitUntilPresent("wallet-balance", Duration.ofSeconds(10));
        assertThat(browser.driver.getCurrentUrl()).contains("/wallet?missing=40");
    }

    @Test
    void aFanOpensAPostHeUnlockedByItsOwnAddressAndLikesIt() throws Exception {
        var creator = fixtures.aCreator();
        var fan = fixtures.aMember();
        fixtures.giveTokens(fan.id(), 100);
        UUID post = fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now());
        assertThat(api.send("POST", "/api/content/" + post + "/unlock", fan.token(), null,
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).status()).isEqualTo(200);
        var page = page().useSession(fan.token()).open(creator.username());
        page.waitUntilPresent("unlocked-mark", Duration.ofSeconds(10));
        page.byTestId("open-post").click();
        page.waitUntilPresent("post-view", Duration.ofSeconds(5));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/@" + creator.username() + "/post/" + post);
        assertThat(page.text("post-likes")).contains("0");
        page.byTestId("like-button").click();
        page.waitUpTo(Duration.ofSeconds(5)).until(d -> "true".equals(page.byTestId("like-button").getAttribute("aria-pressed")));
        page.waitForText("post-likes", "1", Duration.ofSeconds(5));
        browser.screenshot("post-view-liked");
        // the post's own address opens it, after a reload too
        browser.driver.navigate().refresh();
        page.waitUntilPresent("post-view", Duration.ofSeconds(10));
        assertThat(page.byTestId("like-button").getAttribute("aria-pressed")).isEqualTo("true");
        page.byTestId("close-post").click();
        page.waitUntilGone("post-view", Duration.ofSeconds(5));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/@" + creator.username());
    }

    @Test
    void theCreatorGetsAGiftLiveAndHerTipTotalMovesWhileAWatcherGetsNothing() throws Exception {
        var creator = fixtures.aCreator();
        var fan = fixtures.aMember();
        fixtures.giveTokens(fan.id(), 10_000);
        var lena = page().useSession(creator.token()).open(creator.username());
        lena.waitUntilPresent("private-dashboard", Duration.ofSeconds(10));
        lena.waitUntilWatching(Duration.ofSeconds(5));
        String before = lena.text("tips");
        try (Browser second = new Browser()) {
            var watcher = new ProfilePageObject(second.driver, api.baseUrl()).useSession(fixtures.aMember().token()).open(creator.username());
            watcher.waitUntilWatching(Duration.ofSeconds(5));
            ((JavascriptExecutor) second.driver).executeScript("window.__noReload = 'kept'");
            ((JavascriptExecutor) browser.driver).executeScript("window.__noReload = 'kept'");
            // her socket may still be joining her room: a gift at a time until one is announced to her
            lena.waitUpTo(Duration.ofSeconds(15)).until(d -> {
                api.send("POST", "/api/users/" + creator.username() + "/gifts", fan.token(), Map.of("type", "rose"),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                return d.findElement(By.cssSelector(".toasts")).getText().contains("sent you a gift");
            });
            lena.waitUpTo(Duration.ofSeconds(5)).until(d -> !lena.text("tips").equals(before));
            assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.__noReload")).isEqualTo("kept");
            browser.screenshot("creator-gift-live");
            // the watcher's page got the vault's update (public) but no notification and no private number
            watcher.waitUntilPresent("gift-vault", Duration.ofSeconds(5));
            assertThat(second.driver.findElement(By.cssSelector(".toasts")).getText()).doesNotContain("sent you a gift");
            assertThat(watcher.has("private-dashboard")).isFalse();
            assertThat(second.driver.getPageSource()).doesNotContain(lena.text("tips"));
            assertThat(((JavascriptExecutor) second.driver).executeScript("return window.__noReload")).isEqualTo("kept");
        }
    }
}
