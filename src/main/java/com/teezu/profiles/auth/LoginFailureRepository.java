package com.teezu.profiles.auth;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static com.teezu.profiles.db.Tables.LOGIN_FAILURES;

/** Failed log-ins per (lower-cased) account name, in the database so that every node sees them. */
@Repository
class LoginFailureRepository {

    private final DSLContext db;

    LoginFailureRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Admits one more attempt for this name, counted as a failure until a success clears it, unless
     * it already has {@code max} failures after {@code since}: then nothing is written and those
     * failures (oldest first) are returned. The name's row is locked while deciding, so attempts racing
     * on any number of nodes are admitted at most {@code max} times.
     */
    Optional<List<Instant>> admit(String username, Instant now, Instant since, int max) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        return db.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            t.insertInto(LOGIN_FAILURES, LOGIN_FAILURES.USERNAME, LOGIN_FAILURES.FAILED_AT, LOGIN_FAILURES.LAST_AT)
                    .values(username, new OffsetDateTime[0], at).onConflictDoNothing().execute();
            OffsetDateTime[] stored = t.select(LOGIN_FAILURES.FAILED_AT).from(LOGIN_FAILURES)
                    .where(LOGIN_FAILURES.USERNAME.eq(username)).forUpdate().fetchOne(LOGIN_FAILURES.FAILED_AT);
            List<Instant> recent = new ArrayList<>(Arrays.stream(stored == null ? new OffsetDateTime[0] : stored)
                    .map(OffsetDateTime::toInstant).filter(i -> i.isAfter(since)).sorted().toList());
            if (recent.size() >= max) return Optional.of(List.copyOf(recent));
            recent.add(now);
            t.update(LOGIN_FAILURES)
                    .set(LOGIN_FAILURES.FAILED_AT, recent.stream().map(i -> OffsetDateTime.ofInstant(i, ZoneOffset.UTC)).toArray(OffsetDateTime[]::new))
                    .set(LOGIN_FAILURES.LAST_AT, at)
                    .where(LOGIN_FAILURES.USERNAME.eq(username)).execute();
            return Optional.empty();
        });
    }

    void clear(String username) {
        db.deleteFrom(LOGIN_FAILURES).where(LOGIN_FAILURES.USERNAME.eq(username)).execute();
    }

    /** Forgets names whose last failure is before {@code before}; the number forgotten. */
    int purge(Instant before) {
        return db.deleteFrom(LOGIN_FAILURES)
                .where(LOGIN_FAILURES.LAST_AT.lt(OffsetDateTime.ofInstant(before, ZoneOffset.UTC))).execute();
    }
}
