package com.teezu.profiles.notifications;

import com.teezu.profiles.db.enums.ContentVisibility;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A creator is told (stored, for when she was away) about each gift, unlock and new subscriber, with who it was; a retry tells her once. */
@IntegrationTest
class CreatorNotificationsIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void giftsUnlocksAndNewSubscribersAreStoredForTheCreatorWithTheFan() {
        var creator = fixtures.aCreator();
        var fan = fixtures.aMember();
        fixtures.giveTokens(fan.id(), 1000);
        UUID post = fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now());
        String giftKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) { // the same key twice: one gift, one notification
            var sent = api.send("POST", "/api/users/" + creator.username() + "/gifts", fan.token(), Map.of("type", "rose"),
                    Map.of("Idempotency-Key", giftKey));
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        }
        var unlocked = api.send("POST", "/api/content/" + post + "/unlock", fan.token(), null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        var subscribed = api.post("/api/users/" + creator.username() + "/subscription", fan.token(), null);
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
        // stopping and resuming a paid-up subscription is no new subscriber
        api.delete("/api/users/" + creator.username() + "/subscription", fan.token());
        api.post("/api/users/" + creator.username() + "/subscription", fan.token(), null);

        JsonNode page = api.get("/api/notifications", creator.token()).json();
        List<String> types = new ArrayList<>();
        for (JsonNode n : page.get("items")) {
            types.add(n.get("type").stringValue());
            assertThat(n.at("/from/username").stringValue()).isEqualTo(fan.username());
        }
        assertThat(types).containsExactlyInAnyOrder("gift_received", "content_unlocked", "new_subscriber");
        assertThat(page.get("unread").intValue()).isEqualTo(3);
        // the fan himself is told nothing of it
        assertThat(api.get("/api/notifications", fan.token()).json().get("items")).isEmpty();
    }
}
