package com.teezu.profiles.profile;

import com.teezu.profiles.db.enums.ConsentLevel;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.val;

@Repository
class ProfileWriteRepository {

    record Current(String role, Mood mood, boolean teezerActive, boolean hasFantasy) {
    }

    private final DSLContext db;

    ProfileWriteRepository(DSLContext db) {
        this.db = db;
    }

    /** Locks the user's row for the rest of the transaction and reads what the rules need. */
    Optional<Current> lock(UUID userId) {
        return db.select(USERS.ROLE, USERS.CURRENT_MOOD, USERS.TEEZER_ACTIVE,
                        org.jooq.impl.DSL.field(org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne()
                                .from(FANTASY_PROFILES).where(FANTASY_PROFILES.USER_ID.eq(userId)))))
                .from(USERS).where(USERS.ID.eq(userId)).forUpdate().of(USERS)
                .fetchOptional(r -> new Current(r.value1().getLiteral(),
                        r.value2() == null ? null : Mood.fromKey(r.value2().getLiteral()), r.value3(), r.value4()));
    }

    void updateUser(UUID userId, Map<org.jooq.Field<?>, Object> changes) {
        if (changes.isEmpty()) return;
        Map<org.jooq.Field<?>, Object> all = new HashMap<>(changes);
        all.put(USERS.UPDATED_AT, OffsetDateTime.now());
        db.update(USERS).set(all).where(USERS.ID.eq(userId)).execute();
    }

    static com.teezu.profiles.db.enums.Mood mood(Mood mood) {
        return mood == null ? null : com.teezu.profiles.db.enums.Mood.lookupLiteral(mood.key());
    }

    void upsertSchedule(UUID userId, JSONB days) {
        db.insertInto(TEEZER_SCHEDULES).set(TEEZER_SCHEDULES.USER_ID, userId).set(TEEZER_SCHEDULES.DAYS, days)
                .onConflict(TEEZER_SCHEDULES.USER_ID).doUpdate()
                .set(TEEZER_SCHEDULES.DAYS, days).set(TEEZER_SCHEDULES.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    void deleteSchedule(UUID userId) {
        db.deleteFrom(TEEZER_SCHEDULES).where(TEEZER_SCHEDULES.USER_ID.eq(userId)).execute();
    }

    void setConsentPreference(UUID userId, com.teezu.profiles.auth.Consent consent) {
        db.update(USERS).set(USERS.CONSENT_PREFERENCE, ConsentLevel.lookupLiteral(consent.key())).where(USERS.ID.eq(userId)).execute();
    }

    /** Staff decisions: sets the flags and writes the audit record in the caller's transaction. */
    void recordVerification(UUID userId, UUID staffId, Boolean identity, Boolean age, String method, String provider,
                            String reference) {
        if (identity != null) db.update(USERS).set(USERS.IS_VERIFIED, identity).where(USERS.ID.eq(userId)).execute();
        if (age != null) {
            db.update(USERS).set(USERS.AGE_VERIFIED_AT, age ? coalesce(USERS.AGE_VERIFIED_AT, val(OffsetDateTime.now())) : null)
                    .where(USERS.ID.eq(userId)).execute();
        }
        db.insertInto(VERIFICATION_RECORDS)
                .set(VERIFICATION_RECORDS.USER_ID, userId).set(VERIFICATION_RECORDS.DECIDED_BY, staffId)
                .set(VERIFICATION_RECORDS.IDENTITY_VERIFIED, identity).set(VERIFICATION_RECORDS.AGE_VERIFIED, age)
                .set(VERIFICATION_RECORDS.METHOD, method).set(VERIFICATION_RECORDS.PROVIDER, provider)
                .set(VERIFICATION_RECORDS.REFERENCE, reference)
                .execute();
    }

    void setAvatar(UUID userId, String key) {
        db.update(USERS).set(USERS.AVATAR_KEY, key).where(USERS.ID.eq(userId)).execute();
    }

    void setCover(UUID userId, String key) {
        db.update(USERS).set(USERS.COVER_KEY, key).where(USERS.ID.eq(userId)).execute();
    }
}
