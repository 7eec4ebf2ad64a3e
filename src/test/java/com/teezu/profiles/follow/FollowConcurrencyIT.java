package com.teezu.profiles.follow;

import com.teezu.profiles.stats.StatsService;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.ConcurrentUsers;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.teezu.profiles.db.Tables.FOLLOWS;
import static com.teezu.profiles.db.Tables.USER_STATS;
import static org.assertj.core.api.Assertions.assertThat;

/** 200 users × 50 random follow operations at once, mutual pairs included: counters stay exact. */
@IntegrationTest
class FollowConcurrencyIT {

    static final int USERS = 200;
    static final int OPS_PER_USER = 50;

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StatsService stats;

    @Test
    void countersEqualRowsAfterConcurrentToggles() throws Exception {
        List<Fixtures.TestUser> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) users.add(i % 10 == 0 ? fixtures.aCreator() : fixtures.aMember());
        Map<Integer, Integer> statuses = ConcurrentUsers.run(users, 20261126, 48, (me, turn) -> {
            for (int op = 0; op < OPS_PER_USER; op++) {
                // a small set of targets per user so that pairs meet often, in both directions
                Fixtures.TestUser target;
                do {
                    target = users.get(turn.random().nextInt(20));
                } while (target == me);
                String method = switch (turn.random().nextInt(3)) {
                    case 0 -> "POST";
                    case 1 -> "PUT";
                    default -> "DELETE";
                };
                String path = "/api/users/" + target.id() + "/follow";
                turn.request(() -> api.send(method, path, me.token(), null, Map.of()).status());
            }
        });
        assertThat(statuses.keySet()).containsOnly(200);
        assertThat(statuses.get(200)).isEqualTo(USERS * OPS_PER_USER);

        var db = fixtures.db();
        for (var user : users) {
            int followers = db.fetchCount(FOLLOWS, FOLLOWS.FOLLOWEE_ID.eq(user.id()));
            int following = db.fetchCount(FOLLOWS, FOLLOWS.FOLLOWER_ID.eq(user.id()));
            var counters = db.select(USER_STATS.FOLLOWER_COUNT, USER_STATS.FOLLOWING_COUNT).from(USER_STATS)
                    .where(USER_STATS.USER_ID.eq(user.id())).fetchOne();
            assertThat(counters.value1()).as("followers of " + user.username()).isEqualTo(followers);
            assertThat(counters.value2()).as("following of " + user.username()).isEqualTo(following);
        }
        assertThat(stats.recountAll().drift()).isEmpty();
    }
}
