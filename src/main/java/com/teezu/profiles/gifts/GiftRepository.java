package com.teezu.profiles.gifts;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.GIFT_EVENTS;
import static com.teezu.profiles.db.Tables.GIFT_TYPES;
import static com.teezu.profiles.db.Tables.GIFT_VAULT;
import static com.teezu.profiles.db.Tables.USER_STATS;

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

    /** Records the gift, counts it in the vault and in the creator's all-time tips; the vault's new count. */
    int record(UUID sender, UUID recipient, GiftService.GiftType type, UUID transactionId) {
        db.insertInto(GIFT_EVENTS).set(GIFT_EVENTS.SENDER_ID, sender).set(GIFT_EVENTS.RECIPIENT_ID, recipient)
                .set(GIFT_EVENTS.GIFT_TYPE, type.key()).set(GIFT_EVENTS.PRICE_TOKENS, type.priceTokens())
                .set(GIFT_EVENTS.TRANSACTION_ID, transactionId).execute();
        db.update(USER_STATS).set(USER_STATS.TIP_TOTAL, USER_STATS.TIP_TOTAL.plus((long) type.priceTokens()))
                .where(USER_STATS.USER_ID.eq(recipient)).execute();
        return db.insertInto(GIFT_VAULT).set(GIFT_VAULT.USER_ID, recipient).set(GIFT_VAULT.GIFT_TYPE, type.key())
                .set(GIFT_VAULT.COUNT, 1)
                .onConflict(GIFT_VAULT.USER_ID, GIFT_VAULT.GIFT_TYPE).doUpdate().set(GIFT_VAULT.COUNT, GIFT_VAULT.COUNT.plus(1))
                .returning(GIFT_VAULT.COUNT).fetchOne(GIFT_VAULT.COUNT);
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
