package com.teezu.profiles.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginRateLimiterTest {

    static class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void anAccountIsBlockedAfterFiveFailuresForFifteenMinutes() {
        MutableClock clock = new MutableClock();
        LoginRateLimiter limiter = new LoginRateLimiter(clock, 1000);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.attempt("Lena", "10.0.0." + i)).isEmpty();
            limiter.failed("lena");
        }
        assertThat(limiter.attempt("LENA", "10.0.0.99")).hasValueSatisfying(d -> assertThat(d).isPositive());
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(limiter.attempt("lena", "10.0.0.99")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        LoginRateLimiter limiter = new LoginRateLimiter(new MutableClock(), 1000);
        for (int i = 0; i < 4; i++) limiter.failed("sam");
        limiter.succeeded("sam");
        for (int i = 0; i < 4; i++) limiter.failed("sam");
        assertThat(limiter.attempt("sam", "1.2.3.4")).isEmpty();
    }

    @Test
    void anAddressIsLimitedPerMinuteWhateverTheAccount() {
        MutableClock clock = new MutableClock();
        LoginRateLimiter limiter = new LoginRateLimiter(clock, 20);
        for (int i = 0; i < 20; i++) assertThat(limiter.attempt("user" + i, "6.6.6.6")).isEmpty();
        assertThat(limiter.attempt("another", "6.6.6.6")).isPresent();
        assertThat(limiter.attempt("another", "7.7.7.7")).isEmpty();
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertThat(limiter.attempt("another", "6.6.6.6")).isEmpty();
    }
}
