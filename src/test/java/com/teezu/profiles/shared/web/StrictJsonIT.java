package com.teezu.profiles.shared.web;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are read strictly and every problem is answered at once: no string taken for a number
 * or a boolean, no number for a string, no 1.5 for an integer, unknown fields named; together with
 * the Bean Validation errors of the same body. Nothing is stored.
 */
@IntegrationTest
class StrictJsonIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    List<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("tools.jackson").doesNotContain("java.lang");
        return r.json().get("errors").findValuesAsString("field");
    }

    @Test
    void aNumberSentAsAStringOrAFractionIsRefusedNotCoerced() {
        var staff = fixtures.aStaffMember();
        var fan = fixtures.aMember();
        long before = api.get("/api/wallet", fan.token()).json().get("balance").longValue();
        assertThat(fields(api.post("/api/wallet/topups", staff.token(), Map.of("user", fan.id().toString(), "amount", "100"))))
                .containsExactly("amount");
        assertThat(fields(api.post("/api/wallet/topups", staff.token(), "{\"user\":\"" + fan.id() + "\",\"amount\":1.5}")))
                .containsExactly("amount");
        assertThat(api.get("/api/wallet", fan.token()).json().get("balance").longValue()).isEqualTo(before);
    }

    @Test
    void aStringFieldTakesNoNumberAndABooleanNoString() {
        var creator = fixtures.aCreator();
        assertThat(fields(api.patch("/api/users/me/profile", creator.token(), Map.of("bio", 5, "teezerActive", "true"))))
                .containsExactlyInAnyOrder("bio", "teezerActive");
        assertThat(fields(api.send("POST", "/api/users/me/live", creator.token(), Map.of("live", 1), Map.of())))
                .containsExactly("live");
    }

    @Test
    void unknownFieldsWrongTypesAndRuleBreachesComeInOneAnswer() {
        var staff = fixtures.aStaffMember();
        var fan = fixtures.aMember();
        var r = api.post("/api/wallet/topups", staff.token(),
                "{\"user\":\"" + fan.id() + "\",\"amount\":0,\"reference\":7,\"currency\":\"EUR\",\"extra\":{\"a\":[1]}}");
        assertThat(fields(r)).containsExactlyInAnyOrder("amount", "reference", "currency", "extra");
    }

    @Test
    void aClosedSetNamesItsValues() {
        var member = fixtures.aMember();
        var r = api.patch("/api/users/me/preferences", member.token(), Map.of("consentPreference", "everything"));
        assertThat(fields(r)).containsExactly("consentPreference");
        assertThat(r.json().at("/errors/0/message").stringValue()).contains("none").contains("suggestive").contains("explicit");
    }

    @Test
    void aBodyThatIsNotAnObjectIsOneProblemOnBody() {
        var staff = fixtures.aStaffMember();
        assertThat(fields(api.post("/api/wallet/topups", staff.token(), "[1,2]"))).containsExactly("body");
        assertThat(fields(api.post("/api/wallet/topups", staff.token(), "\"x\""))).containsExactly("body");
    }

    @Test
    void aFieldNamedTwiceIsRefusedNotLastWins() {
        var creator = fixtures.aCreator();
        String before = api.get("/api/users/me/profile", creator.token()).json().toString();
        var r = api.patch("/api/users/me/profile", creator.token(), "{\"bio\":\"first\",\"bio\":\"second\"}");
        assertThat(fields(r)).containsExactly("bio");
        assertThat(api.get("/api/users/me/profile", creator.token()).json().toString()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyIsCutOffWithA413AsSoonAsItPassesTheLimit() throws Exception {
        var staff = fixtures.aStaffMember();
        // 4 MiB of JSON with no Content-Length: Transfer-Encoding chunked, never buffered whole by us
        byte[] chunk = ("{\"user\":\"" + "x".repeat(1024)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.InputStream endless = new java.io.InputStream() {
            long sent;
            @Override
            public int read() {
                if (sent >= 4L * 1024 * 1024) return -1;
                long i = sent++;
                return i < chunk.length ? chunk[(int) i] : 'x';
            }
        };
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.baseUrl() + "/api/wallet/topups"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + staff.token())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build();
        var r = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("payload-too-large").doesNotContain("Exception");
    }
}
