package com.teezu.profiles.notifications;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.NOTIFICATIONS;
import static com.teezu.profiles.db.Tables.USERS;
import static org.jooq.impl.DSL.row;

@Repository
class NotificationRepository {

    record Row(UUID id, String type, UUID actorId, String actorUsername, String actorDisplayName, String actorAvatarKey,
               OffsetDateTime createdAt, OffsetDateTime readAt) {
    }

    private final DSLContext db;

    NotificationRepository(DSLContext db) {
        this.db = db;
    }

    List<Row> page(UUID userId, OffsetDateTime beforeAt, UUID beforeId, int limit) {
        var condition = NOTIFICATIONS.USER_ID.eq(userId);
        if (beforeAt != null) condition = condition.and(row(NOTIFICATIONS.CREATED_AT, NOTIFICATIONS.ID).lt(beforeAt, beforeId));
        return db.select(NOTIFICATIONS.ID, NOTIFICATIONS.TYPE, USERS.ID, USERS.USERNAME, USERS.DISPLAY_NAME, USERS.AVATAR_KEY,
                        NOTIFICATIONS.CREATED_AT, NOTIFICATIONS.READ_AT)
                .from(NOTIFICATIONS).leftJoin(USERS).on(USERS.ID.eq(NOTIFICATIONS.ACTOR_ID))
                .where(condition)
                .orderBy(NOTIFICATIONS.CREATED_AT.desc(), NOTIFICATIONS.ID.desc())
                .limit(limit + 1)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8()));
    }

    int unread(UUID userId) {
        return db.fetchCount(NOTIFICATIONS, NOTIFICATIONS.USER_ID.eq(userId).and(NOTIFICATIONS.READ_AT.isNull()));
    }

    int markRead(UUID userId, List<UUID> ids, OffsetDateTime at) {
        var condition = NOTIFICATIONS.USER_ID.eq(userId).and(NOTIFICATIONS.READ_AT.isNull());
        if (ids != null) condition = condition.and(NOTIFICATIONS.ID.in(ids));
        return db.update(NOTIFICATIONS).set(NOTIFICATIONS.READ_AT, at).where(condition).execute();
    }

    record Stored(UUID id, String actorUsername, String actorDisplayName, String actorAvatarKey) {
    }

    /** Inserts one notification and reads back the actor's public card in the same statement. */
    Stored insert(UUID userId, String type, UUID actorId, OffsetDateTime at) {
        UUID id = db.insertInto(NOTIFICATIONS).set(NOTIFICATIONS.USER_ID, userId).set(NOTIFICATIONS.TYPE, type)
                .set(NOTIFICATIONS.ACTOR_ID, actorId).set(NOTIFICATIONS.CREATED_AT, at)
                .returning(NOTIFICATIONS.ID).fetchOne(NOTIFICATIONS.ID);
        return db.select(USERS.USERNAME, USERS.DISPLAY_NAME, USERS.AVATAR_KEY).from(USERS).where(USERS.ID.eq(actorId))
                .fetchOne(r -> new Stored(id, r.value1(), r.value2(), r.value3()));
    }
}
