package com.teezu.profiles.profile;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LiveAndQuizIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void streamHoursAreTheSumOfTheSessions() {
        var creator = fixtures.aCreator();
        String live = "/api/users/" + creator.id() + "/live";
        assertThat(api.post(live, creator.token(), Map.of("live", true)).json().get("live").booleanValue()).isTrue();
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/user/isLive").booleanValue()).isTrue();
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/user/teezer/status").stringValue()).isEqualTo("live");
        clock.advance(Duration.ofMinutes(30));
        api.post(live, creator.token(), Map.of("live", true)); // going live twice changes nothing
        clock.advance(Duration.ofMinutes(60));
        var off = api.post(live, creator.token(), Map.of("live", false));
        assertThat(off.json().get("streamHours").decimalValue()).isEqualByComparingTo("1.5");
        clock.advance(Duration.ofMinutes(10));
        api.post(live, creator.token(), Map.of("live", false)); // stopping when offline changes nothing
        api.post(live, creator.token(), Map.of("live", true));
        clock.advance(Duration.ofMinutes(36));
        var second = api.post(live, creator.token(), Map.of("live", false));
        assertThat(second.json().get("streamHours").decimalValue()).isEqualByComparingTo("2.1");
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/stats/streamHours").decimalValue())
                .isEqualByComparingTo("2.1");
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/user/isLive").booleanValue()).isFalse();
    }

    @Test
    void theQuizScoresOnTheServer() {
        var member = fixtures.aMember();
        assertThat(api.get("/api/dna-quiz").json().size()).isGreaterThanOrEqualTo(10);
        Map<String, String> allA = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) allA.put("q" + i, "a");
        var r = api.post("/api/users/me/dna-quiz", member.token(), Map.of("answers", allA));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/dnaScores/dominant").intValue()).isEqualTo(100);
        var own = api.get("/api/users/me/profile", member.token()).json();
        assertThat(own.at("/fantasyProfile/dnaScores/dominant").intValue()).isEqualTo(100);

        Map<String, String> incomplete = new LinkedHashMap<>(allA);
        incomplete.remove("q3");
        incomplete.put("q4", "z");
        incomplete.put("q99", "a");
        var bad = api.post("/api/users/me/dna-quiz", member.token(), Map.of("answers", incomplete));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("answers.q3", "answers.q4", "answers.q99");
        var other = fixtures.aMember();
        assertThat(api.post("/api/users/" + other.id() + "/dna-quiz", member.token(), Map.of("answers", allA)).status()).isEqualTo(403);
    }

    @Test
    void likesAreIdempotentAndCountedForTheCreator() {
        var creator = fixtures.aCreator();
        var fan = fixtures.aMember();
        var item = fixtures.publish(creator.id(), com.teezu.profiles.db.enums.ContentVisibility.public_, java.time.OffsetDateTime.now());
        for (int i = 0; i < 2; i++) {
            var r = api.put("/api/content/" + item + "/like", fan.token(), null);
            assertThat(r.json().get("likes").intValue()).isEqualTo(1);
        }
        var p = api.get("/api/users/" + creator.id() + "/profile", fan.token()).json();
        assertThat(p.at("/stats/likes").longValue()).isEqualTo(1);
        assertThat(p.at("/contentGrid/0/liked").booleanValue()).isTrue();
        for (int i = 0; i < 2; i++) {
            assertThat(api.delete("/api/content/" + item + "/like", fan.token()).json().get("likes").intValue()).isZero();
        }
        assertThat(api.get("/api/users/" + creator.id() + "/profile").json().at("/stats/likes").longValue()).isZero();
        assertThat(api.put("/api/content/" + java.util.UUID.randomUUID() + "/like", fan.token(), null).status()).isEqualTo(404);
        assertThat(api.put("/api/content/" + item + "/like", null, null).status()).isEqualTo(401);
    }

    @Test
    void staffRecountRepairsDrift() {
        var creator = fixtures.aCreator();
        fixtures.db().update(com.teezu.profiles.db.Tables.USER_STATS)
                .set(com.teezu.profiles.db.Tables.USER_STATS.FOLLOWER_COUNT, 77)
                .where(com.teezu.profiles.db.Tables.USER_STATS.USER_ID.eq(creator.id())).execute();
        var r = api.post("/api/admin/recount", fixtures.sessionFor("sofie"), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("drifted").intValue()).isEqualTo(1);
        assertThat(r.json().at("/drift/0/counter").stringValue()).isEqualTo("user_stats.follower_count");
        assertThat(r.json().at("/drift/0/was").longValue()).isEqualTo(77);
        assertThat(r.json().at("/drift/0/now").longValue()).isZero();
    }
}
