package com.teezu.profiles.messages;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;

/** The direct-message calls the tests make, and the rows they count. */
final class Dm {

    private final Api api;
    private final Fixtures fixtures;

    Dm(Api api, Fixtures fixtures) {
        this.api = api;
        this.fixtures = fixtures;
    }

    static String key() {
        return "k-" + UUID.randomUUID();
    }

    Api.Response write(String token, Object to, String text, String key) {
        return post(token, "/api/users/" + to + "/messages", Map.of("text", text), key);
    }

    /** Writes agreeing to pay at most {@code maxPrice} tokens for it (the price the profile showed). */
    Api.Response write(String token, Object to, String text, String key, Integer maxPrice) {
        Map<String, Object> body = new HashMap<>(Map.of("text", text));
        if (maxPrice != null) body.put("maxPriceTokens", maxPrice);
        return post(token, "/api/users/" + to + "/messages", body, key);
    }

    Api.Response reply(String token, Object conversationId, String text, String key, Integer maxPrice) {
        Map<String, Object> body = new HashMap<>(Map.of("text", text));
        if (maxPrice != null) body.put("maxPriceTokens", maxPrice);
        return post(token, "/api/conversations/" + conversationId + "/messages", body, key);
    }

    Api.Response reply(String token, Object conversationId, String text, String key) {
        return post(token, "/api/conversations/" + conversationId + "/messages", Map.of("text", text), key);
    }

    Api.Response post(String token, String path, Object body, String key) {
        Map<String, String> headers = new HashMap<>();
        if (key != null) headers.put("Idempotency-Key", key);
        return api.send("POST", path, token, body, headers);
    }

    Api.Response unlock(String token, Object messageId, String key) {
        return api.send("POST", "/api/messages/" + messageId + "/unlock", token, null,
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    Api.Response read(String token, Object conversationId, Object upTo) {
        return api.post("/api/conversations/" + conversationId + "/read", token, Map.of("upTo", upTo.toString()));
    }

    Api.Response policy(String token, String whoMayWrite, Integer price) {
        Map<String, Object> body = new HashMap<>();
        body.put("whoMayWrite", whoMayWrite);
        if (price != null) body.put("priceTokens", price);
        return api.patch("/api/users/me/dm-policy", token, body);
    }

    /** A picture uploaded for a message; its id. */
    String upload(String token) throws Exception {
        var r = api.multipart("POST", "/api/media", token, com.teezu.profiles.media.MediaIT.png(40, 30), "p.png", Map.of());
        if (r.status() != 201) throw new IllegalStateException(r.status() + " " + r.body());
        return r.json().get("id").stringValue();
    }

    /** A running subscription, counted like the subscribing path counts it (the recount finds no drift). */
    void subscribe(UUID fan, UUID creator) {
        fixtures.db().transaction(tx -> {
            tx.dsl().insertInto(SUBSCRIPTIONS).set(SUBSCRIPTIONS.SUBSCRIBER_ID, fan).set(SUBSCRIPTIONS.CREATOR_ID, creator)
                    .set(SUBSCRIPTIONS.PRICE_TOKENS, 100).set(SUBSCRIPTIONS.CURRENT_PERIOD_END, OffsetDateTime.now().plusDays(30)).execute();
            tx.dsl().update(USER_STATS).set(USER_STATS.SUBSCRIBER_COUNT, USER_STATS.SUBSCRIBER_COUNT.plus(1))
                    .where(USER_STATS.USER_ID.eq(creator)).execute();
        });
    }

    /** A follow, counted on both sides like the follow path does. */
    void follow(UUID fan, UUID creator) {
        fixtures.db().transaction(tx -> {
            tx.dsl().insertInto(FOLLOWS).set(FOLLOWS.FOLLOWER_ID, fan).set(FOLLOWS.FOLLOWEE_ID, creator).execute();
            tx.dsl().update(USER_STATS).set(USER_STATS.FOLLOWER_COUNT, USER_STATS.FOLLOWER_COUNT.plus(1))
                    .where(USER_STATS.USER_ID.eq(creator)).execute();
            tx.dsl().update(USER_STATS).set(USER_STATS.FOLLOWING_COUNT, USER_STATS.FOLLOWING_COUNT.plus(1))
                    .where(USER_STATS.USER_ID.eq(fan)).execute();
        });
    }

    /** Rows that a refused request must not have added: messages, conversations, ledger transactions, uploads, unlocks. */
    Map<String, Integer> rows() {
        var db = fixtures.db();
        return Map.of("messages", db.fetchCount(MESSAGES), "conversations", db.fetchCount(CONVERSATIONS),
                "ledger", db.fetchCount(LEDGER_TRANSACTIONS), "uploads", db.fetchCount(MESSAGE_UPLOADS),
                "unlocks", db.fetchCount(MESSAGE_UNLOCKS), "notifications", db.fetchCount(NOTIFICATIONS));
    }
}
