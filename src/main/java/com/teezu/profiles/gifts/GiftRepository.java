package com.teezu.profiles.gifts;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.GIFT_TYPES;
import static com.teezu.profiles.db.Tables.GIFT_VAULT;

@Repository
class GiftRepository {

    private final DSLContext db;

    GiftRepository(DSLContext db) {
        this.db = db;
    }

    List<GiftService.GiftType> types() {
        return db.select(GIFT_TYPES.KEY, GIFT_TYPES.EMOJI, GIFT_TYPES.LABEL, GIFT_TYPES.PRICE_TOKENS)
                .from(GIFT_TYPES).orderBy(GIFT_TYPES.SORT_ORDER, GIFT_TYPES.KEY)
                .fetch(r -> new GiftService.GiftType(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    Optional<GiftService.GiftType> type(String key) {
        return db.select(GIFT_TYPES.KEY, GIFT_TYPES.EMOJI, GIFT_TYPES.LABEL, GIFT_TYPES.PRICE_TOKENS)
                .from(GIFT_TYPES).where(GIFT_TYPES.KEY.eq(key))
                .fetchOptional(r -> new GiftService.GiftType(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    List<GiftService.VaultEntry> vault(UUID userId) {
        return db.select(GIFT_VAULT.GIFT_TYPE, GIFT_TYPES.EMOJI, GIFT_TYPES.LABEL, GIFT_VAULT.COUNT)
                .from(GIFT_VAULT).join(GIFT_TYPES).on(GIFT_TYPES.KEY.eq(GIFT_VAULT.GIFT_TYPE))
                .where(GIFT_VAULT.USER_ID.eq(userId).and(GIFT_VAULT.COUNT.gt(0)))
                .orderBy(GIFT_VAULT.COUNT.desc(), GIFT_TYPES.SORT_ORDER, GIFT_VAULT.GIFT_TYPE)
                .limit(10)
                .fetch(r -> new GiftService.VaultEntry(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
