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
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fan short of tokens buys a package through the test provider in a real Chromium: from the unlock
 * dialog to the shop (with the missing amount), the test checkout, back to the return page, which
 * shows the new balance without a reload, and back to the post, which she then unlocks.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenShopBrowserIT {

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

    @Test
    void aFanShortOfTokensBuysAPackageComesBackAndCompletesTheUnlock() throws Exception {
        var creator = fixtures.aCreator();
        var fan = fixtures.aMember();
        fixtures.giveTokens(fan.id(), 20);
        fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now());
        browser.driver.manage().deleteAllCookies();
        var page = new ProfilePageObject(browser.driver, api.baseUrl()).useSession(fan.token()).open(creator.username());
        page.waitUntilPresent("tile", Duration.ofSeconds(10));
        page.tiles().getFirst().findElement(By.cssSelector(".tile-lock")).click();
        page.waitForText("unlock-balance", "20 tokens", Duration.ofSeconds(5));
        page.waitUntilPresent("short-of-tokens", Duration.ofSeconds(5));
        assertThat(page.text("short-of-tokens")).contains("30 more tokens");
        assertThat(page.byTestId("confirm-unlock").isEnabled()).isFalse();
        browser.screenshot("shop-short-of-tokens");

        page.byTestId("to-shop").click();
        page.waitUntilPresent("token-shop", Duration.ofSeconds(10));
        page.waitUntilPresent("buy-100", Duration.ofSeconds(10));
        assertThat(page.text("shop-missing")).contains("30 more tokens");
        assertThat(page.text("package-100")).contains("€9.99").contains("Covers what you need");
        browser.screenshot("shop-packages");
        page.byTestId("buy-100").click();

        page.waitUntilPresent("test-checkout", Duration.ofSeconds(15));
        assertThat(page.text("test-checkout")).contains("TEST MODE");
        page.waitUntilPresent("test-approve", Duration.ofSeconds(10));
        browser.screenshot("shop-test-checkout");
        // from here on the page must not reload: the marker would be gone
        ((JavascriptExecutor) browser.driver).executeScript("window.__sameDocument = true;");
        page.byTestId("test-approve").click();

        page.waitUntilPresent("purchase", Duration.ofSeconds(10));
        page.waitUpTo(Duration.ofSeconds(20)).until(d -> "paid".equals(page.byTestId("purchase-state").getAttribute("data-state")));
        page.waitForText("purchase-balance", "120 tokens", Duration.ofSeconds(10));
        assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.__sameDocument === true;")).isEqualTo(true);
        browser.screenshot("shop-paid");
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(120);

        page.byTestId("back-to").click();
        page.waitUntilPresent("tile", Duration.ofSeconds(10));
        page.tiles().getFirst().findElement(By.cssSelector(".tile-lock")).click();
        page.waitForText("unlock-balance", "120 tokens", Duration.ofSeconds(5));
        page.byTestId("confirm-unlock").click();
        page.waitUntilPresent("revealed", Duration.ofSeconds(10));
        browser.screenshot("shop-unlocked");
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(70);
    }
}
