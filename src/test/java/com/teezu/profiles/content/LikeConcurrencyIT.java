package com.teezu.profiles.content;

import com.teezu.profiles.db.enums.ContentVisibility;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.ConcurrentUsers;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.CONTENT;
import static com.teezu.profiles.db.Tables.LIKES;
import static com.teezu.profiles.db.Tables.USER_STATS;
import static org.assertj.core.api.Assertions.assertThat;

/** 80 fans × 25 random likes and unlikes at once on one creator's items: every like counter equals its rows. */
@IntegrationTest
class LikeConcurrencyIT {

    static final int FANS = 80;
    static final int OPS_PER_FAN = 25;

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void likeCountersEqualRowsAfterConcurrentLikesAndUnlikes() throws Exception {
        var creator = fixtures.aCreator();
        List<UUID> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) items.add(fixtures.publish(creator.id(), ContentVisibility.public_, OffsetDateTime.now().minusMinutes(i)));
        List<Fixtures.TestUser> fans = new ArrayList<>();
        for (int i = 0; i < FANS; i++) fans.add(fixtures.aMember());

        Map<Integer, Integer> statuses = ConcurrentUsers.run(fans, 20261126, 32, (fan, turn) -> {
            for (int op = 0; op < OPS_PER_FAN; op++) {
                UUID item = items.get(turn.random().nextInt(items.size()));
                String method = turn.random().nextBoolean() ? "PUT" : "DELETE";
                turn.request(() -> api.send(method, "/api/content/" + item + "/like", fan.token(), null, Map.of()).status());
            }
        });
        assertThat(statuses.keySet()).containsOnly(200);
        assertThat(statuses.get(200)).isEqualTo(FANS * OPS_PER_FAN);

        var db = fixtures.db();
        int total = 0;
        for (UUID item : items) {
            int rows = db.fetchCount(LIKES, LIKES.CONTENT_ID.eq(item));
            total += rows;
            assertThat(db.select(CONTENT.LIKE_COUNT).from(CONTENT).where(CONTENT.ID.eq(item)).fetchOne().value1())
                    .as("likes of item " + item).isEqualTo(rows);
        }
        assertThat(total).isPositive();
        assertThat(db.select(USER_STATS.LIKE_COUNT).from(USER_STATS).where(USER_STATS.USER_ID.eq(creator.id())).fetchOne().value1())
                .isEqualTo((long) total);
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/stats/likes").longValue()).isEqualTo(total);
    }
}
