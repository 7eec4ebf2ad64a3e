package com.teezu.profiles.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Sliding-window limits on log-in attempts: per account (failures) and per client address (all
 * attempts). Kept per node: with N nodes an attacker gets at most N times the budget.
 */
@Component
class LoginRateLimiter {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final int maxAttemptsPerAddress;
    private final Cache<String, Deque<Instant>> accountFailures = Caffeine.newBuilder()
            .expireAfterAccess(ACCOUNT_WINDOW).maximumSize(1_000_000).build();
    private final Cache<String, Deque<Instant>> addressAttempts = Caffeine.newBuilder()
            .expireAfterAccess(ADDRESS_WINDOW).maximumSize(1_000_000).build();

    LoginRateLimiter(Clock clock,
                     @org.springframework.beans.factory.annotation.Value("${teezu.login-attempts-per-address-per-minute:20}")
                     int maxAttemptsPerAddress) {
        this.clock = clock;
        this.maxAttemptsPerAddress = maxAttemptsPerAddress;
    }

    /** Records an attempt from this address; the wait before another may be made, if any. */
    Optional<Duration> attempt(String username, String address) {
        Instant now = clock.instant();
        Deque<Instant> byAddress = addressAttempts.get(address, a -> new ArrayDeque<>());
        synchronized (byAddress) {
            prune(byAddress, now, ADDRESS_WINDOW);
            if (byAddress.size() >= maxAttemptsPerAddress) {
                return Optional.of(Duration.between(now, byAddress.peekFirst().plus(ADDRESS_WINDOW)));
            }
            byAddress.addLast(now);
        }
        Deque<Instant> byAccount = accountFailures.getIfPresent(username.toLowerCase());
        if (byAccount != null) {
            synchronized (byAccount) {
                prune(byAccount, now, ACCOUNT_WINDOW);
                if (byAccount.size() >= MAX_FAILURES_PER_ACCOUNT) {
                    return Optional.of(Duration.between(now, byAccount.peekFirst().plus(ACCOUNT_WINDOW)));
                }
            }
        }
        return Optional.empty();
    }

    void failed(String username) {
        Deque<Instant> q = accountFailures.get(username.toLowerCase(), u -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(clock.instant());
        }
    }

    void succeeded(String username) {
        accountFailures.invalidate(username.toLowerCase());
    }

    private static void prune(Deque<Instant> q, Instant now, Duration window) {
        while (!q.isEmpty() && !q.peekFirst().plus(window).isAfter(now)) q.pollFirst();
    }
}
