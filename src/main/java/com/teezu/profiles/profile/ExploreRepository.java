package com.teezu.profiles.profile;

import com.teezu.profiles.db.enums.UserRole;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.USERS;
import static com.teezu.profiles.db.Tables.USER_STATS;
import static org.jooq.impl.DSL.noCondition;

@Repository
class ExploreRepository {

    record Card(UUID id, String username, String displayName, String avatarKey, boolean live, boolean verified, String mood,
                int followers) {
    }

    private final DSLContext db;

    ExploreRepository(DSLContext db) {
        this.db = db;
    }

    /** Creators live now first, then by followers; {@code query} (already trimmed) matches a part of the name or handle. */
    List<Card> creators(String query, int limit) {
        Condition match = noCondition();
        if (query != null && !query.isEmpty()) {
            String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            match = USERS.USERNAME.likeIgnoreCase(like, '\\').or(USERS.DISPLAY_NAME.likeIgnoreCase(like, '\\'));
        }
        return db.select(USERS.ID, USERS.USERNAME, USERS.DISPLAY_NAME, USERS.AVATAR_KEY, USERS.IS_LIVE, USERS.IS_VERIFIED,
                        USERS.CURRENT_MOOD, USER_STATS.FOLLOWER_COUNT)
                .from(USERS).join(USER_STATS).on(USER_STATS.USER_ID.eq(USERS.ID))
                .where(USERS.ROLE.eq(UserRole.creator).and(match))
                .orderBy(USERS.IS_LIVE.desc(), USER_STATS.FOLLOWER_COUNT.desc(), USERS.USERNAME)
                .limit(limit)
                .fetch(r -> new Card(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7() == null ? null : r.value7().getLiteral(), r.value8()));
    }
}
