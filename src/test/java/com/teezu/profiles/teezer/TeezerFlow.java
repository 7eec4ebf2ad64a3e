package com.teezu.profiles.teezer;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures.TestUser;
import org.jooq.DSLContext;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The calls and rows the Teezer tests share: a creator with a small reply bank, fans writing to her, what came back. */
final class TeezerFlow {

    static final Duration WITHIN = Duration.ofSeconds(15);

    static final String GREETING = "Hey {fan}! Lovely of you to write this {timeOfDay}.";
    static final String LIVE = "My next live show is {nextLive}, see you there!";
    static final String EXPLICIT = "Something very small and very pink, come and see 😈";
    static final String AWAY = "{creator} is away right now, I'm the AI clone. Back soon!";

    private final Api api;
    private final DSLContext db;

    TeezerFlow(Api api, DSLContext db) {
        this.api = api;
        this.db = db;
    }

    static String key() {
        return "k-" + UUID.randomUUID();
    }

    /** Her Teezer switch on and a small bank: a greeting, her live times, an explicit answer and an away line. */
    Map<String, String> teezerOn(TestUser creator) {
        assertThat(api.patch("/api/users/" + creator.id() + "/teezer", creator.token(), Map.of("active", true)).status()).isEqualTo(200);
        Map<String, String> ids = new HashMap<>();
        ids.put("greeting", entry(creator, "greeting", "hi\nhello\nhey there", GREETING, false));
        ids.put("live", entry(creator, "answer", "when are you live next\nwhen is your next stream", LIVE, false));
        ids.put("explicit", entry(creator, "answer", "what are you wearing\nwhat do you have on", EXPLICIT, true));
        ids.put("away", entry(creator, "away", "", AWAY, false));
        return ids;
    }

    String entry(TestUser creator, String kind, String prompt, String answer, boolean explicit) {
        var r = api.post("/api/users/me/teezer/replies", creator.token(),
                Map.of("kind", kind, "prompt", prompt, "answer", answer, "explicit", explicit));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").stringValue();
    }

    Api.Response write(TestUser fan, TestUser creator, String text, String key) {
        return api.send("POST", "/api/users/" + creator.id() + "/messages", fan.token(), Map.of("text", text), Map.of("Idempotency-Key", key));
    }

    Api.Response reply(TestUser who, String conversationId, String text) {
        return api.send("POST", "/api/conversations/" + conversationId + "/messages", who.token(), Map.of("text", text),
                Map.of("Idempotency-Key", key()));
    }

    /** Writes and waits for Teezer's turn on it (answered, handed over or skipped); the turn's row. */
    Turn ask(TestUser fan, TestUser creator, String text) {
        var sent = write(fan, creator, text, key());
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return turnOn(UUID.fromString(sent.json().get("id").stringValue()));
    }

    record Turn(UUID fanMessageId, UUID conversationId, String outcome, String responder, String model, UUID entryId, Double score,
                int latencyMs, String fallback, String handover, String skipped, UUID replyId) {
    }

    Turn turnOn(UUID fanMessageId) {
        var t = TEEZER_TURNS;
        return await().atMost(WITHIN).until(() -> db.selectFrom(t).where(t.FAN_MESSAGE_ID.eq(fanMessageId))
                .fetchOptional(r -> new Turn(r.getFanMessageId(), r.getConversationId(), r.getOutcome(), r.getResponder(), r.getModel(),
                        r.getEntryId(), r.getScore() == null ? null : r.getScore().doubleValue(), r.getLatencyMs(), r.getFallback(),
                        r.getHandover(), r.getSkipped(), r.getReplyId())), java.util.Optional::isPresent).orElseThrow();
    }

    /** The conversation as the reader sees it, oldest first. */
    List<JsonNode> thread(TestUser reader, Object conversationId) {
        var r = api.get("/api/conversations/" + conversationId + "/messages?limit=50", reader.token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.json().get("items").forEach(items::add);
        java.util.Collections.reverse(items);
        return items;
    }

    int teezerRepliesTo(UUID fanMessageId) {
        return db.fetchCount(MESSAGES, MESSAGES.REPLY_TO.eq(fanMessageId));
    }

    boolean queued(UUID fanMessageId) {
        return db.fetchExists(TEEZER_JOBS, TEEZER_JOBS.MESSAGE_ID.eq(fanMessageId))
                || db.fetchExists(TEEZER_TURNS, TEEZER_TURNS.FAN_MESSAGE_ID.eq(fanMessageId));
    }

    String text(UUID messageId) {
        return db.select(MESSAGES.TEXT).from(MESSAGES).where(MESSAGES.ID.eq(messageId)).fetchOne(MESSAGES.TEXT);
    }

    String displayName(TestUser user) {
        return db.select(USERS.DISPLAY_NAME).from(USERS).where(USERS.ID.eq(user.id())).fetchOne(USERS.DISPLAY_NAME);
    }
}
