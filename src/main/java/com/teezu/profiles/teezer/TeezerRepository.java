package com.teezu.profiles.teezer;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.TEEZER_SCHEDULES;
import static com.teezu.profiles.db.Tables.USERS;

@Repository
class TeezerRepository {

    record TeezerRow(UUID userId, boolean live, boolean active, String timeZone, JSONB days) {
    }

    private final DSLContext db;

    TeezerRepository(DSLContext db) {
        this.db = db;
    }

    Optional<TeezerRow> find(UUID userId) {
        return db.select(USERS.ID, USERS.IS_LIVE, USERS.TEEZER_ACTIVE, USERS.TIME_ZONE, TEEZER_SCHEDULES.DAYS)
                .from(USERS).leftJoin(TEEZER_SCHEDULES).on(TEEZER_SCHEDULES.USER_ID.eq(USERS.ID))
                .where(USERS.ID.eq(userId))
                .fetchOptional(r -> new TeezerRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Creators with a schedule or the switch on: the ones whose status can change by itself. */
    List<TeezerRow> scheduled() {
        return db.select(USERS.ID, USERS.IS_LIVE, USERS.TEEZER_ACTIVE, USERS.TIME_ZONE, TEEZER_SCHEDULES.DAYS)
                .from(USERS).join(TEEZER_SCHEDULES).on(TEEZER_SCHEDULES.USER_ID.eq(USERS.ID))
                .fetch(r -> new TeezerRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    void setActive(UUID userId, boolean active) {
        db.update(USERS).set(USERS.TEEZER_ACTIVE, active).where(USERS.ID.eq(userId)).execute();
    }
}
