package com.teezu.profiles.follow;

import com.teezu.profiles.stats.CountersChanged;
import com.teezu.profiles.stats.PublicCounters;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;
import static org.jooq.impl.DSL.*;

@Repository
class FollowRepository {

    record Page(List<FollowService.Entry> items, boolean more) {
    }

    private final DSLContext db;
    private final boolean asyncCommit;

    FollowRepository(DSLContext db, FollowSettings settings) {
        this.db = db;
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
                                  CASE WHEN ?5 THEN 'off' ELSE current_setting('synchronous_commit') END, true)
            ), target AS (
                SELECT id FROM users WHERE id = ?2 AND EXISTS (SELECT 1 FROM commit_mode)
            ), del AS (
                DELETE FROM follows WHERE follower_id = ?1 AND followee_id = ?2 AND ?4 <> 'follow'
                RETURNING 1
            ), ins AS (
                INSERT INTO follows (follower_id, followee_id, created_at)
                SELECT ?1, t.id, ?3 FROM target t
                WHERE ?4 <> 'unfollow' AND NOT EXISTS (SELECT 1 FROM del)
                ON CONFLICT DO NOTHING
                RETURNING 1
            ), delta AS (
                SELECT (SELECT count(*) FROM ins) - (SELECT count(*) FROM del) AS d
            ), locked AS (
                SELECT user_id FROM user_stats
                WHERE user_id IN (?1, ?2) AND (SELECT d FROM delta) <> 0
                ORDER BY user_id FOR UPDATE
            ), moved AS (
                UPDATE user_stats s
                SET follower_count = s.follower_count + CASE WHEN s.user_id = ?2 THEN dl.d ELSE 0 END,
                    following_count = s.following_count + CASE WHEN s.user_id = ?1 THEN dl.d ELSE 0 END,
                    version = s.version + 1
                FROM locked l, delta dl
                WHERE s.user_id = l.user_id
                RETURNING s.user_id, s.follower_count, s.following_count, s.like_count, s.stream_hours, s.post_count, s.version
            ), notified AS (
                INSERT INTO notifications (user_id, type, actor_id, created_at)
                SELECT ?2, 'new_follower', ?1, ?3
                WHERE EXISTS (SELECT 1 FROM ins)
                  AND NOT EXISTS (SELECT 1 FROM notifications n
                                  WHERE n.user_id = ?2 AND n.actor_id = ?1 AND n.type = 'new_follower'
                                    AND n.created_at > ?3 - interval '10 minutes')
                RETURNING id
            )
            SELECT EXISTS (SELECT 1 FROM target),
                   EXISTS (SELECT 1 FROM del),
                   EXISTS (SELECT 1 FROM ins),
                   coalesce(b.follower_count, (SELECT follower_count FROM user_stats WHERE user_id = ?2), 0),
                   (SELECT id FROM notified),
                   u.username, u.display_name, u.avatar_key,
                   a.follower_count, a.following_count, a.like_count, a.stream_hours, a.post_count, a.version,
                   b.follower_count, b.following_count, b.like_count, b.stream_hours, b.post_count, b.version
            FROM users u
            LEFT JOIN moved a ON a.user_id = ?1
            LEFT JOIN moved b ON b.user_id = ?2
            WHERE u.id = ?1
            """;
    private static final String CHANGE_SQL;
    private static final int[] CHANGE_PARAMS;

    static {
        // JDBC wants positional '?': number them once here, so the SQL above can name each value once
        var params = new java.util.ArrayList<Integer>();
        var m = java.util.regex.Pattern.compile("\\?([1-5])").matcher(CHANGE);
        var sql = new StringBuilder();
        while (m.find()) {
            params.add(Integer.parseInt(m.group(1)));
            m.appendReplacement(sql, switch (m.group(1)) {
                case "1", "2" -> "?::uuid";
                case "3" -> "?::timestamptz";
                case "5" -> "?::boolean";
                default -> "?::text";
            });
        }
        m.appendTail(sql);
        CHANGE_SQL = sql.toString();
        CHANGE_PARAMS = params.stream().mapToInt(Integer::intValue).toArray();
    }

    Changed change(UUID follower, UUID followee, OffsetDateTime at, FollowService.Action action) {
        String mode = switch (action) {
            case FOLLOW -> "follow";
            case UNFOLLOW -> "unfollow";
            case TOGGLE -> "toggle";
        };
        Object[] values = {follower, followee, at, mode, asyncCommit};
        return db.connectionResult(c -> {
            try (PreparedStatement ps = c.prepareStatement(CHANGE_SQL)) {
                for (int i = 0; i < CHANGE_PARAMS.length; i++) ps.setObject(i + 1, values[CHANGE_PARAMS[i] - 1]);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new IllegalStateException("the follower does not exist");
                    return new Changed(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4),
                            rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8),
                            snapshot(rs, 9, follower), snapshot(rs, 15, followee));
                }
            } catch (SQLException e) {
                // deadlock or serialization failure: the caller runs the statement again (Retry)
                if ("40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState())) {
                    throw new ConcurrencyFailureException("follow change lost a race", e);
                }
                throw e;
            }
        });
    }

    /** The counters the statement left on one stats row (null when it did not move them). */
    private static CountersChanged.Snapshot snapshot(ResultSet rs, int from, UUID userId) throws SQLException {
        long version = rs.getLong(from + 5);
        if (rs.wasNull()) return null;
        return new CountersChanged.Snapshot(version, new PublicCounters(userId, rs.getInt(from), rs.getInt(from + 1),
                rs.getLong(from + 2), rs.getBigDecimal(from + 3).setScale(1, java.math.RoundingMode.HALF_UP), rs.getInt(from + 4)));
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
