package com.teezu.profiles.follow;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;
import static org.jooq.impl.DSL.*;

@Repository
class FollowRepository {

    record Page(List<FollowService.Entry> items, boolean more) {
    }

    private final DSLContext db;

    FollowRepository(DSLContext db) {
        this.db = db;
    }

    boolean insert(UUID follower, UUID followee, OffsetDateTime at) {
        return db.insertInto(FOLLOWS).set(FOLLOWS.FOLLOWER_ID, follower).set(FOLLOWS.FOLLOWEE_ID, followee)
                .set(FOLLOWS.CREATED_AT, at)
                .onConflictDoNothing().execute() == 1;
    }

    boolean delete(UUID follower, UUID followee) {
        return db.deleteFrom(FOLLOWS).where(FOLLOWS.FOLLOWER_ID.eq(follower).and(FOLLOWS.FOLLOWEE_ID.eq(followee))).execute() == 1;
    }

    /**
     * Moves both counters by {@code delta} in one statement that first locks the two stats rows in
     * id order, so that A→B racing B→A cannot deadlock. Returns the followee's follower count.
     */
    int adjust(UUID follower, UUID followee, int delta) {
        var locked = name("locked").as(select(USER_STATS.USER_ID).from(USER_STATS)
                .where(USER_STATS.USER_ID.in(follower, followee)).orderBy(USER_STATS.USER_ID).forUpdate());
        return db.with(locked)
                .update(USER_STATS)
                .set(USER_STATS.FOLLOWER_COUNT, USER_STATS.FOLLOWER_COUNT.plus(
                        when(USER_STATS.USER_ID.eq(followee), inline(delta)).else_(inline(0))))
                .set(USER_STATS.FOLLOWING_COUNT, USER_STATS.FOLLOWING_COUNT.plus(
                        when(USER_STATS.USER_ID.eq(follower), inline(delta)).else_(inline(0))))
                .from(locked)
                .where(USER_STATS.USER_ID.eq(locked.field(USER_STATS.USER_ID)))
                .returning(USER_STATS.USER_ID, USER_STATS.FOLLOWER_COUNT)
                .fetch().stream().filter(r -> r.getUserId().equals(followee))
                .mapToInt(r -> r.getFollowerCount()).findFirst().orElseThrow();
    }

    int followerCount(UUID userId) {
        return db.select(USER_STATS.FOLLOWER_COUNT).from(USER_STATS).where(USER_STATS.USER_ID.eq(userId))
                .fetchOptional(USER_STATS.FOLLOWER_COUNT).orElse(0);
    }

    record Notified(UUID notificationId, String username, String displayName, String avatarKey) {
    }

    /**
     * Stores a new_follower notification unless the same follower caused one in the last ten minutes;
     * in the same statement, the follower's public card for the realtime event.
     */
    Optional<Notified> notifyOnce(UUID followee, UUID follower, OffsetDateTime at) {
        var recent = selectOne().from(NOTIFICATIONS).where(NOTIFICATIONS.USER_ID.eq(followee)
                .and(NOTIFICATIONS.ACTOR_ID.eq(follower)).and(NOTIFICATIONS.TYPE.eq("new_follower"))
                .and(NOTIFICATIONS.CREATED_AT.gt(at.minusMinutes(10))));
        var inserted = name("inserted").as(insertInto(NOTIFICATIONS, NOTIFICATIONS.USER_ID, NOTIFICATIONS.TYPE,
                        NOTIFICATIONS.ACTOR_ID, NOTIFICATIONS.CREATED_AT)
                .select(select(val(followee), val("new_follower"), val(follower), val(at)).whereNotExists(recent))
                .returning(NOTIFICATIONS.ID, NOTIFICATIONS.ACTOR_ID));
        return db.with(inserted)
                .select(inserted.field(NOTIFICATIONS.ID), USERS.USERNAME, USERS.DISPLAY_NAME, USERS.AVATAR_KEY)
                .from(inserted).join(USERS).on(USERS.ID.eq(inserted.field(NOTIFICATIONS.ACTOR_ID)))
                .fetchOptional(r -> new Notified(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    boolean userExists(UUID id) {
        return db.fetchExists(USERS, USERS.ID.eq(id));
    }

    /** Newest first; the cursor is the last row's (created_at, id). */
    Page followers(UUID userId, OffsetDateTime beforeAt, UUID beforeId, int limit) {
        var condition = FOLLOWS.FOLLOWEE_ID.eq(userId);
        if (beforeAt != null) condition = condition.and(row(FOLLOWS.CREATED_AT, FOLLOWS.FOLLOWER_ID).lt(beforeAt, beforeId));
        var rows = db.select(USERS.ID, USERS.USERNAME, USERS.DISPLAY_NAME, USERS.AVATAR_KEY, FOLLOWS.CREATED_AT)
                .from(FOLLOWS).join(USERS).on(USERS.ID.eq(FOLLOWS.FOLLOWER_ID))
                .where(condition)
                .orderBy(FOLLOWS.CREATED_AT.desc(), FOLLOWS.FOLLOWER_ID.desc())
                .limit(limit + 1).fetch(FollowRepository::entry);
        return new Page(rows.subList(0, Math.min(limit, rows.size())), rows.size() > limit);
    }

    Page following(UUID userId, OffsetDateTime beforeAt, UUID beforeId, int limit) {
        var condition = FOLLOWS.FOLLOWER_ID.eq(userId);
        if (beforeAt != null) condition = condition.and(row(FOLLOWS.CREATED_AT, FOLLOWS.FOLLOWEE_ID).lt(beforeAt, beforeId));
        var rows = db.select(USERS.ID, USERS.USERNAME, USERS.DISPLAY_NAME, USERS.AVATAR_KEY, FOLLOWS.CREATED_AT)
                .from(FOLLOWS).join(USERS).on(USERS.ID.eq(FOLLOWS.FOLLOWEE_ID))
                .where(condition)
                .orderBy(FOLLOWS.CREATED_AT.desc(), FOLLOWS.FOLLOWEE_ID.desc())
                .limit(limit + 1).fetch(FollowRepository::entry);
        return new Page(rows.subList(0, Math.min(limit, rows.size())), rows.size() > limit);
    }

    private static FollowService.Entry entry(Record r) {
        return new FollowService.Entry(r.get(USERS.ID), r.get(USERS.USERNAME), r.get(USERS.DISPLAY_NAME),
                r.get(USERS.AVATAR_KEY), r.get(FOLLOWS.CREATED_AT));
    }
}
