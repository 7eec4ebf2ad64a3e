package com.teezu.profiles.content;

import com.teezu.profiles.auth.Visibility;

import com.teezu.profiles.db.enums.ContentVisibility;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;
import static org.jooq.impl.DSL.currentOffsetDateTime;

@Repository
class ContentRepository {

    record Item(UUID id, UUID creatorId, Visibility visibility, Integer priceTokens, String mediaKey, boolean deleted) {
    }

    private final DSLContext db;

    ContentRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Item> find(UUID id) {
        return db.select(CONTENT.ID, CONTENT.CREATOR_ID, CONTENT.VISIBILITY, CONTENT.PRICE_TOKENS, CONTENT.MEDIA_KEY, CONTENT.DELETED_AT)
                .from(CONTENT).where(CONTENT.ID.eq(id))
                .fetchOptional(r -> new Item(r.value1(), r.value2(), Visibility.fromKey(r.value3().getLiteral()), r.value4(), r.value5(), r.value6() != null));
    }

    boolean unlocked(UUID userId, UUID contentId) {
        return db.fetchExists(CONTENT_UNLOCKS, CONTENT_UNLOCKS.USER_ID.eq(userId).and(CONTENT_UNLOCKS.CONTENT_ID.eq(contentId)));
    }

    void grant(UUID userId, UUID contentId, int price, UUID transactionId) {
        db.insertInto(CONTENT_UNLOCKS).set(CONTENT_UNLOCKS.USER_ID, userId).set(CONTENT_UNLOCKS.CONTENT_ID, contentId)
                .set(CONTENT_UNLOCKS.PRICE_TOKENS, price).set(CONTENT_UNLOCKS.TRANSACTION_ID, transactionId).execute();
    }

    boolean activeSubscriber(UUID subscriber, UUID creator) {
        return db.fetchExists(SUBSCRIPTIONS, SUBSCRIPTIONS.SUBSCRIBER_ID.eq(subscriber).and(SUBSCRIPTIONS.CREATOR_ID.eq(creator))
                .and(SUBSCRIPTIONS.CANCELED_AT.isNull().or(SUBSCRIPTIONS.CURRENT_PERIOD_END.gt(currentOffsetDateTime()))));
    }

    UUID publish(UUID creatorId, String title, Visibility visibility, Integer price, String mediaKey, String thumbKey,
                 String blurKey) {
        UUID id = db.insertInto(CONTENT).set(CONTENT.CREATOR_ID, creatorId).set(CONTENT.TITLE, title)
                .set(CONTENT.VISIBILITY, ContentVisibility.lookupLiteral(visibility.key())).set(CONTENT.PRICE_TOKENS, price)
                .set(CONTENT.MEDIA_KEY, mediaKey).set(CONTENT.THUMB_KEY, thumbKey).set(CONTENT.BLUR_KEY, blurKey)
                .returning(CONTENT.ID).fetchOne(CONTENT.ID);
        db.update(USER_STATS).set(USER_STATS.POST_COUNT, USER_STATS.POST_COUNT.plus(1)).where(USER_STATS.USER_ID.eq(creatorId)).execute();
        return id;
    }

    /** Soft-deletes; the post and its likes stop counting for the creator. False when already gone. */
    boolean delete(UUID contentId, OffsetDateTime at) {
        var item = db.update(CONTENT).set(CONTENT.DELETED_AT, at)
                .where(CONTENT.ID.eq(contentId).and(CONTENT.DELETED_AT.isNull()))
                .returning(CONTENT.CREATOR_ID, CONTENT.LIKE_COUNT).fetchOne();
        if (item == null) return false;
        db.update(USER_STATS).set(USER_STATS.POST_COUNT, USER_STATS.POST_COUNT.minus(1))
                .set(USER_STATS.LIKE_COUNT, USER_STATS.LIKE_COUNT.minus(item.getLikeCount().longValue()))
                .where(USER_STATS.USER_ID.eq(item.getCreatorId())).execute();
        return true;
    }
}
