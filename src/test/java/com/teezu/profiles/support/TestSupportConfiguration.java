package com.teezu.profiles.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    static {
        // one fresh data folder (database + media) per test JVM
        try {
            Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "teezu-test-");
            System.setProperty("teezu.data-dir", dir.toString());
            dir.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Bean
    @org.springframework.context.annotation.Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    SqlCounter sqlCounter() {
        return new SqlCounter();
    }

    @Bean
    Api api() {
        return new Api();
    }

    @Bean
    Fixtures fixtures() {
        return new Fixtures();
    }
}
