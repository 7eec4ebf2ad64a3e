package com.teezu.profiles.shared.database;

import org.springframework.dao.ConcurrencyFailureException;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Runs a whole transaction again when PostgreSQL aborted it for a deadlock or a serialization conflict. */
public final class Retry {

    private static final int ATTEMPTS = 8;

    private Retry() {
    }

    public static <T> T onConcurrencyFailure(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (ConcurrencyFailureException e) {
                if (attempt >= ATTEMPTS) throw e;
                // back off a little, with jitter, before the next attempt
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000L, 5_000_000L) * attempt);
            }
        }
    }
}
