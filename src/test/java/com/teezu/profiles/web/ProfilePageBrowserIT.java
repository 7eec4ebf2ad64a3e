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
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's profile page in a real Chromium, against the whole app. Screenshots land in target/screenshots. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfilePageBrowserIT {

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
        return new ProfilePageObject(browser.driver, api.baseUrl());
    }

    @Test
    void samSeesEverySectionOfLovelyLena() throws Exception {
        var page = page().logIn("sam", "demo-password").open("lovelylena");
        page.waitUntilPresent("fantasy", Duration.ofSeconds(10));
        assertThat(page.byTestId("profile").getText()).contains("LovelyLena", "@lovelylena", "Amsterdam", "CREATOR", "spicy",
                "Dutch creator");
        assertThat(page.has("live-badge")).isTrue();
        assertThat(page.text("stat-followers")).startsWith("4.2K");
        assertThat(page.text("stat-following")).startsWith("312");
        assertThat(page.text("stat-likes")).startsWith("18.7K");
        assertThat(page.text("stat-stream")).startsWith("142");
        assertThat(page.text("dna-dominant")).contains("78%");
        assertThat(page.text("dna-exhibitionist")).contains("92%");
        assertThat(page.text("dna-voyeur")).contains("45%");
        assertThat(page.text("dna-romantic")).contains("61%");
        assertThat(page.text("dna-kinky")).contains("84%");
        assertThat(page.text("fantasy")).contains("BDSM-light", "Entertainment + Fantasy", "18+ explicit");
        assertThat(page.text("gift-vault")).contains("Diamond", "×3", "Rose", "×47", "Crown", "×12", "Fire", "×89", "Butterfly", "×23");
        assertThat(page.tiles()).hasSize(9);
        assertThat(page.has("teezer-card")).isTrue();
        assertThat(page.has("private-dashboard")).isFalse();
        assertThat(page.has("schedule")).isFalse();
        browser.screenshot("sam-sees-lovelylena");
    }

    @Test
    void newbieMeetsTheAgeGateAndNoDashboard() throws Exception {
        var page = page().logIn("newbie", "demo-password").open("lovelylena");
        page.waitUntilPresent("fantasy-gate", Duration.ofSeconds(10));
        assertThat(page.byTestId("fantasy-gate").getAttribute("data-gate")).isEqualTo("age_verification_required");
        assertThat(page.text("fantasy-gate")).contains("Verify your age");
        assertThat(page.has("fantasy")).isFalse();
        assertThat(page.has("private-dashboard")).isFalse();
        assertThat(browser.driver.getPageSource()).doesNotContain("Exhibitionist").doesNotContain("14,200");
        browser.screenshot("newbie-age-gate");
    }

    @Test
    void lenaSeesHerPrivateDashboard() throws Exception {
        var page = page().logIn("lovelylena", "demo-password").open("lovelylena");
        page.waitUntilPresent("private-dashboard", Duration.ofSeconds(10));
        assertThat(page.text("earnings")).isEqualTo("€ 2,840");
        assertThat(page.text("tips")).isEqualTo("14,200 tokens");
        assertThat(page.text("subscribers")).isEqualTo("342");
        assertThat(page.text("private-dashboard")).contains("Mon–Fri 20:00–23:00");
        assertThat(page.has("schedule")).isTrue();
        browser.screenshot("lena-private-dashboard");
    }

    @Test
    void followAndUnfollowChangeTheCount() throws Exception {
        var creator = fixtures.aCreator();
        var fan = fixtures.aMember();
        var page = page().useSession(fan.token()).open(creator.username());
        page.waitForText("stat-followers", "0", Duration.ofSeconds(10));
        page.byTestId("follow-button").click();
        // the button updates optimistically; the server has answered once it is no longer busy
        page.waitUntilFollowSettled(true, Duration.ofSeconds(5));
        assertThat(page.statValue("followers")).isEqualTo("1");
        assertThat(page.text("follow-button")).isEqualTo("Following");
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/stats/followers").intValue()).isEqualTo(1);
        browser.screenshot("followed");
        page.byTestId("follow-button").click();
        page.waitUntilFollowSettled(false, Duration.ofSeconds(5));
        assertThat(page.statValue("followers")).isEqualTo("0");
        assertThat(page.text("follow-button")).isEqualTo("Follow");
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/stats/followers").intValue()).isZero();
    }

    @Test
    void aSecondBrowserSeesLenaGoLiveWithinTwoSecondsWithoutReloading() throws Exception {
        String lena = fixtures.sessionFor("lovelylena");
        api.post("/api/users/lovelylena/live", lena, Map.of("live", false));
        try (Browser second = new Browser()) {
            var watcher = new ProfilePageObject(second.driver, api.baseUrl()).useSession(fixtures.aMember().token()).open("lovelylena");
            watcher.waitUntilGone("live-badge", Duration.ofSeconds(5));
            watcher.waitUntilWatching(Duration.ofSeconds(5));
            Object marker = ((org.openqa.selenium.JavascriptExecutor) second.driver).executeScript("return window.__noReload = 'kept'");
            assertThat(marker).isEqualTo("kept");
            // give the socket its watch confirmation: wait until a harmless event round-trips
            api.patch("/api/users/me/profile", lena, Map.of("currentMood", "flirty"));
            watcher.waitForText("mood-chip", "flirty", Duration.ofSeconds(5));

            api.post("/api/users/lovelylena/live", lena, Map.of("live", true));
            watcher.waitUntilPresent("live-badge", Duration.ofSeconds(2));
            assertThat(((org.openqa.selenium.JavascriptExecutor) second.driver).executeScript("return window.__noReload")).isEqualTo("kept");
            second.screenshot("live-without-reload");
        } finally {
            api.post("/api/users/lovelylena/live", lena, Map.of("live", true));
            api.patch("/api/users/me/profile", lena, Map.of("currentMood", "spicy"));
        }
    }

    @Test
    void unlockingALockedItemChargesOnceAndUnblursTheTile() throws Exception {
        var creator = fixtures.aCreator();
        var fan = fixtures.aMember();
        fixtures.giveTokens(fan.id(), 80);
        fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now());
        var page = page().useSession(fan.token()).open(creator.username());
        page.waitUntilPresent("tile", Duration.ofSeconds(10));
        assertThat(page.tiles().getFirst().getAttribute("data-locked")).isEqualTo("true");
        page.tiles().getFirst().findElement(By.cssSelector(".tile-lock")).click();
        page.waitForText("unlock-balance", "80 tokens", Duration.ofSeconds(5));
        assertThat(page.text("unlock-price")).isEqualTo("50 tokens");
        browser.screenshot("unlock-dialog");
        page.byTestId("confirm-unlock").click();
        page.waitUntilPresent("revealed", Duration.ofSeconds(5));
        browser.screenshot("revealed");
        browser.driver.findElement(By.cssSelector("[data-testid=revealed] button")).click();
        page.waitUpTo(Duration.ofSeconds(5)).until(d -> "false".equals(page.tiles().getFirst().getAttribute("data-locked")));
        assertThat(page.tiles().getFirst().getAttribute("class")).doesNotContain("tile-blurred");
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(30);
        assertThat(fixtures.balanceOf(creator.id())).isEqualTo(40);
    }

    @Test
    void aNewFollowerShowsAToastAndTheSessionTokenStaysOutOfReachOfScripts() throws Exception {
        var creator = fixtures.aCreator();
        var page = page().useSession(creator.token()).open(creator.username());
        page.waitUntilWatching(Duration.ofSeconds(5));
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
        // the socket is authenticated by the HttpOnly cookie: the page itself never holds the token
        assertThat((String) js.executeScript("return document.cookie + JSON.stringify(sessionStorage) + JSON.stringify(localStorage)"))
                .doesNotContain(creator.token());
        // the socket may still be (re)connecting as her: a new fan follows until a toast shows (each fan
        // notifies once; a repeated follow by the same fan within 10 minutes would not)
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> {
            api.put("/api/users/" + creator.id() + "/follow", fixtures.aMember().token(), null);
            return d.findElement(By.cssSelector(".toasts")).getText().contains("started following you");
        });
        browser.screenshot("new-follower-toast");
    }

    @Test
    void aFanSubscribesAndSendsAGiftFromTheProfilePage() throws Exception {
        var creator = fixtures.aCreator();
        var fan = fixtures.aMember();
        fixtures.giveTokens(fan.id(), 150);
        fixtures.publish(creator.id(), ContentVisibility.premium, OffsetDateTime.now());
        var page = page().useSession(fan.token()).open(creator.username());
        page.waitUntilPresent("tile", Duration.ofSeconds(10));
        assertThat(page.tiles().getFirst().getAttribute("data-locked")).isEqualTo("true");

        // subscribe: the price and balance first, then one charge, and the premium tile opens
        page.byTestId("subscribe-button").click();
        page.waitForText("subscription-price", "100 tokens", Duration.ofSeconds(5));
        assertThat(page.text("subscription-balance")).isEqualTo("150 tokens");
        page.byTestId("confirm-subscribe").click();
        page.waitUntilPresent("cancel-subscription", Duration.ofSeconds(5));
        assertThat(page.text("subscription-balance")).isEqualTo("50 tokens");
        browser.screenshot("subscribed");
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        page.waitUpTo(Duration.ofSeconds(5)).until(d -> "false".equals(page.tiles().getFirst().getAttribute("data-locked")));
        assertThat(page.text("subscribe-button")).contains("Subscribed");

        // a rose (20 tokens): the vault shows it, the balance pays for it once
        page.byTestId("gift-button").click();
        page.waitUpTo(Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector("input[name=gift][value=rose]")).isEmpty());
        browser.driver.findElement(By.cssSelector("input[name=gift][value=rose]")).click();
        page.byTestId("confirm-gift").click();
        page.waitUntilPresent("gift-sent", Duration.ofSeconds(5));
        browser.driver.findElement(By.cssSelector("[data-testid=gift-sent] button")).click();
        page.waitForText("gift-vault", "Rose", Duration.ofSeconds(5));
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(50 - 20);
        assertThat(fixtures.balanceOf(creator.id())).isPositive();
    }

    @Test
    void aCreatorGoesLivePublishesDeletesAndChangesHerPictureFromTheWebApp() throws Exception {
        var creator = fixtures.aCreator();
        var page = page().useSession(creator.token()).open(creator.username());
        page.waitUntilPresent("creator-studio", Duration.ofSeconds(10));

        page.byTestId("live-toggle").click();
        page.waitUntilPresent("live-badge", Duration.ofSeconds(5));
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/user/isLive").booleanValue()).isTrue();
        page.byTestId("live-toggle").click();
        page.waitUntilGone("live-badge", Duration.ofSeconds(5));

        java.nio.file.Path picture = java.nio.file.Files.createTempFile("teezu-post", ".png");
        var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(8, 8, 32, 24);
        javax.imageio.ImageIO.write(image, "png", picture.toFile());
        page.byTestId("new-post-button").click(); // New post opens in a dialog, with a preview of the picture
        page.waitUpTo(Duration.ofSeconds(5)).until(d -> !d.findElements(By.id("post-file")).isEmpty());
        browser.driver.findElement(By.id("post-file")).sendKeys(picture.toString());
        page.waitUntilPresent("post-preview", Duration.ofSeconds(5));
        browser.driver.findElement(By.id("post-title")).sendKeys("Sunset");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("post-visibility"))).selectByValue("locked");
        var price = browser.driver.findElement(By.id("post-price"));
        price.clear();
        price.sendKeys("30");
        browser.driver.findElement(By.cssSelector(".new-post button[type=submit]")).click();
        page.waitUntilPresent("published", Duration.ofSeconds(10));
        page.waitUpTo(Duration.ofSeconds(5)).until(d -> page.tiles().size() == 1);
        assertThat(page.tiles().getFirst().getAttribute("data-visibility")).isEqualTo("locked");
        var item = api.get("/api/users/" + creator.id() + "/profile").json().at("/contentGrid/0");
        assertThat(item.get("title").stringValue()).isEqualTo("Sunset");
        assertThat(item.get("priceTokens").intValue()).isEqualTo(30);
        browser.screenshot("creator-studio");

        page.byTestId("delete-post").click();
        page.byTestId("confirm-delete").click();
        page.waitUpTo(Duration.ofSeconds(5)).until(d -> page.tiles().isEmpty());
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/contentGrid").size()).isZero();

        browser.driver.get(api.baseUrl() + "/settings");
        page.waitUntilPresent("schedule-editor", Duration.ofSeconds(10));
        browser.driver.findElement(By.id("upload-avatar")).sendKeys(picture.toString());
        page.waitUntilPresent("avatar-uploaded", Duration.ofSeconds(10));
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/user/avatarUrl").isNull()).isFalse();
    }

    @Test
    void staffRecordAnAgeCheckTopUpAndRecountFromAMembersPage() throws Exception {
        var member = fixtures.aMember();
        var page = page().logIn("sofie", "demo-password").open(member.username());
        page.waitUntilPresent("staff-panel", Duration.ofSeconds(10));
        assertThat(api.get("/api/auth/me", member.token()).json().at("/user/ageVerified").booleanValue()).isFalse();

        page.byTestId("age-check").click();
        browser.driver.findElement(By.id("verify-reference")).sendKeys("case-42");
        browser.driver.findElement(By.cssSelector("[data-testid=staff-panel] form:nth-of-type(1) button[type=submit]")).click();
        page.waitUntilPresent("verification-done", Duration.ofSeconds(5));
        assertThat(api.get("/api/auth/me", member.token()).json().at("/user/ageVerified").booleanValue()).isTrue();

        var amount = browser.driver.findElement(By.id("topup-amount"));
        amount.clear();
        amount.sendKeys("500");
        browser.driver.findElement(By.cssSelector("[data-testid=staff-panel] form:nth-of-type(2) button[type=submit]")).click();
        page.waitForText("topup-done", "500 tokens", Duration.ofSeconds(5));
        assertThat(fixtures.balanceOf(member.id())).isEqualTo(500);

        browser.driver.findElement(By.xpath("//div[h3='Recount all counters']/button")).click();
        page.waitUntilPresent("recount-done", Duration.ofSeconds(30));
        assertThat(page.text("recount-done")).matches("No counter had drifted|\\d+ counters? repaired");
        browser.screenshot("staff-panel");

        // nobody else sees the panel, not even on their own page
        page = page().logIn("sam", "demo-password").open(member.username());
        page.waitUntilPresent("profile", Duration.ofSeconds(10));
        assertThat(page.has("staff-panel")).isFalse();
    }

    @Test
    void whatHappenedWhileAwayWaitsInTheNotificationsAndIsMarkedReadOnceSeen() throws Exception {
        var creator = fixtures.aCreator();
        var first = fixtures.aMember();
        var second = fixtures.aMember();
        api.put("/api/users/" + creator.id() + "/follow", first.token(), null);
        api.put("/api/users/" + creator.id() + "/follow", second.token(), null);

        var page = page().useSession(creator.token()).open(creator.username());
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> "2".equals(page.byTestId("bell").getAttribute("data-unread")));
        page.byTestId("bell").click();
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("[data-testid=notification]")).size() == 2);
        assertThat(page.text("notifications")).contains(second.username(), "started following you");
        // newest first
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=notification]")).getFirst().getText())
                .contains(second.username());
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> "0".equals(page.byTestId("bell").getAttribute("data-unread")));
        assertThat(api.get("/api/notifications", creator.token()).json().get("unread").intValue()).isZero();
        browser.screenshot("notifications");
    }

    @Test
    void aNewMemberSignsUpTakesTheDnaQuizAndFindsHerScoresOnHerProfile() throws Exception {
        String name = "quiz_" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var page = page();
        browser.driver.get(api.baseUrl() + "/register");
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("displayName")).isEmpty());
        browser.driver.findElement(By.id("username")).sendKeys(name);
        browser.driver.findElement(By.id("displayName")).sendKeys("Quiz Taker");
        browser.driver.findElement(By.id("password")).sendKeys("correct-horse-1");
        browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/@" + name));
        page.waitForText("profile", "Quiz Taker", Duration.ofSeconds(10));

        browser.driver.get(api.baseUrl() + "/quiz");
        page.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".quiz fieldset")).isEmpty());
        for (var question : browser.driver.findElements(By.cssSelector(".quiz fieldset"))) {
            question.findElements(By.cssSelector("input[type=radio]")).getFirst().click(); // always the first answer
        }
        browser.driver.findElement(By.cssSelector(".quiz button.primary")).click();
        page.waitUntilPresent("quiz-result", Duration.ofSeconds(10));
        var stored = api.get("/api/users/" + name + "/profile", api.login(name, "correct-horse-1")).json().at("/fantasyProfile/dnaScores");
        assertThat(stored.size()).isEqualTo(5);
        stored.properties().forEach(e ->
                assertThat(page.text("quiz-result")).contains(e.getValue().asInt() + "%"));
    }

    @Test
    void anUnknownProfileShowsTheNotFoundPage() {
        browser.driver.get(api.baseUrl() + "/@nobody_here_at_all");
        new ProfilePageObject(browser.driver, api.baseUrl()).waitUntilPresent("not-found", Duration.ofSeconds(10));
        browser.driver.get(api.baseUrl() + "/no/such/page");
        new ProfilePageObject(browser.driver, api.baseUrl()).waitUntilPresent("page-not-found", Duration.ofSeconds(10));
    }
}
