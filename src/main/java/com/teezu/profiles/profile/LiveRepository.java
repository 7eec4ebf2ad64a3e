package com.teezu.profiles.profile;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.STREAM_SESSIONS;
import static com.teezu.profiles.db.Tables.USERS;
import static com.teezu.profiles.db.Tables.USER_STATS;

@Repository
class LiveRepository {

    private final DSLContext db;

    LiveRepository(DSLContext db) {
        this.db = db;
    }

    /** Opens a session unless one is open; true when it opened one. */
    boolean open(UUID userId, OffsetDateTime at) {
        int opened = db.insertInto(STREAM_SESSIONS).set(STREAM_SESSIONS.USER_ID, userId).set(STREAM_SESSIONS.STARTED_AT, at)
                .onConflict(STREAM_SESSIONS.USER_ID).where(STREAM_SESSIONS.ENDED_AT.isNull()).doNothing()
                .execute();
        db.update(USERS).set(USERS.IS_LIVE, true).where(USERS.ID.eq(userId)).execute();
        return opened == 1;
    }

    /** Closes the open session, if any, and adds its whole seconds to the streamed time. */
    Optional<Long> close(UUID userId, OffsetDateTime at) {
        var closed = db.update(STREAM_SESSIONS)
                .set(STREAM_SESSIONS.ENDED_AT, org.jooq.impl.DSL.greatest(STREAM_SESSIONS.STARTED_AT, org.jooq.impl.DSL.val(at)))
                .where(STREAM_SESSIONS.USER_ID.eq(userId).and(STREAM_SESSIONS.ENDED_AT.isNull()))
                .returning(STREAM_SESSIONS.STARTED_AT, STREAM_SESSIONS.ENDED_AT)
                .fetchOptional();
        db.update(USERS).set(USERS.IS_LIVE, false).where(USERS.ID.eq(userId)).execute();
        if (closed.isEmpty()) return Optional.empty();
        long seconds = java.time.Duration.between(closed.get().getStartedAt(), closed.get().getEndedAt()).getSeconds();
        db.update(USER_STATS).set(USER_STATS.STREAM_SECONDS, USER_STATS.STREAM_SECONDS.plus(seconds))
                .where(USER_STATS.USER_ID.eq(userId)).execute();
        return Optional.of(seconds);
    }

    BigDecimal streamHours(UUID userId) {
        return db.select(USER_STATS.STREAM_HOURS).from(USER_STATS).where(USER_STATS.USER_ID.eq(userId)).fetchOne(USER_STATS.STREAM_HOURS);
    }
}
