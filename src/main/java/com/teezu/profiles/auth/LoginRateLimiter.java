package com.teezu.profiles.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Limits on log-in attempts. Per account: 5 failures in 15 minutes, counted in the database, so the
 * limit holds across every node and under racing attempts (names that do not exist count the same,
 * so a lockout does not reveal an account). Per client address: all attempts per minute, a sliding
 * window kept on each node (with N nodes behind a balancer an address gets at most N times its
 * budget; the account limit is exact).
 */
@Component
class LoginRateLimiter {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);
    static final int MAX_KEY_LENGTH = 64;

    private final Clock clock;
    private final LoginFailureRepository failures;
    private final int maxAttemptsPerAddress;
    private final Cache<String, Deque<Instant>> addressAttempts = Caffeine.newBuilder()
            .expireAfterAccess(ADDRESS_WINDOW).maximumSize(1_000_000).build();

    @org.springframework.beans.factory.annotation.Autowired
    LoginRateLimiter(Clock clock, LoginFailureRepository failures, AuthSettings settings) {
        this(clock, failures, settings.loginAttemptsPerAddressPerMinute());
    }

    LoginRateLimiter(Clock clock, LoginFailureRepository failures, int maxAttemptsPerAddress) {
        this.clock = clock;
        this.failures = failures;
        this.maxAttemptsPerAddress = maxAttemptsPerAddress;
    }

    /**
     * Admits an attempt, or says how long to wait. An admitted attempt counts as a failure of its
     * account name until {@link #succeeded} clears them, so racing attempts cannot slip past the limit.
     */
    Optional<Duration> attempt(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> byAddress = addressAttempt(address, now);
        if (byAddress.isPresent()) return byAddress;
        return failures.admit(key(username), now, now.minus(ACCOUNT_WINDOW), MAX_FAILURES_PER_ACCOUNT)
                .map(recent -> accountWait(recent, now).orElse(Duration.ofSeconds(1)));
    }

    void succeeded(String username) {
        failures.clear(key(username));
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void purge() {
        failures.purge(clock.instant().minus(ACCOUNT_WINDOW));
    }

    /** The account's wait given its failures inside the window (oldest first): until the 5th newest leaves it. */
    static Optional<Duration> accountWait(List<Instant> recentFailures, Instant now) {
        if (recentFailures.size() < MAX_FAILURES_PER_ACCOUNT) return Optional.empty();
        Instant fifthNewest = recentFailures.get(recentFailures.size() - MAX_FAILURES_PER_ACCOUNT);
        Duration wait = Duration.between(now, fifthNewest.plus(ACCOUNT_WINDOW));
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    /** Records an attempt from this address (this node only); the wait if it is over its budget. */
    Optional<Duration> addressAttempt(String address, Instant now) {
        Deque<Instant> byAddress = addressAttempts.get(address, a -> new ArrayDeque<>());
        synchronized (byAddress) {
            while (!byAddress.isEmpty() && !byAddress.peekFirst().plus(ADDRESS_WINDOW).isAfter(now)) byAddress.pollFirst();
            if (byAddress.size() >= maxAttemptsPerAddress) {
                return Optional.of(Duration.between(now, byAddress.peekFirst().plus(ADDRESS_WINDOW)));
            }
            byAddress.addLast(now);
            return Optional.empty();
        }
    }

    /** The name as its failures are kept: case-insensitive like usernames, and bounded. */
    static String key(String username) {
        String k = username == null ? "" : username.replaceAll("\\p{Cntrl}", "").strip().toLowerCase(Locale.ROOT);
        return k.codePointCount(0, k.length()) <= MAX_KEY_LENGTH ? k : k.substring(0, k.offsetByCodePoints(0, MAX_KEY_LENGTH));
    }
}
