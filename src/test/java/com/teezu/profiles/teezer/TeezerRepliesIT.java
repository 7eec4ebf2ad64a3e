package com.teezu.profiles.teezer;

import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.Fixtures.TestUser;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.SocketClients;
import com.teezu.profiles.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static com.teezu.profiles.db.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Teezer answering fans as the creator's AI clone: only while her effective status is {@code teezer},
 * exactly once per fan message, always disclosed, handing over to her on the triggers, pausing when
 * she writes herself, gating explicit entries by consent; the audit is hers and staff's only.
 */
@IntegrationTest
class TeezerRepliesIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;

    TeezerFlow flow;

    @BeforeEach
    void setUp() {
        clock.reset();
        flow = new TeezerFlow(api, fixtures.db());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFansMessageGetsOneTeezerReplyAfterTheAiNoticeBothDisclosedAsAi() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        var ids = flow.teezerOn(lena);

        var turn = flow.ask(fan, lena, "hey there!");
        assertThat(turn.outcome()).isEqualTo("answered");
        assertThat(turn.responder()).isEqualTo("embedded");
        assertThat(turn.model()).isEqualTo(Embeddings.MODEL);
        assertThat(turn.entryId()).hasToString(ids.get("greeting"));
        assertThat(turn.score()).isGreaterThan(0.55);

        var thread = flow.thread(fan, turn.conversationId());
        assertThat(thread).extracting(m -> m.get("authorKind").stringValue()).containsExactly("human", "system", "teezer");
        JsonNode notice = thread.get(1);
        JsonNode reply = thread.get(2);
        assertThat(notice.get("aiGenerated").booleanValue()).isTrue();
        assertThat(notice.get("text").stringValue()).contains("AI clone").contains("not from " + flow.displayName(lena) + " in person");
        assertThat(reply.get("aiGenerated").booleanValue()).isTrue();
        assertThat(reply.at("/sender/id").stringValue()).isEqualTo(lena.id().toString());
        assertThat(reply.get("text").stringValue()).startsWith("Hey " + flow.displayName(fan) + "! Lovely of you to write this ")
                .doesNotContain("{");
        // the fan's view never carries the audit
        assertThat(api.get("/api/conversations/" + turn.conversationId() + "/messages", fan.token()).body())
                .doesNotContain("entryId").doesNotContain("score").doesNotContain("responder").doesNotContain(Embeddings.MODEL);

        // the next answer in this conversation comes without a second notice
        var second = flow.ask(fan, lena, "when is your next stream?");
        assertThat(second.entryId()).hasToString(ids.get("live"));
        assertThat(flow.thread(fan, turn.conversationId())).extracting(m -> m.get("authorKind").stringValue())
                .containsExactly("human", "system", "teezer", "human", "teezer");
        assertThat(flow.text(second.replyId())).startsWith("My next live show is ").doesNotContain("{nextLive}");
    }

    @Test
    void theNoticeComesAgainAfterThreeHoursOfChat() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        flow.teezerOn(lena);
        var first = flow.ask(fan, lena, "hello");
        var t = TEEZER_THREADS;
        fixtures.db().update(t).set(t.NOTICE_AT, t.NOTICE_AT.minus(org.jooq.impl.DSL.field("interval '3 hours 1 minute'", Object.class)))
                .where(t.CONVERSATION_ID.eq(first.conversationId())).execute();
        flow.ask(fan, lena, "hi again");
        assertThat(flow.thread(fan, first.conversationId())).extracting(m -> m.get("authorKind").stringValue())
                .containsExactly("human", "system", "teezer", "human", "system", "teezer");
    }

    @Test
    void aRetriedSendIsAnsweredOnceEvenWhenTheRetriesRace() throws Exception {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        flow.teezerOn(lena);
        String key = TeezerFlow.key();
        List<Callable<Api.Response>> sends = new ArrayList<>();
        for (int i = 0; i < 8; i++) sends.add(() -> flow.write(fan, lena, "hi there", key));
        Set<String> ids = new HashSet<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var f : pool.invokeAll(sends)) {
                var r = f.get();
                assertThat(r.status()).as(r.body()).isIn(200, 201);
                ids.add(r.json().get("id").stringValue());
            }
        }
        assertThat(ids).hasSize(1);
        UUID message = UUID.fromString(ids.iterator().next());
        var turn = flow.turnOn(message);
        assertThat(turn.outcome()).isEqualTo("answered");
        // and a retry after the answer changes nothing either
        assertThat(flow.write(fan, lena, "hi there", key).status()).isIn(200, 201);
        assertThat(flow.teezerRepliesTo(message)).isEqualTo(1);
        assertThat(flow.thread(fan, turn.conversationId())).extracting(m -> m.get("authorKind").stringValue())
                .containsExactly("human", "system", "teezer");
    }

    @Test
    void noReplyWhileLiveOrOfflineNorRightAfterGoingLive() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        // offline: no switch, no schedule
        var offline = flow.write(fan, lena, "hello?", TeezerFlow.key());
        assertThat(offline.status()).isEqualTo(201);
        assertThat(flow.queued(UUID.fromString(offline.json().get("id").stringValue()))).isFalse();

        flow.teezerOn(lena);
        assertThat(api.post("/api/users/" + lena.id() + "/live", lena.token(), Map.of("live", true)).status()).isEqualTo(200);
        var live = flow.write(fan, lena, "hello, are you there?", TeezerFlow.key());
        assertThat(flow.queued(UUID.fromString(live.json().get("id").stringValue()))).isFalse();

        // the stream ends: Teezer (the switch is still on) answers again
        assertThat(api.post("/api/users/" + lena.id() + "/live", lena.token(), Map.of("live", false)).status()).isEqualTo(200);
        assertThat(flow.ask(fan, lena, "hi").outcome()).isEqualTo("answered");
        assertThat(flow.teezerRepliesTo(UUID.fromString(offline.json().get("id").stringValue()))).isZero();
        assertThat(flow.teezerRepliesTo(UUID.fromString(live.json().get("id").stringValue()))).isZero();
    }

    @Test
    void aScheduledTeezerSlotAnswersUntilItsLastMinuteAndNotAfter() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        flow.teezerOn(lena);
        api.patch("/api/users/" + lena.id() + "/teezer", lena.token(), Map.of("active", false));
        LocalTime now = clock.instant().atZone(ZoneOffset.UTC).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        String day = clock.instant().atZone(ZoneOffset.UTC).getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                java.util.Locale.ENGLISH).toLowerCase();
        LocalTime start = now.isBefore(LocalTime.of(1, 0)) ? LocalTime.MIDNIGHT : now.minusHours(1);
        LocalTime end = now.plusMinutes(2);
        var schedule = Map.of("timezone", "UTC", "days", Map.of(day, List.of(Map.of("start", start.toString(), "end", end.toString(),
                "mode", "teezer"))));
        var patched = api.patch("/api/users/" + lena.id() + "/profile", lena.token(), Map.of("streamingSchedule", schedule));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);

        assertThat(flow.ask(fan, lena, "hello").outcome()).isEqualTo("answered");
        // one minute past the slot's end: offline, nothing queued
        clock.advance(Duration.ofMinutes(3));
        var after = flow.write(fan, lena, "hello again", TeezerFlow.key());
        assertThat(flow.queued(UUID.fromString(after.json().get("id").stringValue()))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "how much for a custom video just for me?|custom_content|passed your message on",
            "what do your pictures cost in euros|money|passed your message on",
            "can we meet up in Amsterdam this weekend?|meeting|can't make any plans to meet",
            "is this really you or a bot?|really_you|AI clone, not",
            "ben jij het echt?|really_you|AI clone, not",
            "I want to kill myself tonight|crisis|113",
            "ik wil niet meer leven|crisis|0800-0113"})
    void eachTriggerHandsTheConversationToTheCreatorAndTeezerStaysOut(String text, String reason, String replyHas) throws Exception {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        flow.teezerOn(lena);
        try (var sockets = new SocketClients()) {
            String lenaSocket = sockets.connect(api.get("/api/realtime").json().get("url").stringValue(), lena.token(), List.of("websocket"));
            var turn = flow.ask(fan, lena, text);
            assertThat(turn.outcome()).isEqualTo("handed_over");
            assertThat(turn.handover()).isEqualTo(reason);
            assertThat(turn.responder()).isEqualTo("fixed");
            String reply = flow.text(turn.replyId());
            assertThat(reply).contains(replyHas);
            if (reason.equals("crisis")) {
                assertThat(reply).contains("findahelpline.com").contains("112");
                assertThat(reply.toLowerCase()).doesNotContain("subscri").doesNotContain("token").doesNotContain("unlock")
                        .doesNotContain("stream").doesNotContain("€");
            }
            // the creator is told: stored and live
            sockets.awaitEvent(lenaSocket, "notification:new", d -> d.get("type").stringValue().equals("teezer_handover")
                    && d.at("/from/id").stringValue().equals(fan.id().toString()), TeezerFlow.WITHIN);
            assertThat(fixtures.db().fetchExists(NOTIFICATIONS, NOTIFICATIONS.USER_ID.eq(lena.id())
                    .and(NOTIFICATIONS.TYPE.eq("teezer_handover")).and(NOTIFICATIONS.ACTOR_ID.eq(fan.id())))).isTrue();
        }
        // Teezer stays out until she takes it
        var next = flow.ask(fan, lena, "hello?");
        assertThat(next.outcome()).isEqualTo("skipped");
        assertThat(next.skipped()).isEqualTo("handed_over");
        assertThat(next.replyId()).isNull();
        var state = api.get("/api/users/me/teezer/conversations/" + next.conversationId(), lena.token()).json();
        assertThat(state.get("handover").stringValue()).isEqualTo(reason);
        // she hands it back
        var resumed = api.patch("/api/users/me/teezer/conversations/" + next.conversationId(), lena.token(), Map.of("resume", true));
        assertThat(resumed.json().get("handover").isNull()).isTrue();
        assertThat(flow.ask(fan, lena, "hi").outcome()).isEqualTo("answered");
    }

    @Test
    void twoAnswersInARowWithNothingCloseEnoughSendHerAwayLineThenHandOver() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        var ids = flow.teezerOn(lena);
        var first = flow.ask(fan, lena, "The quarterly tax filing deadline for small businesses moved.");
        assertThat(first.outcome()).isEqualTo("answered");
        assertThat(first.entryId()).hasToString(ids.get("away"));
        assertThat(flow.text(first.replyId())).isEqualTo(flow.displayName(lena) + " is away right now, I'm the AI clone. Back soon!");
        var second = flow.ask(fan, lena, "Photosynthesis converts light energy into chemical energy in chloroplasts.");
        assertThat(second.outcome()).isEqualTo("handed_over");
        assertThat(second.handover()).isEqualTo("low_confidence");
        assertThat(flow.text(second.replyId())).contains("is away right now");
    }

    @Test
    void theCreatorWritingHerselfPausesTeezerThereAndTheFanSwitchTurnsItOffForOneFan() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        TestUser other = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        flow.teezerOn(lena);
        var first = flow.ask(fan, lena, "hello");
        assertThat(flow.reply(lena, first.conversationId().toString(), "It's really me now, hi!").status()).isEqualTo(201);
        var paused = flow.ask(fan, lena, "oh hi Lena!");
        assertThat(paused.skipped()).isEqualTo("creator_active");
        var state = api.get("/api/users/me/teezer/conversations/" + first.conversationId(), lena.token()).json();
        assertThat(state.get("pausedUntil").isNull()).isFalse();
        // other fans still get Teezer
        assertThat(flow.ask(other, lena, "hello").outcome()).isEqualTo("answered");

        // she switches Teezer back on here, then off for this one fan
        api.patch("/api/users/me/teezer/conversations/" + first.conversationId(), lena.token(), Map.of("resume", true));
        assertThat(flow.ask(fan, lena, "hello again").outcome()).isEqualTo("answered");
        var off = api.patch("/api/users/me/teezer/conversations/" + first.conversationId(), lena.token(), Map.of("enabled", false));
        assertThat(off.json().get("enabled").booleanValue()).isFalse();
        assertThat(flow.ask(fan, lena, "hi").skipped()).isEqualTo("switched_off");
        // the conversation is hers: the fan cannot read or set its Teezer state
        assertThat(api.get("/api/users/me/teezer/conversations/" + first.conversationId(), fan.token()).status()).isEqualTo(403);
        TestUser stranger = fixtures.aCreator();
        assertThat(api.get("/api/users/me/teezer/conversations/" + first.conversationId(), stranger.token()).status()).isEqualTo(404);
    }

    @Test
    void explicitEntriesOnlyForFansWhoseConsentIsExplicit() {
        TestUser lena = fixtures.aCreator();
        var ids = flow.teezerOn(lena);
        TestUser explicitFan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        TestUser suggestiveFan = fixtures.anAgeVerifiedFan(ConsentLevel.suggestive);
        TestUser vip = fixtures.aVip(); // suggestive

        assertThat(flow.ask(explicitFan, lena, "what are you wearing right now?").entryId()).hasToString(ids.get("explicit"));
        for (TestUser fan : List.of(suggestiveFan, vip)) {
            var turn = flow.ask(fan, lena, "what are you wearing right now?");
            assertThat(turn.entryId()).isNotNull().hasToString(ids.get("away"));
            assertThat(flow.text(turn.replyId())).doesNotContain("pink");
        }
    }

    @Test
    void onlyAgeVerifiedMembersAndVipsAreAnsweredNeverCreatorsOrStaff() {
        TestUser lena = fixtures.aCreator();
        flow.teezerOn(lena);
        TestUser unverified = fixtures.aMember();
        assertThat(flow.write(unverified, lena, "hello", TeezerFlow.key()).status()).isEqualTo(403);
        TestUser creator = fixtures.aCreator();
        var fromCreator = flow.write(creator, lena, "hello colleague", TeezerFlow.key());
        assertThat(fromCreator.status()).isEqualTo(201);
        assertThat(flow.queued(UUID.fromString(fromCreator.json().get("id").stringValue()))).isFalse();
        TestUser staff = fixtures.aStaffMember();
        var fromStaff = flow.write(staff, lena, "hello from trust and safety", TeezerFlow.key());
        assertThat(fromStaff.status()).isEqualTo(201);
        assertThat(flow.queued(UUID.fromString(fromStaff.json().get("id").stringValue()))).isFalse();
    }

    @Test
    void theAuditIsTheCreatorsAndStaffsOnly() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        var ids = flow.teezerOn(lena);
        var answered = flow.ask(fan, lena, "hello");
        flow.ask(fan, lena, "can we meet tonight?");

        var mine = api.get("/api/users/me/teezer/activity", lena.token());
        assertThat(mine.status()).isEqualTo(200);
        var items = mine.json().get("items");
        assertThat(items.size()).isEqualTo(2);
        JsonNode latest = items.get(0);
        assertThat(latest.get("outcome").stringValue()).isEqualTo("handed_over");
        assertThat(latest.get("handover").stringValue()).isEqualTo("meeting");
        JsonNode first = items.get(1);
        assertThat(first.get("responder").stringValue()).isEqualTo("embedded");
        assertThat(first.get("model").stringValue()).isEqualTo(Embeddings.MODEL);
        assertThat(first.get("entryId").stringValue()).isEqualTo(ids.get("greeting"));
        assertThat(first.get("score").doubleValue()).isEqualTo(answered.score(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(first.get("latencyMs").intValue()).isGreaterThanOrEqualTo(0);
        assertThat(first.at("/fan/id").stringValue()).isEqualTo(fan.id().toString());
        assertThat(mine.json().at("/summary/threads").intValue()).isEqualTo(1);
        assertThat(mine.json().at("/summary/handovers/meeting").intValue()).isEqualTo(1);

        TestUser staff = fixtures.aStaffMember();
        assertThat(api.get("/api/users/" + lena.id() + "/teezer/activity", staff.token()).json().get("items").size()).isEqualTo(2);
        assertThat(api.get("/api/users/" + lena.id() + "/teezer/activity", fan.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/users/" + lena.id() + "/teezer/activity", fixtures.aCreator().token()).status()).isEqualTo(403);
        assertThat(api.get("/api/users/" + lena.id() + "/teezer/activity", null).status()).isEqualTo(401);
        // nor do a fan's own calls reveal her persona or bank
        assertThat(api.get("/api/users/me/teezer/replies", fan.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/users/me/teezer/persona", fan.token()).status()).isEqualTo(403);
    }
}
