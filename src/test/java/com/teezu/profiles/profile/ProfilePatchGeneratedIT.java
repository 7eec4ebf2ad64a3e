package com.teezu.profiles.profile;

import com.teezu.profiles.fantasy.FantasyCatalog;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.test.context.TestContextManager;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bodies (jqwik properties with fixed seeds, run against the shared Spring test app):
 * 600 valid PATCHes must be stored exactly as sent; 600 invalid ones must answer 400 with field
 * errors and leave the stored profile unchanged.
 */
@IntegrationTest
class ProfilePatchGeneratedIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    static final java.util.concurrent.atomic.AtomicInteger CHECKED = new java.util.concurrent.atomic.AtomicInteger();

    Random random;
    Fixtures.TestUser creator;
    String before;

    /** jqwik runs this class, not Spring's JUnit extension: let Spring's test context inject it. */
    @BeforeProperty
    void spring() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
        creator = fixtures.aCreator();
        before = api.get("/api/users/me/profile", creator.token()).json().toString();
    }

    @Provide
    Arbitrary<Map<String, Object>> validBodies() {
        return Arbitraries.randomValue(r -> {
            random = r;
            return validBody();
        });
    }

    @Provide
    Arbitrary<Map<String, Object>> invalidBodies() {
        return Arbitraries.randomValue(r -> {
            random = r;
            Map<String, Object> body = validBody();
            breakers.get(random.nextInt(breakers.size())).accept(body);
            if (random.nextInt(4) == 0) breakers.get(random.nextInt(breakers.size())).accept(body);
            return body;
        });
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static final List<String> GLYPHS = List.of("a", "b", "Z", "é", "ß", "Ж", "中", "🔥", "✨", "😈", " ", "-", "'", "9", "!");

    String text(int min, int max) {
        while (true) {
            int n = min + random.nextInt(max - min + 1);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.append(pick(GLYPHS));
            if (!sb.toString().isBlank() || min == 0) return sb.toString();
        }
    }

    List<String> someOf(List<String> values, int max) {
        List<String> copy = new ArrayList<>(values);
        java.util.Collections.shuffle(copy, random);
        return new ArrayList<>(copy.subList(0, random.nextInt(Math.min(max, copy.size()) + 1)));
    }

    Map<String, Object> validBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (random.nextBoolean()) body.put("displayName", text(1, 64));
        if (random.nextBoolean()) body.put("bio", random.nextInt(5) == 0 ? null : text(0, 60).replace("!", "\n"));
        if (random.nextBoolean()) body.put("location", random.nextInt(5) == 0 ? null : text(1, 64));
        if (random.nextBoolean()) body.put("currentMood", random.nextInt(5) == 0 ? null
                : pick(List.of("spicy", "flirty", "playful", "chill", "romantic", "mysterious", "sleepy")));
        if (random.nextBoolean()) body.put("teezerActive", random.nextBoolean());
        if (random.nextBoolean()) {
            Map<String, Object> fantasy = new LinkedHashMap<>();
            Map<String, Object> dna = new LinkedHashMap<>();
            for (String d : FantasyCatalog.DNA_DIMENSIONS) dna.put(d, random.nextInt(101));
            fantasy.put("dnaScores", dna);
            fantasy.put("kinks", someOf(FantasyCatalog.keys(FantasyCatalog.KINKS), 6));
            fantasy.put("intent", someOf(FantasyCatalog.keys(FantasyCatalog.INTENTS), 3));
            fantasy.put("availability", someOf(FantasyCatalog.keys(FantasyCatalog.AVAILABILITY), 3));
            fantasy.put("consentLevel", random.nextBoolean() ? "suggestive" : "explicit");
            body.put("fantasyProfile", fantasy);
        }
        if (random.nextBoolean()) body.put("streamingSchedule", schedule());
        return body;
    }

    Map<String, Object> schedule() {
        Map<String, Object> days = new LinkedHashMap<>();
        for (String day : List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun")) {
            if (random.nextInt(3) == 0) continue;
            TreeSet<Integer> points = new TreeSet<>();
            int pairs = 1 + random.nextInt(3);
            while (points.size() < pairs * 2) points.add(random.nextInt(48)); // half hours, within the day
            List<Integer> p = new ArrayList<>(points);
            List<Map<String, String>> slots = new ArrayList<>();
            for (int i = 0; i < p.size(); i += 2) {
                slots.add(Map.of("start", hhmm(p.get(i)), "end", hhmm(p.get(i + 1)),
                        "mode", pick(List.of("teezer", "live", "offline"))));
            }
            days.put(day, slots);
        }
        return Map.of("timezone", pick(List.of("Europe/Amsterdam", "UTC", "Asia/Tokyo", "America/Sao_Paulo")), "days", days);
    }

    static String hhmm(int halfHours) {
        return String.format("%02d:%02d", halfHours / 2, (halfHours % 2) * 30);
    }

    /** One way to break a body; each leaves at least one field error. */
    final List<Consumer<Map<String, Object>>> breakers = List.of(
            b -> b.put("displayName", ""),
            b -> b.put("displayName", "   "),
            b -> b.put("displayName", "x".repeat(65)),
            b -> b.put("displayName", "bell\u0007"),
            b -> b.put("displayName", null),
            b -> b.put("displayName", 5),
            b -> b.put("bio", "y".repeat(501)),
            b -> b.put("bio", "nul\u0000byte"),
            b -> b.put("location", "z".repeat(65)),
            b -> b.put("currentMood", "grumpy"),
            b -> b.put("currentMood", 7),
            b -> b.put("teezerActive", "yes"),
            b -> b.put("role", "staff"),
            b -> b.put("isLive", true),
            b -> b.put("isVerified", true),
            b -> b.put("followers", 1_000_000),
            b -> b.put("fantasyProfile", Map.of("dnaScores", dna("kinky", 101))),
            b -> b.put("fantasyProfile", Map.of("dnaScores", dna("voyeur", -1))),
            b -> b.put("fantasyProfile", Map.of("dnaScores", dna("romantic", 1.5))),
            b -> b.put("fantasyProfile", Map.of("dnaScores", dna("dominant", "50"))),
            b -> b.put("fantasyProfile", Map.of("dnaScores", Map.of("dominant", 1))),
            b -> b.put("fantasyProfile", Map.of("kinks", List.of("teasing", "teasing"))),
            b -> b.put("fantasyProfile", Map.of("kinks", List.of("not_a_kink"))),
            b -> b.put("fantasyProfile", Map.of("kinks", "teasing")),
            b -> b.put("fantasyProfile", Map.of("consentLevel", "none")),
            b -> b.put("fantasyProfile", Map.of("mood", "x")),
            b -> b.put("fantasyProfile", "yes"),
            b -> b.put("streamingSchedule", Map.of("timezone", "Mars/Base", "days", Map.of())),
            b -> b.put("streamingSchedule", Map.of("timezone", "UTC", "days", Map.of("mon", List.of(slot("24:00", "02:00", "live"))))),
            b -> b.put("streamingSchedule", Map.of("timezone", "UTC", "days", Map.of("mon", List.of(slot("10:00", "12:00", "party"))))),
            b -> b.put("streamingSchedule", Map.of("timezone", "UTC", "days", Map.of("mon", List.of(slot("10:00", "10:00", "live"))))),
            b -> b.put("streamingSchedule", Map.of("timezone", "UTC", "days", Map.of("mon",
                    List.of(slot("10:00", "12:00", "live"), slot("11:00", "13:00", "teezer"))))),
            b -> b.put("streamingSchedule", Map.of("timezone", "UTC", "days", Map.of(
                    "sun", List.of(slot("22:00", "03:00", "offline")), "mon", List.of(slot("02:00", "04:00", "teezer"))))),
            b -> b.put("streamingSchedule", Map.of("timezone", "UTC", "days", Map.of("funday", List.of()))),
            b -> b.put("streamingSchedule", Map.of("timezone", "UTC")));

    static Map<String, Object> dna(String dimension, Object value) {
        Map<String, Object> dna = new LinkedHashMap<>();
        for (String d : FantasyCatalog.DNA_DIMENSIONS) dna.put(d, 50);
        dna.put(dimension, value);
        return dna;
    }

    static Map<String, String> slot(String start, String end, String mode) {
        return Map.of("start", start, "end", end, "mode", mode);
    }

    @Property(tries = 600, seed = "20261126", shrinking = ShrinkingMode.OFF)
    void validBodiesAreStoredExactly(@ForAll("validBodies") Map<String, Object> body) {
        var r = api.patch("/api/users/me/profile", creator.token(), body);
        assertThat(r.status()).as("%s → %s", body, r.body()).isEqualTo(200);
        JsonNode p = api.get("/api/users/me/profile", creator.token()).json();
        assertReadBack(body, p);
        CHECKED.incrementAndGet();
    }

    /** The generated bodies really ran: at least 1,000 across both properties. */
    @net.jqwik.api.lifecycle.AfterContainer
    static void enoughBodies() {
        assertThat(CHECKED.get()).isGreaterThanOrEqualTo(1_000);
    }

    @Property(tries = 600, seed = "20261127", shrinking = ShrinkingMode.OFF)
    void invalidBodiesChangeNothing(@ForAll("invalidBodies") Map<String, Object> body) {
        var r = api.patch("/api/users/me/profile", creator.token(), body);
        assertThat(r.status()).as("%s → %s", body, r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").size()).as("field errors for %s", body).isPositive();
        assertThat(api.get("/api/users/me/profile", creator.token()).json().toString()).isEqualTo(before);
        CHECKED.incrementAndGet();
    }

    @SuppressWarnings("unchecked")
    void assertReadBack(Map<String, Object> body, JsonNode p) {
        if (body.containsKey("displayName")) assertThat(p.at("/user/displayName").stringValue()).isEqualTo(body.get("displayName"));
        if (body.containsKey("bio")) assertThat(nullable(p.at("/user/bio"))).isEqualTo(body.get("bio"));
        if (body.containsKey("location")) assertThat(nullable(p.at("/user/location"))).isEqualTo(body.get("location"));
        if (body.containsKey("currentMood")) assertThat(nullable(p.at("/user/mood/key"))).isEqualTo(body.get("currentMood"));
        if (body.containsKey("teezerActive")) assertThat(p.at("/user/teezer/active").booleanValue()).isEqualTo(body.get("teezerActive"));
        if (body.containsKey("fantasyProfile")) {
            var f = (Map<String, Object>) body.get("fantasyProfile");
            assertThat(Api.JSON.convertValue(p.at("/fantasyProfile/dnaScores"), Map.class)).isEqualTo(f.get("dnaScores"));
            List<String> kinks = new ArrayList<>();
            p.at("/fantasyProfile/kinks").forEach(k -> kinks.add(k.get("key").stringValue()));
            assertThat(kinks).isEqualTo(f.get("kinks"));
            assertThat(Api.JSON.convertValue(p.at("/fantasyProfile/intent"), List.class)).isEqualTo(f.get("intent"));
            assertThat(Api.JSON.convertValue(p.at("/fantasyProfile/availability"), List.class)).isEqualTo(f.get("availability"));
            assertThat(p.at("/fantasyProfile/consentLevel").stringValue()).isEqualTo(f.get("consentLevel"));
        }
        if (body.containsKey("streamingSchedule")) {
            var s = (Map<String, Object>) body.get("streamingSchedule");
            assertThat(p.at("/privateStats/streamingSchedule/timezone").stringValue()).isEqualTo(s.get("timezone"));
            var days = (Map<String, Object>) s.get("days");
            Map<String, Object> nonEmpty = new LinkedHashMap<>();
            days.forEach((d, slots) -> { if (!((List<?>) slots).isEmpty()) nonEmpty.put(d, slots); });
            assertThat(Api.JSON.convertValue(p.at("/privateStats/streamingSchedule/days"), Map.class)).isEqualTo(nonEmpty);
        }
    }

    static String nullable(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.stringValue();
    }
}
