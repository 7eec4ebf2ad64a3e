package com.teezu.profiles.subscriptions;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.teezu.profiles.db.enums.UserRole;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.NOTIFICATIONS;
import static com.teezu.profiles.db.Tables.SUBSCRIPTIONS;
import static com.teezu.profiles.db.Tables.SUBSCRIPTION_PLANS;
import static com.teezu.profiles.db.Tables.USERS;
import static com.teezu.profiles.db.Tables.USER_STATS;

@Repository
class SubscriptionRepository {

    record Row(OffsetDateTime periodEnd, OffsetDateTime canceledAt, int price) {
    }

    record Key(UUID subscriberId, UUID creatorId) {
    }

    record Due(OffsetDateTime periodEnd, int price, UserRole creatorRole, String creatorUsername, String creatorDisplayName,
               String creatorAvatarKey) {
    }

    private final DSLContext db;

    SubscriptionRepository(DSLContext db) {
        this.db = db;
    }

    int monthlyPrice(UUID creatorId, int fallback) {
        return db.select(SUBSCRIPTION_PLANS.MONTHLY_PRICE).from(SUBSCRIPTION_PLANS)
                .where(SUBSCRIPTION_PLANS.CREATOR_ID.eq(creatorId)).fetchOptional(SUBSCRIPTION_PLANS.MONTHLY_PRICE).orElse(fallback);
    }

    Optional<Row> find(UUID subscriber, UUID creator) {
        return db.select(SUBSCRIPTIONS.CURRENT_PERIOD_END, SUBSCRIPTIONS.CANCELED_AT, SUBSCRIPTIONS.PRICE_TOKENS)
                .from(SUBSCRIPTIONS).where(SUBSCRIPTIONS.SUBSCRIBER_ID.eq(subscriber).and(SUBSCRIPTIONS.CREATOR_ID.eq(creator)))
                .fetchOptional(r -> new Row(r.value1(), r.value2(), r.value3()));
    }

    Optional<Row> lock(UUID subscriber, UUID creator) {
        return db.select(SUBSCRIPTIONS.CURRENT_PERIOD_END, SUBSCRIPTIONS.CANCELED_AT, SUBSCRIPTIONS.PRICE_TOKENS)
                .from(SUBSCRIPTIONS).where(SUBSCRIPTIONS.SUBSCRIBER_ID.eq(subscriber).and(SUBSCRIPTIONS.CREATOR_ID.eq(creator)))
                .forUpdate().fetchOptional(r -> new Row(r.value1(), r.value2(), r.value3()));
    }

    void start(UUID subscriber, UUID creator, int price, OffsetDateTime now, OffsetDateTime periodEnd) {
        db.insertInto(SUBSCRIPTIONS).set(SUBSCRIPTIONS.SUBSCRIBER_ID, subscriber).set(SUBSCRIPTIONS.CREATOR_ID, creator)
                .set(SUBSCRIPTIONS.PRICE_TOKENS, price).set(SUBSCRIPTIONS.STARTED_AT, now)
                .set(SUBSCRIPTIONS.CURRENT_PERIOD_END, periodEnd)
                .onConflict(SUBSCRIPTIONS.SUBSCRIBER_ID, SUBSCRIPTIONS.CREATOR_ID).doUpdate()
                .set(SUBSCRIPTIONS.PRICE_TOKENS, price).set(SUBSCRIPTIONS.STARTED_AT, now)
                .set(SUBSCRIPTIONS.CURRENT_PERIOD_END, periodEnd).setNull(SUBSCRIPTIONS.CANCELED_AT)
                .execute();
    }

    void resume(UUID subscriber, UUID creator) {
        db.update(SUBSCRIPTIONS).setNull(SUBSCRIPTIONS.CANCELED_AT)
                .where(SUBSCRIPTIONS.SUBSCRIBER_ID.eq(subscriber).and(SUBSCRIPTIONS.CREATOR_ID.eq(creator))).execute();
    }

    void cancel(UUID subscriber, UUID creator, OffsetDateTime at) {
        db.update(SUBSCRIPTIONS).set(SUBSCRIPTIONS.CANCELED_AT, at)
                .where(SUBSCRIPTIONS.SUBSCRIBER_ID.eq(subscriber).and(SUBSCRIPTIONS.CREATOR_ID.eq(creator))).execute();
    }

    /** Subscriptions that renew and whose period has ended, oldest first (read without locks). */
    List<Key> due(OffsetDateTime now, int limit) {
        return db.select(SUBSCRIPTIONS.SUBSCRIBER_ID, SUBSCRIPTIONS.CREATOR_ID).from(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.CANCELED_AT.isNull().and(SUBSCRIPTIONS.CURRENT_PERIOD_END.le(now)))
                .orderBy(SUBSCRIPTIONS.CURRENT_PERIOD_END).limit(limit)
                .fetch(r -> new Key(r.value1(), r.value2()));
    }

    /** Locks one subscription if it is still due and nobody else holds it; with the creator's card. */
    Optional<Due> lockDue(UUID subscriber, UUID creator, OffsetDateTime now) {
        return db.select(SUBSCRIPTIONS.CURRENT_PERIOD_END, SUBSCRIPTIONS.PRICE_TOKENS, USERS.ROLE, USERS.USERNAME, USERS.DISPLAY_NAME,
                        USERS.AVATAR_KEY)
                .from(SUBSCRIPTIONS).join(USERS).on(USERS.ID.eq(SUBSCRIPTIONS.CREATOR_ID))
                .where(SUBSCRIPTIONS.SUBSCRIBER_ID.eq(subscriber).and(SUBSCRIPTIONS.CREATOR_ID.eq(creator))
                        .and(SUBSCRIPTIONS.CANCELED_AT.isNull()).and(SUBSCRIPTIONS.CURRENT_PERIOD_END.le(now)))
                .forUpdate().of(SUBSCRIPTIONS).skipLocked()
                .fetchOptional(r -> new Due(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    void extend(UUID subscriber, UUID creator, OffsetDateTime periodEnd) {
        db.update(SUBSCRIPTIONS).set(SUBSCRIPTIONS.CURRENT_PERIOD_END, periodEnd)
                .where(SUBSCRIPTIONS.SUBSCRIBER_ID.eq(subscriber).and(SUBSCRIPTIONS.CREATOR_ID.eq(creator))).execute();
    }

    UUID notifyLapsed(UUID subscriber, UUID creator, OffsetDateTime at) {
        return db.insertInto(NOTIFICATIONS).set(NOTIFICATIONS.USER_ID, subscriber).set(NOTIFICATIONS.TYPE, "subscription_lapsed")
                .set(NOTIFICATIONS.ACTOR_ID, creator).set(NOTIFICATIONS.CREATED_AT, at)
                .returning(NOTIFICATIONS.ID).fetchOne(NOTIFICATIONS.ID);
    }

    void adjustSubscribers(UUID creator, int delta) {
        db.update(USER_STATS).set(USER_STATS.SUBSCRIBER_COUNT, USER_STATS.SUBSCRIBER_COUNT.plus(delta))
                .where(USER_STATS.USER_ID.eq(creator)).execute();
    }
}
