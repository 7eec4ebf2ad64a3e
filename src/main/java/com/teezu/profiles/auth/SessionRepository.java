package com.teezu.profiles.auth;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.SESSIONS;
import static com.teezu.profiles.db.Tables.USERS;

@Repository
class SessionRepository {

    record StoredSession(UUID id, UUID userId, OffsetDateTime expiresAt, Role role) {
    }

    private final DSLContext db;

    SessionRepository(DSLContext db) {
        this.db = db;
    }

    UUID create(UUID userId, byte[] tokenHash, OffsetDateTime expiresAt) {
        return db.insertInto(SESSIONS)
                .set(SESSIONS.USER_ID, userId)
                .set(SESSIONS.TOKEN_HASH, tokenHash)
                .set(SESSIONS.EXPIRES_AT, expiresAt)
                .returning(SESSIONS.ID)
                .fetchOne(SESSIONS.ID);
    }

    Optional<StoredSession> findLive(byte[] tokenHash, OffsetDateTime now) {
        return db.select(SESSIONS.ID, SESSIONS.USER_ID, SESSIONS.EXPIRES_AT, USERS.ROLE)
                .from(SESSIONS).join(USERS).on(USERS.ID.eq(SESSIONS.USER_ID))
                .where(SESSIONS.TOKEN_HASH.eq(tokenHash).and(SESSIONS.EXPIRES_AT.gt(now)))
                .fetchOptional(r -> new StoredSession(r.value1(), r.value2(), r.value3(), AccountRepository.role(r.value4())));
    }

    void delete(UUID sessionId) {
        db.deleteFrom(SESSIONS).where(SESSIONS.ID.eq(sessionId)).execute();
    }

    int deleteExpired(OffsetDateTime now) {
        return db.deleteFrom(SESSIONS).where(SESSIONS.EXPIRES_AT.le(now)).execute();
    }
}
