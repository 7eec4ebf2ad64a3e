package com.teezu.profiles.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;


@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    @org.springframework.context.annotation.Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    static SqlCounter sqlCounter() {
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
