package com.teezu.profiles.web;

import com.teezu.profiles.db.enums.ConsentLevel;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Teezer in two real Chromiums: during a Teezer slot (the demo's LovelyLena with her stream ended and
 * her switch on) a new fan writes to her and, without a reload, sees the AI notice and her clone's
 * AI-badged answer; Lena sees the conversation with Teezer's state in it, and the turn in her Teezer
 * studio's activity. Screenshots at 390 and 1280 px.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeezerBrowserIT {

    static final Duration WITHIN = Duration.ofSeconds(10);

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    Browser fan;
    Browser creator;

    @BeforeAll
    void start() throws Exception {
        assertThat(Browser.available()).as("Chromium and ChromeDriver are installed").isTrue();
        fan = new Browser();
        creator = new Browser();
    }

    @AfterAll
    void stop() {
        if (fan != null) fan.close();
        if (creator != null) creator.close();
    }

    @Test
    void aFanWritingDuringATeezerSlotSeesTheNoticeAndAnAiBadgedAnswerAndLenaSeesTheTurn() throws Exception {
        String lenaToken = fixtures.sessionFor("lovelylena");
        String lena = fixtures.idOf("lovelylena").toString();
        var newFan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        // her stream ends: her switch is on, so her status is teezer (the demo shows her live; put back after)
        assertThat(api.post("/api/users/" + lena + "/live", lenaToken, Map.of("live", false)).status()).isEqualTo(200);
        try {
            var fanPage = new ProfilePageObject(fan.driver, api.baseUrl()).useSession(newFan.token());
            fan.driver.get(api.baseUrl() + "/messages/to/lovelylena");
            fanPage.waitUntilPresent("composer", WITHIN);
            ((JavascriptExecutor) fan.driver).executeScript("window.__noReload = 'kept'");
            fanPage.byTestId("composer").sendKeys("hi Lena!");
            fanPage.byTestId("composer").sendKeys(Keys.ENTER);

            fanPage.waitUpTo(WITHIN).until(d -> !d.findElements(By.cssSelector("[data-testid=ai-notice]")).isEmpty());
            fanPage.waitUpTo(WITHIN).until(d -> !d.findElements(By.cssSelector("[data-testid=message][data-author=teezer]")).isEmpty());
            WebElement answer = fan.driver.findElement(By.cssSelector("[data-testid=message][data-author=teezer]"));
            assertThat(answer.findElements(By.cssSelector("[data-testid=ai-badge]"))).hasSize(1);
            assertThat(answer.findElement(By.cssSelector(".bubble-text")).getText()).startsWith("Hey ");
            assertThat(fan.driver.findElement(By.cssSelector("[data-testid=ai-notice]")).getText()).contains("AI clone");
            assertThat(((JavascriptExecutor) fan.driver).executeScript("return window.__noReload")).isEqualTo("kept");
            // the fan has no Teezer controls
            assertThat(fan.driver.findElements(By.cssSelector("[data-testid=teezer-bar]"))).isEmpty();
            fan.screenshot("teezer-fan-thread-1280");
            fan.driver.manage().window().setSize(new Dimension(390, 844));
            fan.screenshot("teezer-fan-thread-390");

            // Lena: the conversation, with Teezer's state in it
            var lenaPage = new ProfilePageObject(creator.driver, api.baseUrl()).useSession(lenaToken);
            creator.driver.get(api.baseUrl() + "/messages");
            var conversation = By.cssSelector("[data-testid=conversation][data-username='" + newFan.username() + "']");
            lenaPage.waitUpTo(WITHIN).until(d -> !d.findElements(conversation).isEmpty());
            creator.driver.findElement(conversation).click();
            lenaPage.waitUntilPresent("teezer-bar", WITHIN);
            lenaPage.waitUpTo(WITHIN).until(d -> !d.findElements(By.cssSelector("[data-testid=message][data-author=teezer] [data-testid=ai-badge]")).isEmpty());
            creator.screenshot("teezer-creator-thread-1280");

            // and the turn in her studio's activity
            creator.driver.get(api.baseUrl() + "/teezer");
            lenaPage.waitUntilPresent("teezer-studio", WITHIN);
            lenaPage.waitUpTo(WITHIN).until(d -> d.findElements(By.cssSelector("[data-testid=turn]")).stream()
                    .anyMatch(e -> e.getText().contains("Test " + newFan.username()) && e.getText().contains("embedded")));
            assertThat(creator.driver.findElements(By.cssSelector("[data-testid=bank-entry]")).size()).isGreaterThanOrEqualTo(30);
            creator.screenshot("teezer-studio-1280");
            creator.driver.manage().window().setSize(new Dimension(390, 844));
            creator.screenshot("teezer-studio-390");
            assertThat((Boolean) ((JavascriptExecutor) creator.driver)
                    .executeScript("return document.scrollingElement.scrollWidth <= window.innerWidth")).isTrue();

            // what would Teezer answer?
            lenaPage.byTestId("teezer-studio");
            creator.driver.findElement(By.id("try-text")).sendKeys("when is your next stream?");
            creator.driver.findElement(By.cssSelector("#try-title ~ form button[type=submit]")).click();
            lenaPage.waitUntilPresent("try-result", WITHIN);
            assertThat(lenaPage.text("try-result")).contains("next live show").contains("score");
        } finally {
            api.post("/api/users/" + lena + "/live", lenaToken, Map.of("live", true));
        }
    }
}
