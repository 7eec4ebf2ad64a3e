package com.teezu.profiles.wallet;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.IDEMPOTENT_REQUESTS;

@Repository
class IdempotencyRepository {

    record Stored(byte[] requestHash, int status, JSONB response) {
    }

    private final DSLContext db;

    IdempotencyRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Claims the key inside the current transaction. A concurrent claim of the same key waits on the
     * unique index until the first transaction ends, then sees its stored answer.
     */
    boolean claim(UUID userId, String key, byte[] requestHash) {
        return db.insertInto(IDEMPOTENT_REQUESTS)
                .set(IDEMPOTENT_REQUESTS.USER_ID, userId).set(IDEMPOTENT_REQUESTS.IDEMPOTENCY_KEY, key)
                .set(IDEMPOTENT_REQUESTS.REQUEST_HASH, requestHash).set(IDEMPOTENT_REQUESTS.STATUS, 0)
                .set(IDEMPOTENT_REQUESTS.RESPONSE, JSONB.jsonb("{}"))
                .onConflictDoNothing().execute() == 1;
    }

    Optional<Stored> find(UUID userId, String key) {
        return db.select(IDEMPOTENT_REQUESTS.REQUEST_HASH, IDEMPOTENT_REQUESTS.STATUS, IDEMPOTENT_REQUESTS.RESPONSE)
                .from(IDEMPOTENT_REQUESTS)
                .where(IDEMPOTENT_REQUESTS.USER_ID.eq(userId).and(IDEMPOTENT_REQUESTS.IDEMPOTENCY_KEY.eq(key)))
                .fetchOptional(r -> new Stored(r.value1(), r.value2(), r.value3()));
    }

    void complete(UUID userId, String key, int status, JSONB response) {
        db.update(IDEMPOTENT_REQUESTS).set(IDEMPOTENT_REQUESTS.STATUS, status).set(IDEMPOTENT_REQUESTS.RESPONSE, response)
                .where(IDEMPOTENT_REQUESTS.USER_ID.eq(userId).and(IDEMPOTENT_REQUESTS.IDEMPOTENCY_KEY.eq(key)))
                .execute();
    }
}
