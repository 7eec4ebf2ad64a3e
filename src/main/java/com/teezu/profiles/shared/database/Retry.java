package com.teezu.profiles.shared.database;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.ConcurrencyFailureException;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs a whole transaction again when PostgreSQL aborted it for a deadlock or a serialization conflict:
 * up to 8 attempts, backing off from a few milliseconds with jitter (Spring Framework's retry support).
 * Anything else, and the last conflict, goes to the caller as it was thrown.
 */
public final class Retry {

    private static final RetryTemplate ON_CONCURRENCY_FAILURE = new RetryTemplate(RetryPolicy.builder()
            .includes(ConcurrencyFailureException.class)
            .maxRetries(7)
            .delay(Duration.ofMillis(3)).jitter(Duration.ofMillis(2)).multiplier(1.5).maxDelay(Duration.ofMillis(40))
            .build());

    private Retry() {
    }

    public static <T> T onConcurrencyFailure(Supplier<T> transaction) {
        return ON_CONCURRENCY_FAILURE.invoke(transaction);
    }
}
