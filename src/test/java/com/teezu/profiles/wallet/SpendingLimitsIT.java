package com.teezu.profiles.wallet;

import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A fan's own spending limits: lowering is immediate, raising waits 24 h, and they hold under concurrent spends. */
@IntegrationTest
class SpendingLimitsIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    Api.Response gift(Fixtures.TestUser fan, Fixtures.TestUser creator, String type) {
        return api.send("POST", "/api/users/" + creator.id() + "/gifts", fan.token(), Map.of("type", type),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    @Test
    void aLowerLimitAppliesAtOnceAHigherOneAfter24Hours() {
        var fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        var set = api.patch("/api/wallet/limits", fan.token(), Map.of("daily", 100, "monthly", 1000));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().at("/daily/tokens").longValue()).isEqualTo(100);
        assertThat(set.json().at("/monthly/tokens").longValue()).isEqualTo(1000);

        var raised = api.patch("/api/wallet/limits", fan.token(), Map.of("daily", 500));
        assertThat(raised.json().at("/daily/tokens").longValue()).isEqualTo(100); // still in force
        assertThat(raised.json().at("/daily/next").longValue()).isEqualTo(500);
        var from = OffsetDateTime.parse(raised.json().at("/daily/nextFrom").stringValue());
        assertThat(from).isAfter(OffsetDateTime.now().plusHours(23)).isBefore(OffsetDateTime.now().plusHours(25));
        assertThat(raised.json().at("/monthly/tokens").longValue()).isEqualTo(1000); // left out: kept

        Map<String, Object> clear = new HashMap<>();
        clear.put("monthly", null);
        var cleared = api.patch("/api/wallet/limits", fan.token(), clear);
        assertThat(cleared.json().at("/monthly/tokens").longValue()).isEqualTo(1000); // clearing is a raise: it waits too
        assertThat(cleared.json().at("/monthly/nextFrom").isNull()).isFalse();

        var lowered = api.patch("/api/wallet/limits", fan.token(), Map.of("daily", 40));
        assertThat(lowered.json().at("/daily/tokens").longValue()).isEqualTo(40);
        assertThat(lowered.json().at("/daily/next").isNull()).isTrue(); // the waiting raise is dropped
        assertThat(api.get("/api/wallet", fan.token()).json().at("/limits/daily/tokens").longValue()).isEqualTo(40);

        var bad = api.patch("/api/wallet/limits", fan.token(), Map.of("daily", 0, "monthly", "ten"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(api.patch("/api/wallet/limits", null, Map.of("daily", 5)).status()).isEqualTo(401);
    }

    @Test
    void aDailyLimitHoldsUnderConcurrentSpends() throws Exception {
        var fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        var creator = fixtures.aCreator();
        fixtures.giveTokens(fan.id(), 5_000);
        assertThat(api.patch("/api/wallet/limits", fan.token(), Map.of("daily", 150)).status()).isEqualTo(200);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 24; i++) answers.add(pool.submit((Callable<Api.Response>) () -> gift(fan, creator, "rose")));
        }
        int ok = 0;
        for (var f : answers) {
            var r = f.get();
            if (r.status() == 200) ok++;
            else {
                assertThat(r.status()).isEqualTo(403);
                assertThat(r.json().get("type").stringValue()).isEqualTo("urn:teezu:problem:spending-limit-reached");
                assertThat(r.json().get("period").stringValue()).isEqualTo("daily");
                assertThat(r.json().get("limitTokens").longValue()).isEqualTo(150);
            }
        }
        assertThat(ok).isEqualTo(7); // 7 roses of 20 = 140; an 8th would make 160
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(5_000 - 140);
        var wallet = api.get("/api/wallet", fan.token()).json();
        assertThat(wallet.at("/limits/daily/spent").longValue()).isEqualTo(140);
        var refused = gift(fan, creator, "rose");
        assertThat(refused.json().get("remainingTokens").longValue()).isEqualTo(10);
    }

    @Test
    void aPurchaseBeyondTheLimitIsRefused() {
        var fan = fixtures.aMember();
        assertThat(api.patch("/api/wallet/limits", fan.token(), Map.of("monthly", 500)).status()).isEqualTo(200);
        String big = null;
        for (var p : api.get("/api/wallet/packages").json()) if (p.get("tokens").intValue() == 550) big = p.get("id").stringValue();
        var r = api.post("/api/wallet/purchases", fan.token(), Map.of("packageId", big));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("type").stringValue()).isEqualTo("urn:teezu:problem:spending-limit-reached");
        assertThat(r.json().get("period").stringValue()).isEqualTo("monthly");
    }
}
