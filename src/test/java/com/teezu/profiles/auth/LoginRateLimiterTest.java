package com.teezu.profiles.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits' arithmetic; the account failures' storage across nodes is tested in LoginLimitAcrossNodesIT. */
class LoginRateLimiterTest {

    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void anAccountWaitsOnceItHasFiveFailuresInFifteenMinutesUntilTheOldestOfThemLeaves() {
        List<Instant> failures = new ArrayList<>();
        for (int i = 0; i < 4; i++) failures.add(T0.plus(Duration.ofMinutes(i)));
        assertThat(LoginRateLimiter.accountWait(failures, T0.plus(Duration.ofMinutes(4)))).isEmpty();
        failures.add(T0.plus(Duration.ofMinutes(4)));
        assertThat(LoginRateLimiter.accountWait(failures, T0.plus(Duration.ofMinutes(5)))).contains(Duration.ofMinutes(10));
        assertThat(LoginRateLimiter.accountWait(failures, T0.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void onlyTheNewestFiveFailuresDecide() {
        List<Instant> failures = new ArrayList<>();
        for (int i = 0; i < 7; i++) failures.add(T0.plus(Duration.ofMinutes(i)));
        // the 5th newest is at minute 2: free again at minute 17
        assertThat(LoginRateLimiter.accountWait(failures, T0.plus(Duration.ofMinutes(7)))).contains(Duration.ofMinutes(10));
    }

    @Test
    void namesAreKeptCaseInsensitiveBoundedAndWithoutControlCharacters() {
        assertThat(LoginRateLimiter.key(" LovelyLena ")).isEqualTo("lovelylena");
        assertThat(LoginRateLimiter.key("le\u0000na")).isEqualTo("lena");
        assertThat(LoginRateLimiter.key(null)).isEmpty();
        String longName = "🔥".repeat(100);
        assertThat(LoginRateLimiter.key(longName).codePointCount(0, LoginRateLimiter.key(longName).length())).isEqualTo(64);
    }

    @Test
    void anAddressIsLimitedPerMinuteWhateverTheAccount() {
        LoginRateLimiter limiter = new LoginRateLimiter(Clock.systemUTC(), null, 20);
        for (int i = 0; i < 20; i++) assertThat(limiter.addressAttempt("6.6.6.6", T0)).isEmpty();
        assertThat(limiter.addressAttempt("6.6.6.6", T0.plusSeconds(30))).contains(Duration.ofSeconds(30));
        assertThat(limiter.addressAttempt("7.7.7.7", T0.plusSeconds(30))).isEmpty();
        assertThat(limiter.addressAttempt("6.6.6.6", T0.plusSeconds(61))).isEmpty();
    }
}
