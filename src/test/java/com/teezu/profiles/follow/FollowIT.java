package com.teezu.profiles.follow;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static com.teezu.profiles.db.Tables.NOTIFICATIONS;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FollowIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    FollowService follows;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    org.jooq.DSLContext db;
    @Autowired
    javax.sql.DataSource dataSource;
    @org.springframework.beans.factory.annotation.Value("${spring.datasource.hikari.maximum-pool-size}")
    int poolSize;

    @Test
    void aFollowCommitsAsynchronouslyAndNoConnectionKeepsThatSetting() throws Exception {
        var fan = fixtures.aMember();
        var creator = fixtures.aCreator();
        // the statement switches off the WAL-flush wait for its own transaction only
        String inside = transactions.execute(tx -> {
            follows.apply(new com.teezu.profiles.auth.AuthUser(fan.id(), null, false, com.teezu.profiles.auth.Role.MEMBER),
                    creator.id().toString(), FollowService.Action.TOGGLE);
            return db.fetchValue("SELECT current_setting('synchronous_commit')").toString();
        });
        assertThat(inside).isEqualTo("off");
        // ... never for the pooled connection it ran on: hold every connection of the pool at once and
        // ask each (money must keep waiting for the flush)
        for (int i = 0; i < 20; i++) api.post("/api/users/" + creator.id() + "/follow", fan.token(), null);
        List<java.sql.Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) all.add(dataSource.getConnection());
            for (var c : all) {
                try (var st = c.createStatement(); var rs = st.executeQuery("SHOW synchronous_commit")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("on");
                }
            }
        } finally {
            for (var c : all) c.close();
        }
    }

    @Test
    void toggleFollowsThenUnfollows() {
        var fan = fixtures.aMember();
        var creator = fixtures.aCreator();
        var first = api.post("/api/users/" + creator.id() + "/follow", fan.token(), null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("following").booleanValue()).isTrue();
        assertThat(first.json().get("followerCount").intValue()).isEqualTo(1);
        var second = api.post("/api/users/" + creator.username() + "/follow", fan.token(), null);
        assertThat(second.json().get("following").booleanValue()).isFalse();
        assertThat(second.json().get("followerCount").intValue()).isZero();
    }

    @Test
    void putAndDeleteAreIdempotent() {
        var fan = fixtures.aMember();
        var creator = fixtures.aCreator();
        for (int i = 0; i < 3; i++) {
            var r = api.put("/api/users/" + creator.id() + "/follow", fan.token(), null);
            assertThat(r.json().get("following").booleanValue()).isTrue();
            assertThat(r.json().get("followerCount").intValue()).isEqualTo(1);
        }
        assertThat(api.get("/api/users/" + fan.id() + "/profile").json().at("/stats/following").intValue()).isEqualTo(1);
        assertThat(api.get("/api/users/" + creator.id() + "/profile", fan.token()).json().at("/viewer/following").booleanValue()).isTrue();
        for (int i = 0; i < 3; i++) {
            var r = api.delete("/api/users/" + creator.id() + "/follow", fan.token());
            assertThat(r.json().get("following").booleanValue()).isFalse();
            assertThat(r.json().get("followerCount").intValue()).isZero();
        }
    }

    @Test
    void denials() {
        var fan = fixtures.aMember();
        assertThat(api.post("/api/users/" + fan.id() + "/follow", fan.token(), null).status()).isEqualTo(400);
        assertThat(api.post("/api/users/nobody_at_all/follow", fan.token(), null).status()).isEqualTo(404);
        assertThat(api.post("/api/users/" + fan.id() + "/follow", null, null).status()).isEqualTo(401);
        assertThat(api.put("/api/users/" + fan.id() + "/follow", null, null).status()).isEqualTo(401);
    }

    @Test
    void followerListsArePagedNewestFirst() {
        var creator = fixtures.aCreator();
        List<String> fans = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var fan = fixtures.aMember();
            fans.add(fan.username());
            api.put("/api/users/" + creator.id() + "/follow", fan.token(), null);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.get("/api/users/" + creator.id() + "/followers?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(item -> seen.add(item.get("username").stringValue()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").stringValue();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(fans.reversed());
        var following = api.get("/api/users/" + fans.getFirst() + "/following").json();
        assertThat(following.at("/items/0/username").stringValue()).isEqualTo(creator.username());
        assertThat(following.get("nextCursor").isNull()).isTrue();
        assertThat(api.get("/api/users/" + creator.id() + "/followers?cursor=garbage").status()).isEqualTo(400);
    }

    @Test
    void aFollowBurstNotifiesOnce() {
        var fan = fixtures.aMember();
        var creator = fixtures.aCreator();
        for (int i = 0; i < 3; i++) {
            api.put("/api/users/" + creator.id() + "/follow", fan.token(), null);
            api.delete("/api/users/" + creator.id() + "/follow", fan.token());
        }
        api.put("/api/users/" + creator.id() + "/follow", fan.token(), null);
        assertThat(fixtures.db().fetchCount(NOTIFICATIONS, NOTIFICATIONS.USER_ID.eq(creator.id()))).isEqualTo(1);
    }
}
