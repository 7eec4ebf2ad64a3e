package com.teezu.profiles.shared.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Rate limits that hold across every node: token buckets in PostgreSQL, one row per key, taken with
 * one atomic upsert each (racing nodes serialise on the row). A limit of {@code n} per {@code window}
 * allows a burst of {@code n} and refills at {@code n / window}.
 */
@Component
public class SharedRateLimits {

    /** A limit: at most {@code tokens} at once, refilled evenly over {@code window}. */
    public record Limit(String key, int tokens, Duration window) {
        double perSecond() {
            return tokens / (window.toMillis() / 1000.0);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SharedRateLimits(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * Takes one token from each limit, all or none: empty if taken, else how long until the emptiest
     * of them has one again (nothing is taken then).
     */
    public Optional<Duration> take(Instant now, List<Limit> limits) {
        return tx.execute(status -> {
            for (Limit limit : limits) {
                Optional<Duration> wait = takeOne(now, limit);
                if (wait.isPresent()) {
                    status.setRollbackOnly();
                    return wait;
                }
            }
            return Optional.<Duration>empty();
        });
    }

    private Optional<Duration> takeOne(Instant now, Limit limit) {
        // the bucket's level now: what it had plus the refill since, never above the limit's size
        String level = "least(:burst, r.tokens + greatest(0, extract(epoch from (:now - r.updated_at))) * :rate)";
        int taken = jdbc.sql("INSERT INTO rate_limits AS r (key, tokens, updated_at) VALUES (:key, :burst - 1, :now) "
                        + "ON CONFLICT (key) DO UPDATE SET tokens = " + level + " - 1, updated_at = :now "
                        + "WHERE " + level + " >= 1")
                .param("key", limit.key()).param("burst", (double) limit.tokens()).param("rate", limit.perSecond())
                .param("now", Timestamp.from(now)).update();
        if (taken == 1) return Optional.empty();
        double has = jdbc.sql("SELECT " + level + " FROM rate_limits r WHERE key = :key")
                .param("key", limit.key()).param("burst", (double) limit.tokens()).param("rate", limit.perSecond())
                .param("now", Timestamp.from(now)).query(Double.class).optional().orElse(0.0);
        long millis = (long) Math.ceil(Math.max(0, 1 - has) / limit.perSecond() * 1000);
        return Optional.of(Duration.ofMillis(Math.max(1000, millis)));
    }

    /** Forgets buckets untouched since {@code before} (full again by then, for every window up to its age). */
    public int purge(Instant before) {
        return jdbc.sql("DELETE FROM rate_limits WHERE updated_at < :before").param("before", Timestamp.from(before)).update();
    }
}
