package com.teezu.profiles.profile;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.LeakScanner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Explore: creators only, those live now first, searched by a part of the name; public data only; bad input is a 400 problem. */
@IntegrationTest
class ExploreIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    List<String> usernames(JsonNode view) {
        List<String> names = new ArrayList<>();
        for (JsonNode c : view.get("creators")) names.add(c.get("username").stringValue());
        return names;
    }

    @Test
    void creatorsLiveNowComeFirstAndNothingPrivateIsShown() {
        var live = fixtures.aCreator();
        api.post("/api/users/" + live.username() + "/live", live.token(), Map.of("live", true));
        var r = api.get("/api/explore");
        assertThat(r.status()).isEqualTo(200);
        JsonNode creators = r.json().get("creators");
        assertThat(creators.size()).isBetween(1, 24);
        boolean seenOffline = false;
        for (JsonNode c : creators) {
            if (!c.get("isLive").booleanValue()) seenOffline = true;
            else assertThat(seenOffline).as("a live creator after an offline one: " + c).isFalse();
        }
        assertThat(usernames(r.json())).doesNotContain("sam", "sofie", "victor", "newbie"); // creators only
        assertThat(LeakScanner.keysIn(r.body(), LeakScanner.PRIVATE_KEYS)).isEmpty();
        assertThat(LeakScanner.keysIn(r.body(), LeakScanner.FANTASY_KEYS)).isEmpty();
        api.post("/api/users/" + live.username() + "/live", live.token(), Map.of("live", false));
    }

    @Test
    void searchMatchesAPartOfTheNameOrHandleInAnyCaseAndWildcardsAreLiteral() {
        assertThat(usernames(api.get("/api/explore?q=LOVELY").json())).containsExactly("lovelylena");
        assertThat(usernames(api.get("/api/explore?q=%20lena%20").json())).contains("lovelylena");
        assertThat(usernames(api.get("/api/explore?q=%25").json())).isEmpty();
        assertThat(usernames(api.get("/api/explore?q=_").json())).doesNotContain("lovelylena");
    }

    @Test
    void aTooLongOrControlCharacterQueryIsAProblem() {
        for (String q : new String[]{"x".repeat(65), "a%00b"}) {
            var r = api.get("/api/explore?q=" + q);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().at("/errors/0/field").stringValue()).isEqualTo("q");
        }
    }
}
