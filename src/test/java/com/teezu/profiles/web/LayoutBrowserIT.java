package com.teezu.profiles.web;

import com.teezu.profiles.support.Api;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page at a phone's, a tablet's and a laptop's width (390, 768, 1280 px), for a visitor, a fan,
 * the creator and staff, in English and in Dutch: nothing wider than the window (no sideways scroll),
 * axe-core's WCAG 2.1 AA rules clean, and a full-page screenshot of each in target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutBrowserIT {

    static final int[] WIDTHS = {390, 768, 1280};

    /** A page and the element that is there once it has loaded. */
    record Page(String name, String path, String ready) {
    }

    static final List<Page> ANONYMOUS = List.of(
            new Page("landing", "/", ".landing"),
            new Page("login", "/login", "#username"),
            new Page("register", "/register", "#displayName"),
            new Page("profile", "/@lovelylena", "[data-testid=fantasy-gate]"),
            new Page("unknown-profile", "/@nobody_here_at_all", "[data-testid=not-found]"),
            new Page("explore", "/explore", "[data-testid=explore-creator]"),
            new Page("post", "/@lovelylena/post/00000000-0000-0000-0000-000000000001", "[data-testid=post-missing]"));
    static final List<Page> FAN = List.of(
            new Page("profile", "/@lovelylena", "[data-testid=fantasy]"),
            new Page("own-profile", "/@sam", "[data-testid=profile]"),
            new Page("wallet", "/wallet", "[data-testid=wallet-balance]"),
            new Page("quiz", "/quiz", ".quiz input[type=radio]"),
            new Page("notifications", "/notifications", "[data-testid=notifications]"),
            new Page("messages", "/messages", "main h1"),
            new Page("settings", "/settings", "#bio"),
            new Page("explore", "/explore", "[data-testid=explore-creator]"));
    static final List<Page> CREATOR = List.of(
            new Page("profile", "/@lovelylena", "[data-testid=private-dashboard]"),
            new Page("settings", "/settings", "[data-testid=schedule-editor]"),
            new Page("notifications", "/notifications", "[data-testid=notifications]"),
            new Page("messages", "/messages", "main h1"));
    static final List<Page> STAFF = List.of(
            new Page("profile", "/@lovelylena", "[data-testid=staff-panel]"),
            new Page("member-profile", "/@sam", "[data-testid=staff-panel]"),
            new Page("wallet", "/wallet", "[data-testid=wallet-balance]"));

    @Autowired
    Api api;

    Browser browser;
    Axe axe;

    @BeforeAll
    void start() throws Exception {
        assertThat(Browser.available()).as("Chromium and ChromeDriver are installed (apt-get install chromium chromium-driver)").isTrue();
        assertThat(Axe.SOURCE).as("axe-core is installed with the front end's dev dependencies (npm ci in frontend/)").exists();
        axe = new Axe();
        browser = new Browser();
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver;
    }

    ProfilePageObject as(String username, String locale) {
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(api.baseUrl() + "/");
        js().executeScript("sessionStorage.clear(); localStorage.removeItem('teezu.locale')");
        var page = new ProfilePageObject(browser.driver, api.baseUrl());
        if (username != null) page.logIn(username, "demo-password"); // the log-in form in English, then the language
        js().executeScript("localStorage.setItem('teezu.locale', arguments[0])", locale);
        return page;
    }

    @Test
    void everyPageFitsEveryWidthAndMeetsWcagAaInEnglish() throws Exception {
        List<String> problems = new ArrayList<>();
        check(null, "anonymous", ANONYMOUS, "en", WIDTHS, problems);
        check("sam", "fan", FAN, "en", WIDTHS, problems);
        check("lovelylena", "creator", CREATOR, "en", WIDTHS, problems);
        check("sofie", "staff", STAFF, "en", WIDTHS, problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageFitsAndMeetsWcagAaInDutch() throws Exception {
        List<String> problems = new ArrayList<>();
        int[] widths = {390, 1280};
        check(null, "anonymous", ANONYMOUS, "nl", widths, problems);
        check("sam", "fan", FAN, "nl", widths, problems);
        check("lovelylena", "creator", CREATOR, "nl", widths, problems);
        check("sofie", "staff", STAFF, "nl", widths, problems);
        assertThat(problems).isEmpty();
    }

    void check(String username, String role, List<Page> pages, String locale, int[] widths, List<String> problems) throws Exception {
        var page = as(username, locale);
        try {
            for (int width : widths) {
                browser.driver.manage().window().setSize(new Dimension(width, 900));
                for (Page p : pages) {
                    browser.driver.get(api.baseUrl() + p.path());
                    page.waitUpTo(Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(p.ready())).isEmpty());
                    assertThat(js().executeScript("return document.documentElement.lang")).isEqualTo(locale);
                    String where = role + " on " + p.name() + " (" + locale + ", " + width + " px)";
                    for (String wide : overflow()) problems.add(where + ": wider than the window: " + wide);
                    for (String v : axe.wcagViolations(js())) problems.add(where + ": " + v);
                    screenshot(locale + "-" + role + "-" + p.name() + "-" + width, width);
                }
            }
        } finally {
            js().executeScript("localStorage.removeItem('teezu.locale')");
            browser.driver.manage().window().setSize(new Dimension(1100, 2400));
        }
    }

    /** Nothing if the page is no wider than the window; else the page's width and the elements that stick out. */
    @SuppressWarnings("unchecked")
    List<String> overflow() {
        return (List<String>) js().executeScript("""
                const w = window.innerWidth;
                if (document.scrollingElement.scrollWidth <= w) return [];
                const out = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 0.5)
                  .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                    + ' right=' + Math.round(e.getBoundingClientRect().right));
                return ['page ' + document.scrollingElement.scrollWidth + ' px in ' + w + ' px', ...out];
                """);
    }

    /** The whole page, not just the window: the window is made as tall as the page for the shot. */
    void screenshot(String name, int width) throws Exception {
        Number height = (Number) js().executeScript("return Math.min(5000, Math.max(900, document.documentElement.scrollHeight))");
        browser.driver.manage().window().setSize(new Dimension(width, height.intValue()));
        browser.screenshot(name);
        browser.driver.manage().window().setSize(new Dimension(width, 900));
    }
}
