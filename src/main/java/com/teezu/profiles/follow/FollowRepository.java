package com.teezu.profiles.follow;

import com.teezu.profiles.stats.CountersChanged;
import com.teezu.profiles.stats.PublicCounters;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.row;

@Repository
class FollowRepository {

    record Page(List<FollowService.Entry> items, boolean more) {
    }

    private final DSLContext db;
    private final JdbcClient jdbc;
    private final boolean asyncCommit;

    FollowRepository(DSLContext db, JdbcClient jdbc, FollowSettings settings) {
        this.db = db;
        this.jdbc = jdbc;
        this.asyncCommit = settings.asyncFollowCommit();
    }

    /** What one {@link #change} did. {@code notificationId} (and the follower's card) only when a notification was stored. */
    record Changed(boolean targetExists, boolean deleted, boolean inserted, int followerCount, UUID notificationId,
                   String username, String displayName, String avatarKey, CountersChanged.Snapshot follower,
                   CountersChanged.Snapshot followee) {
    }

    /*
     * Follow, unfollow or toggle as ONE statement in autocommit: one round trip, no BEGIN/COMMIT, nothing
     * rendered per request. Data-modifying CTEs all run in the statement's one snapshot and commit
     * together:
     *  - del:      the unfollow (not for 'follow');
     *  - ins:      the follow, only if del removed nothing (a toggle) and the target exists (no FK error);
     *              a concurrent follow of the same pair makes it a no-op through ON CONFLICT;
     *  - locked/moved: both counters by exactly (rows inserted - rows deleted), after locking the two
     *              stats rows in id order so that A->B racing B->A cannot deadlock;
     *  - notified: a new_follower notification, unless the same follower caused one in the last ten minutes;
     *  - commit:   with teezu.async-follow-commit (the default) this statement's transaction commits without
     *              waiting for its WAL flush (SET LOCAL synchronous_commit = off, the transaction's own setting,
     *              never the connection's). A follow is a cheap toggle the user can repeat, so we accept that
     *              a database crash may lose the follows of its last ~0.6 s (3 x wal_writer_delay): whole, with
     *              their counters and notification, never half. Waiting for the flush was a third of the
     *              toggle's throughput. Money keeps synchronous commit.
     * Counters move by the rows really changed, so they stay exact whatever races.
     */
    private static final String CHANGE = """
            WITH commit_mode AS (
                SELECT set_config('synchronous_commit',
                                  CASE WHEN :asyncCommit::boolean THEN 'off' ELSE current_setting('synchronous_commit') END, true)
            ), target AS (
                SELECT id FROM users WHERE id = :followee::uuid AND EXISTS (SELECT 1 FROM commit_mode)
            ), del AS (
                DELETE FROM follows WHERE follower_id = :follower::uuid AND followee_id = :followee::uuid AND :mode::text <> 'follow'
                RETURNING 1
            ), ins AS (
                INSERT INTO follows (follower_id, followee_id, created_at)
                SELECT :follower::uuid, t.id, :at::timestamptz FROM target t
                WHERE :mode::text <> 'unfollow' AND NOT EXISTS (SELECT 1 FROM del)
                ON CONFLICT DO NOTHING
                RETURNING 1
            ), delta AS (
                SELECT (SELECT count(*) FROM ins) - (SELECT count(*) FROM del) AS d
            ), locked AS (
                SELECT user_id FROM user_stats
                WHERE user_id IN (:follower::uuid, :followee::uuid) AND (SELECT d FROM delta) <> 0
                ORDER BY user_id FOR UPDATE
            ), moved AS (
                UPDATE user_stats s
                SET follower_count = s.follower_count + CASE WHEN s.user_id = :followee::uuid THEN dl.d ELSE 0 END,
                    following_count = s.following_count + CASE WHEN s.user_id = :follower::uuid THEN dl.d ELSE 0 END,
                    version = s.version + 1
                FROM locked l, delta dl
                WHERE s.user_id = l.user_id
                RETURNING s.user_id, s.follower_count, s.following_count, s.like_count, s.stream_hours, s.post_count, s.version
            ), notified AS (
                INSERT INTO notifications (user_id, type, actor_id, created_at)
                SELECT :followee::uuid, 'new_follower', :follower::uuid, :at::timestamptz
                WHERE EXISTS (SELECT 1 FROM ins)
                  AND NOT EXISTS (SELECT 1 FROM notifications n
                                  WHERE n.user_id = :followee::uuid AND n.actor_id = :follower::uuid AND n.type = 'new_follower'
                                    AND n.created_at > :at::timestamptz - interval '10 minutes')
                RETURNING id
            )
            SELECT EXISTS (SELECT 1 FROM target),
                   EXISTS (SELECT 1 FROM del),
                   EXISTS (SELECT 1 FROM ins),
                   coalesce(b.follower_count, (SELECT follower_count FROM user_stats WHERE user_id = :followee::uuid), 0),
                   (SELECT id FROM notified),
                   u.username, u.display_name, u.avatar_key,
                   a.follower_count, a.following_count, a.like_count, a.stream_hours, a.post_count, a.version,
                   b.follower_count, b.following_count, b.like_count, b.stream_hours, b.post_count, b.version
            FROM users u
            LEFT JOIN moved a ON a.user_id = :follower::uuid
            LEFT JOIN moved b ON b.user_id = :followee::uuid
            WHERE u.id = :follower::uuid
            """;
    Changed change(UUID follower, UUID followee, OffsetDateTime at, FollowService.Action action) {
        String mode = switch (action) {
            case FOLLOW -> "follow";
            case UNFOLLOW -> "unfollow";
            case TOGGLE -> "toggle";
        };
        // a deadlock or serialization failure arrives translated as a ConcurrencyFailureException: the caller
        // runs the statement again (Retry)
        return jdbc.sql(CHANGE)
                .param("follower", follower).param("followee", followee).param("at", at).param("mode", mode)
                .param("asyncCommit", asyncCommit)
                .query((rs, n) -> new Changed(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4),
                        rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        snapshot(rs, 9, follower), snapshot(rs, 15, followee)))
                .optional().orElseThrow(() -> new IllegalStateException("the follower does not exist"));
    }

    /** The counters the statement left on one stats row (null when it did not move them). */
    private static CountersChanged.Snapshot snapshot(ResultSet rs, int from, UUID userId) throws SQLException {
        long version = rs.getLong(from + 5);
        if (rs.wasNull()) return null;
        return new CountersChanged.Snapshot(version, new PublicCounters(userId, rs.getInt(from), rs.getInt(from + 1),
                rs.getLong(from + 2), rs.getBigDecimal(from + 3).setScale(1, java.math.RoundingMode.HALF_UP), rs.getInt(from + 4)));
    }

    /** Who follows {@code userId}, newest first; the cursor is the last row's (created_at, id). */
    Page followers(UUID userId, OffsetDateTime beforeAt, UUID beforeId, int limit) {
        return page(FOLLOWS.FOLLOWEE_ID, FOLLOWS.FOLLOWER_ID, userId, beforeAt, beforeId, limit);
    }

    /** Whom {@code userId} follows, newest first. */
    Page following(UUID userId, OffsetDateTime beforeAt, UUID beforeId, int limit) {
        return page(FOLLOWS.FOLLOWER_ID, FOLLOWS.FOLLOWEE_ID, userId, beforeAt, beforeId, limit);
    }

    /** One page of the users on the {@code other} side of {@code userId}'s follows, keyset-paginated. */
    private Page page(Field<UUID> side, Field<UUID> other, UUID userId, OffsetDateTime beforeAt, UUID beforeId, int limit) {
        var condition = side.eq(userId);
        if (beforeAt != null) condition = condition.and(row(FOLLOWS.CREATED_AT, other).lt(beforeAt, beforeId));
        var rows = db.select(USERS.ID, USERS.USERNAME, USERS.DISPLAY_NAME, USERS.AVATAR_KEY, FOLLOWS.CREATED_AT)
                .from(FOLLOWS).join(USERS).on(USERS.ID.eq(other))
                .where(condition)
                .orderBy(FOLLOWS.CREATED_AT.desc(), other.desc())
                .limit(limit + 1)
                .fetch(mapping(FollowService.Entry::new));
        return new Page(rows.subList(0, Math.min(limit, rows.size())), rows.size() > limit);
    }
}
