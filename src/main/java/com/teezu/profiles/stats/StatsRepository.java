package com.teezu.profiles.stats;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Rebuilds every counter from the rows behind it and reports what was off. */
@Repository
class StatsRepository {

    private static final String[] COUNTERS = {"follower_count", "following_count", "like_count", "stream_seconds",
            "post_count", "tip_total", "subscriber_count"};

    private final DSLContext db;

    StatsRepository(DSLContext db) {
        this.db = db;
    }

    List<CountersChanged.Snapshot> publicCounters(java.util.Collection<UUID> userIds) {
        var S = com.teezu.profiles.db.Tables.USER_STATS;
        return db.select(S.USER_ID, S.FOLLOWER_COUNT, S.FOLLOWING_COUNT, S.LIKE_COUNT, S.STREAM_HOURS, S.POST_COUNT, S.VERSION)
                .from(S).where(S.USER_ID.in(userIds))
                .fetch(r -> new CountersChanged.Snapshot(r.value7(), new PublicCounters(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5().setScale(1, java.math.RoundingMode.HALF_UP), r.value6())));
    }

    java.util.Optional<PublicCounters> publicCounters(UUID userId) {
        var S = com.teezu.profiles.db.Tables.USER_STATS;
        return db.select(S.USER_ID, S.FOLLOWER_COUNT, S.FOLLOWING_COUNT, S.LIKE_COUNT, S.STREAM_HOURS, S.POST_COUNT)
                .from(S).where(S.USER_ID.eq(userId))
                .fetchOptional(r -> new PublicCounters(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5().setScale(1, java.math.RoundingMode.HALF_UP), r.value6()));
    }

    /** Must run inside a transaction: it locks the source tables against writers while it counts. */
    List<StatsService.Drift> recount() {
        db.execute("LOCK TABLE follows, likes, content, stream_sessions, gift_events, subscriptions IN SHARE MODE");
        List<StatsService.Drift> drift = new ArrayList<>();
        var rows = db.resultQuery("""
                WITH expected AS (
                    SELECT u.id AS user_id,
                           (SELECT count(*) FROM follows f WHERE f.followee_id = u.id)::int AS follower_count,
                           (SELECT count(*) FROM follows f WHERE f.follower_id = u.id)::int AS following_count,
                           (SELECT count(*) FROM likes l JOIN content c ON c.id = l.content_id
                             WHERE c.creator_id = u.id AND c.deleted_at IS NULL)::bigint AS like_count,
                           (SELECT coalesce(sum(floor(extract(epoch FROM s.ended_at - s.started_at))), 0)
                              FROM stream_sessions s WHERE s.user_id = u.id AND s.ended_at IS NOT NULL)::bigint AS stream_seconds,
                           (SELECT count(*) FROM content c WHERE c.creator_id = u.id AND c.deleted_at IS NULL)::int AS post_count,
                           (SELECT coalesce(sum(g.price_tokens), 0) FROM gift_events g WHERE g.recipient_id = u.id)::bigint AS tip_total,
                           (SELECT count(*) FROM subscriptions s WHERE s.creator_id = u.id AND s.canceled_at IS NULL)::int AS subscriber_count
                      FROM users u)
                UPDATE user_stats s
                   SET follower_count = e.follower_count, following_count = e.following_count,
                       like_count = e.like_count, stream_seconds = e.stream_seconds, post_count = e.post_count,
                       tip_total = e.tip_total, subscriber_count = e.subscriber_count
                  FROM expected e JOIN user_stats o ON o.user_id = e.user_id
                 WHERE s.user_id = e.user_id
                   AND (o.follower_count, o.following_count, o.like_count, o.stream_seconds, o.post_count,
                        o.tip_total, o.subscriber_count)
                       IS DISTINCT FROM
                       (e.follower_count, e.following_count, e.like_count, e.stream_seconds, e.post_count,
                        e.tip_total, e.subscriber_count)
             RETURNING s.user_id,
                       o.follower_count, e.follower_count, o.following_count, e.following_count,
                       o.like_count, e.like_count, o.stream_seconds, e.stream_seconds, o.post_count, e.post_count,
                       o.tip_total, e.tip_total, o.subscriber_count, e.subscriber_count
                """).fetch();
        for (var r : rows) {
            UUID user = r.get(0, UUID.class);
            for (int i = 0; i < COUNTERS.length; i++) {
                long was = r.get(1 + 2 * i, Long.class);
                long now = r.get(2 + 2 * i, Long.class);
                if (was != now) drift.add(new StatsService.Drift("user_stats." + COUNTERS[i], user, was, now));
            }
        }
        db.resultQuery("""
                UPDATE content c SET like_count = e.n
                  FROM (SELECT c2.id, (SELECT count(*) FROM likes l WHERE l.content_id = c2.id)::int AS n,
                               c2.like_count AS was FROM content c2) e
                 WHERE c.id = e.id AND e.was <> e.n
             RETURNING c.id, e.was, e.n
                """).fetch().forEach(r -> drift.add(new StatsService.Drift("content.like_count",
                r.get(0, UUID.class), r.get(1, Long.class), r.get(2, Long.class))));
        db.resultQuery("""
                WITH expected AS (
                    SELECT recipient_id AS user_id, gift_type, count(*)::int AS n FROM gift_events GROUP BY 1, 2
                    UNION ALL
                    SELECT v.user_id, v.gift_type, 0 FROM gift_vault v
                     WHERE NOT EXISTS (SELECT 1 FROM gift_events g WHERE g.recipient_id = v.user_id AND g.gift_type = v.gift_type))
                INSERT INTO gift_vault AS v (user_id, gift_type, count)
                SELECT user_id, gift_type, n FROM expected
                ON CONFLICT (user_id, gift_type) DO UPDATE SET count = excluded.count WHERE v.count <> excluded.count
                RETURNING v.user_id, v.count
                """).fetch();
        return drift;
    }
}
