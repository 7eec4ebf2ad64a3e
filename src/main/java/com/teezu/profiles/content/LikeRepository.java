package com.teezu.profiles.content;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.CONTENT;
import static com.teezu.profiles.db.Tables.LIKES;
import static com.teezu.profiles.db.Tables.USER_STATS;

@Repository
class LikeRepository {

    private final DSLContext db;

    LikeRepository(DSLContext db) {
        this.db = db;
    }

    /** Locks a published item (likes on it then serialise on its row); empty when missing or deleted. */
    Optional<UUID> lockCreatorOf(UUID contentId) {
        return db.select(CONTENT.CREATOR_ID).from(CONTENT)
                .where(CONTENT.ID.eq(contentId).and(CONTENT.DELETED_AT.isNull()))
                .forNoKeyUpdate().fetchOptional(CONTENT.CREATOR_ID);
    }

    boolean insert(UUID userId, UUID contentId) {
        return db.insertInto(LIKES).set(LIKES.USER_ID, userId).set(LIKES.CONTENT_ID, contentId)
                .onConflictDoNothing().execute() == 1;
    }

    boolean delete(UUID userId, UUID contentId) {
        return db.deleteFrom(LIKES).where(LIKES.USER_ID.eq(userId).and(LIKES.CONTENT_ID.eq(contentId))).execute() == 1;
    }

    /** The item's count and its creator's, in that order (always the same order: no deadlock). */
    int adjust(UUID contentId, UUID creatorId, int delta) {
        int count = db.update(CONTENT).set(CONTENT.LIKE_COUNT, CONTENT.LIKE_COUNT.plus(delta))
                .where(CONTENT.ID.eq(contentId)).returning(CONTENT.LIKE_COUNT).fetchOne(CONTENT.LIKE_COUNT);
        db.update(USER_STATS).set(USER_STATS.LIKE_COUNT, USER_STATS.LIKE_COUNT.plus(delta))
                .where(USER_STATS.USER_ID.eq(creatorId)).execute();
        return count;
    }

    int count(UUID contentId) {
        return db.select(CONTENT.LIKE_COUNT).from(CONTENT).where(CONTENT.ID.eq(contentId)).fetchOne(CONTENT.LIKE_COUNT);
    }
}
