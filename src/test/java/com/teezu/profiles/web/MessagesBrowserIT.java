package com.teezu.profiles.web;

import com.teezu.profiles.media.MediaIT;
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
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Direct messages in two real Chromiums at once, the fan sam and the creator lovelylena: he writes,
 * she sees it arrive without a reload and replies, he sees the reply and his unread badge clear; he
 * unlocks a paid picture (another creator's, in the same browser). Screenshots at 390 and 1280 px land in target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessagesBrowserIT {

    static final Duration WITHIN = Duration.ofSeconds(8);

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

    static Object js(Browser b, String script) {
        return ((JavascriptExecutor) b.driver).executeScript(script);
    }

    static String messageTexts(WebDriver d) {
        return String.join("\n", d.findElements(By.cssSelector("[data-testid=message] .bubble-text")).stream().map(e -> e.getText()).toList());
    }

    @Test
    void samWritesLenaSeesItLiveRepliesAndSamUnlocksAPaidPicture() throws Exception {
        String lenaToken = fixtures.sessionFor("lovelylena");
        String samToken = fixtures.sessionFor("sam");
        UUID sam = fixtures.idOf("sam");
        fixtures.giveTokens(sam, 100);
        // something unread for sam
        api.send("POST", "/api/users/sam/messages", lenaToken, Map.of("text", "Morning Sam ☀️"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        var samPage = new ProfilePageObject(fan.driver, api.baseUrl()).useSession(samToken).open("lovelylena");
        samPage.waitUpTo(WITHIN).until(d -> Integer.parseInt(samPage.byTestId("messages-link").getDomAttribute("data-unread")) > 0);
        // Lena has her inbox open on the conversation before sam writes
        var lenaPage = new ProfilePageObject(creator.driver, api.baseUrl()).useSession(lenaToken);
        creator.driver.get(api.baseUrl() + "/messages");
        lenaPage.waitUpTo(WITHIN).until(d -> !d.findElements(By.cssSelector("[data-testid=conversation][data-username=sam]")).isEmpty());
        creator.driver.findElement(By.cssSelector("[data-testid=conversation][data-username=sam]")).click();
        lenaPage.waitUntilPresent("composer", WITHIN);
        js(creator, "window.__noReload = 'kept'");

        // sam follows the profile's Message button to the conversation and writes
        samPage.byTestId("message-button").click();
        samPage.waitUntilPresent("composer", WITHIN);
        samPage.waitUpTo(WITHIN).until(d -> messageTexts(d).contains("Morning Sam"));
        String text = "Hi Lena! Loved the rooftop stream " + UUID.randomUUID().toString().substring(0, 6);
        samPage.byTestId("composer").sendKeys(text);
        samPage.byTestId("composer").sendKeys(Keys.ENTER);
        lenaPage.waitUpTo(WITHIN).until(d -> messageTexts(d).contains(text));
        assertThat(js(creator, "return window.__noReload")).isEqualTo("kept");

        // she types (he sees it), replies; he sees the reply and his badge clears (the open thread is read)
        lenaPage.byTestId("composer").sendKeys("See you");
        samPage.waitUpTo(WITHIN).until(d -> samPage.text("typing").contains("is typing"));
        lenaPage.byTestId("composer").sendKeys(" at 20:00 😘");
        lenaPage.byTestId("send").click();
        samPage.waitUpTo(WITHIN).until(d -> messageTexts(d).contains("See you at 20:00 😘"));
        samPage.waitUpTo(WITHIN).until(d -> "0".equals(samPage.byTestId("messages-link").getDomAttribute("data-unread")));
        // her badge counts her other conversations only: the open one is read
        lenaPage.waitUpTo(WITHIN).until(d -> String.valueOf(api.get("/api/conversations/unread", lenaToken).json().get("unread").intValue())
                .equals(lenaPage.byTestId("messages-link").getDomAttribute("data-unread")));

        // a paid picture from another creator (what sam pays her must not change Lena's seed numbers,
        // which other tests check to the cent): blurred with its price until he unlocks it, once
        var mia = fixtures.aCreator();
        String upload = api.multipart("POST", "/api/media", mia.token(), MediaIT.png(320, 240), "p.png", Map.of()).json().get("id").stringValue();
        var paid = api.send("POST", "/api/users/sam/messages", mia.token(),
                Map.of("text", "A peek from the rooftop 😈", "mediaId", upload, "priceTokens", 15),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).json();
        String paidId = paid.get("id").stringValue();
        fan.driver.get(api.baseUrl() + "/messages/" + paid.get("conversationId").stringValue());
        samPage.waitUntilPresent("unlock-message", WITHIN);
        long before = fixtures.balanceOf(sam);
        var bubble = By.cssSelector("[data-testid=message][data-id='" + paidId + "']");
        assertThat(fan.driver.findElement(bubble).findElements(By.cssSelector(".bubble-media.locked"))).hasSize(1);
        fan.driver.manage().window().setSize(new Dimension(390, 844));
        fan.screenshot("messages-thread-390");
        fan.driver.findElement(bubble).findElement(By.cssSelector("[data-testid=unlock-message]")).click();
        samPage.waitUpTo(WITHIN).until(d -> d.findElement(bubble).findElements(By.cssSelector(".bubble-media.locked")).isEmpty());
        assertThat(fan.driver.findElement(bubble).findElement(By.cssSelector("img")).getDomAttribute("src")).contains("/original.");
        assertThat(fixtures.balanceOf(sam)).isEqualTo(before - 15);
        fan.screenshot("messages-unlocked-390");
        creator.driver.manage().window().setSize(new Dimension(1280, 900));
        creator.screenshot("messages-thread-1280");
        creator.driver.get(api.baseUrl() + "/messages");
        lenaPage.waitUntilPresent("conversation", WITHIN);
        creator.screenshot("messages-inbox-1280");
        fan.driver.get(api.baseUrl() + "/messages");
        samPage.waitUntilPresent("conversation", WITHIN);
        fan.screenshot("messages-inbox-390");
    }
}
