package com.teezu.profiles.web;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A real headless Chromium driven by ChromeDriver. The browser and driver default to Debian's
 * packages (/usr/bin/chromium, /usr/bin/chromedriver); CHROME_BIN and CHROMEDRIVER override them,
 * so no test tool ever downloads a browser of its own.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;

    Browser() throws IOException {
        String binary = env("CHROME_BIN", "/usr/bin/chromium");
        String driverPath = env("CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1100,2400",
                "--user-data-dir=" + Files.createTempDirectory("teezu-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath)).build();
        driver = new ChromeDriver(service, options);
    }

    static boolean available() {
        return new File(env("CHROME_BIN", "/usr/bin/chromium")).canExecute() && new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")).canExecute();
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
