package com.teezu.profiles.teezer;

import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.Fixtures.TestUser;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.teezu.profiles.db.Tables.TEEZER_PERSONAS;
import static com.teezu.profiles.db.Tables.TEEZER_REPLIES;
import static org.assertj.core.api.Assertions.assertThat;

/** The creator's Teezer inputs: each bad one a 400 problem naming its field, and nothing stored; others' entries are not hers. */
@IntegrationTest
class TeezerStudioIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    Map<String, Object> entry(String prompt, String answer) {
        Map<String, Object> e = new HashMap<>();
        e.put("prompt", prompt);
        e.put("answer", answer);
        return e;
    }

    void badRequest(Api.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").stringValue())).contains(field);
    }

    @Test
    void badEntriesAndPersonasAreRefusedWithTheirFieldAndChangeNothing() {
        TestUser lena = fixtures.aCreator();
        api.put("/api/users/me/teezer/persona", lena.token(), Map.of("tone", "warm", "boundaries", "", "bannedTopics", List.of("politics")));
        String replies = "/api/users/me/teezer/replies";
        badRequest(api.post(replies, lena.token(), entry("hi", "")), "answer");
        badRequest(api.post(replies, lena.token(), entry("hi", "x".repeat(601))), "answer");
        badRequest(api.post(replies, lena.token(), entry("x".repeat(601), "Hi!")), "prompt");
        badRequest(api.post(replies, lena.token(), entry("", "Hi!")), "prompt");
        badRequest(api.post(replies, lena.token(), entry("one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven", "Hi!")), "prompt");
        badRequest(api.post(replies, lena.token(), entry("hi", "Hi {fan}, that is {price}")), "answer");
        badRequest(api.post(replies, lena.token(), entry("hi", "I like schoolgirl role play")), "answer");
        badRequest(api.post(replies, lena.token(), entry("hi", "Let's talk Politics")), "answer");
        badRequest(api.post(replies, lena.token(), Map.of("prompt", "hi", "answer", "Hi", "kind", "sales")), "kind");
        badRequest(api.post(replies, lena.token(), Map.of("prompt", "hi", "answer", "Hi", "price", 5)), "price");
        badRequest(api.post(replies, lena.token(), entry("hi", "Hi\u0000there")), "answer");
        assertThat(fixtures.db().fetchCount(TEEZER_REPLIES, TEEZER_REPLIES.CREATOR_ID.eq(lena.id()))).isZero();

        String persona = "/api/users/me/teezer/persona";
        badRequest(api.put(persona, lena.token(), Map.of("tone", "warm", "boundaries", "", "bannedTopics", List.of(), "mood", "x")), "mood");
        badRequest(api.put(persona, lena.token(), Map.of("tone", "x".repeat(301), "boundaries", "", "bannedTopics", List.of())), "tone");
        badRequest(api.put(persona, lena.token(), Map.of("tone", "warm", "boundaries", "", "bannedTopics", List.of(" "))), "bannedTopics[0]");
        badRequest(api.put(persona, lena.token(), Map.of("tone", "warm", "boundaries", "")), "bannedTopics");
        assertThat(fixtures.db().select(TEEZER_PERSONAS.TONE).from(TEEZER_PERSONAS).where(TEEZER_PERSONAS.CREATOR_ID.eq(lena.id()))
                .fetchOne(TEEZER_PERSONAS.TONE)).isEqualTo("warm");
        badRequest(api.post("/api/users/me/teezer/try", lena.token(), Map.of("text", "")), "text");
    }

    @Test
    void anEntryIsOnlyItsCreatorsAndOnlyCreatorsHaveABank() {
        TestUser lena = fixtures.aCreator();
        TestUser mia = fixtures.aCreator();
        var added = api.post("/api/users/me/teezer/replies", lena.token(), Map.of("kind", "greeting", "prompt", "hi", "answer", "Hi {fan}!",
                "explicit", false));
        assertThat(added.status()).isEqualTo(201);
        String id = added.json().get("id").stringValue();
        assertThat(added.json().get("kind").stringValue()).isEqualTo("greeting");
        assertThat(api.put("/api/users/me/teezer/replies/" + id, mia.token(), Map.of("prompt", "hi", "answer", "Mine now")).status()).isEqualTo(404);
        assertThat(api.delete("/api/users/me/teezer/replies/" + id, mia.token()).status()).isEqualTo(404);
        assertThat(api.delete("/api/users/me/teezer/replies/not-a-uuid", lena.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/users/me/teezer/replies", mia.token()).json().get("items").size()).isZero();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        assertThat(api.post("/api/users/me/teezer/replies", fan.token(), Map.of("prompt", "hi", "answer", "Hi")).status()).isEqualTo(403);
        assertThat(api.post("/api/users/me/teezer/replies", null, Map.of("prompt", "hi", "answer", "Hi")).status()).isEqualTo(401);

        // what would Teezer answer: her entry, its score; a trigger says so
        var tried = api.post("/api/users/me/teezer/try", lena.token(), Map.of("text", "hi there")).json();
        assertThat(tried.get("entryId").stringValue()).isEqualTo(id);
        assertThat(tried.get("answer").stringValue()).isEqualTo("Hi Fan!");
        assertThat(tried.get("score").doubleValue()).isGreaterThan(0.55);
        var trigger = api.post("/api/users/me/teezer/try", lena.token(), Map.of("text", "how much for a custom video?")).json();
        assertThat(trigger.get("handover").stringValue()).isEqualTo("custom_content");
    }

    @Test
    void theStudioAndTheMessagesPagesAreServedAsPagesOfTheApp() {
        for (String path : List.of("/teezer", "/messages", "/messages/00000000-0000-4000-8000-000000000001")) {
            var r = api.send("GET", path, null, null, Map.of("Accept", "text/html"));
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.body()).contains("<div id=\"root\"");
        }
    }
}
