package com.teezu.profiles.fantasy;

import com.teezu.profiles.db.enums.ConsentLevel;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.FANTASY_PROFILES;
import static org.jooq.impl.DSL.val;

@Repository
class FantasyRepository {

    private final DSLContext db;

    FantasyRepository(DSLContext db) {
        this.db = db;
    }

    /** Creates or updates; a null argument keeps what is stored (or the default for a new profile). */
    void upsert(UUID userId, JSONB dna, List<String> kinks, List<String> intent, List<String> availability,
                       String consent) {
        db.insertInto(FANTASY_PROFILES)
                .set(FANTASY_PROFILES.USER_ID, userId)
                .set(FANTASY_PROFILES.DNA_SCORES, dna)
                .set(FANTASY_PROFILES.KINKS, kinks == null ? new String[0] : kinks.toArray(String[]::new))
                .set(FANTASY_PROFILES.INTENT, intent == null ? new String[0] : intent.toArray(String[]::new))
                .set(FANTASY_PROFILES.AVAILABILITY, availability == null ? new String[0] : availability.toArray(String[]::new))
                .set(FANTASY_PROFILES.CONSENT_LEVEL, consent == null ? ConsentLevel.explicit : ConsentLevel.lookupLiteral(consent))
                .onConflict(FANTASY_PROFILES.USER_ID).doUpdate()
                .set(FANTASY_PROFILES.DNA_SCORES, dna == null ? FANTASY_PROFILES.DNA_SCORES : val(dna))
                .set(FANTASY_PROFILES.KINKS, kinks == null ? FANTASY_PROFILES.KINKS : val(kinks.toArray(String[]::new)))
                .set(FANTASY_PROFILES.INTENT, intent == null ? FANTASY_PROFILES.INTENT : val(intent.toArray(String[]::new)))
                .set(FANTASY_PROFILES.AVAILABILITY, availability == null ? FANTASY_PROFILES.AVAILABILITY
                        : val(availability.toArray(String[]::new)))
                .set(FANTASY_PROFILES.CONSENT_LEVEL, consent == null ? FANTASY_PROFILES.CONSENT_LEVEL
                        : val(ConsentLevel.lookupLiteral(consent)))
                .set(FANTASY_PROFILES.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    void delete(UUID userId) {
        db.deleteFrom(FANTASY_PROFILES).where(FANTASY_PROFILES.USER_ID.eq(userId)).execute();
    }
}
