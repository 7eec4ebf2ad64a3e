package com.teezu.profiles.profile;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProfilePatchIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void theOwnerUpdatesEveryField() {
        var creator = fixtures.aCreator();
        var body = Map.of(
                "displayName", "Nova ✨",
                "bio", "Line one\nline two 🔥",
                "location", "Utrecht",
                "currentMood", "flirty",
                "teezerActive", true,
                "fantasyProfile", Map.of(
                        "dnaScores", Map.of("dominant", 1, "exhibitionist", 2, "voyeur", 3, "romantic", 4, "kinky", 100),
                        "kinks", List.of("teasing", "cosplay"), "intent", List.of("fantasy"),
                        "availability", List.of("dm"), "consentLevel", "suggestive"),
                "streamingSchedule", Map.of("timezone", "America/New_York", "days", Map.of(
                        "fri", List.of(Map.of("start", "22:00", "end", "02:00", "mode", "live")),
                        "sat", List.of(Map.of("start", "02:00", "end", "06:00", "mode", "teezer")))));
        var r = api.patch("/api/users/me/profile", creator.token(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var p = api.get("/api/users/" + creator.id() + "/profile", creator.token()).json();
        assertThat(p.at("/user/displayName").stringValue()).isEqualTo("Nova ✨");
        assertThat(p.at("/user/bio").stringValue()).isEqualTo("Line one\nline two 🔥");
        assertThat(p.at("/user/mood/key").stringValue()).isEqualTo("flirty");
        assertThat(p.at("/user/teezer/active").booleanValue()).isTrue();
        assertThat(p.at("/fantasyProfile/dnaScores/kinky").intValue()).isEqualTo(100);
        assertThat(p.at("/fantasyProfile/consentLevel").stringValue()).isEqualTo("suggestive");
        assertThat(p.at("/privateStats/streamingSchedule/timezone").stringValue()).isEqualTo("America/New_York");
        assertThat(p.at("/privateStats/streamingSchedule/days/fri/0/end").stringValue()).isEqualTo("02:00");
        // null clears what may be empty
        var cleared = api.patch("/api/users/" + creator.id() + "/profile", creator.token(),
                "{\"bio\":null,\"currentMood\":null,\"fantasyProfile\":null}");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().at("/user/bio").isNull()).isTrue();
        assertThat(cleared.json().at("/user/mood").isNull()).isTrue();
        assertThat(cleared.json().has("fantasyProfile")).isFalse();
    }

    @Test
    void invalidInputReportsEveryFieldAndChangesNothing() {
        var creator = fixtures.aCreator();
        String before = api.get("/api/users/me/profile", creator.token()).json().toString();
        var r = api.patch("/api/users/me/profile", creator.token(), """
                {"displayName": "", "bio": "%s", "currentMood": "angry", "role": "staff", "isVerified": true,
                 "fantasyProfile": {"dnaScores": {"dominant": 101, "exhibitionist": 1, "voyeur": 1, "romantic": 1, "kinky": 1.5},
                                    "kinks": ["teasing", "teasing", "nope"], "consentLevel": "none"},
                 "streamingSchedule": {"timezone": "Mars/Olympus", "days": {"mon": [
                     {"start": "20:00", "end": "23:00", "mode": "live"}, {"start": "22:00", "end": "01:00", "mode": "teezer"}],
                     "xyz": []}}}
                """.formatted("x".repeat(501)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        List<String> fields = r.json().get("errors").findValuesAsString("field");
        assertThat(fields).contains("displayName", "bio", "currentMood", "role", "isVerified",
                "fantasyProfile.dnaScores.dominant", "fantasyProfile.dnaScores.kinky", "fantasyProfile.kinks[1]",
                "fantasyProfile.kinks[2]", "fantasyProfile.consentLevel", "streamingSchedule.timezone",
                "streamingSchedule.days.xyz");
        assertThat(api.get("/api/users/me/profile", creator.token()).json().toString()).isEqualTo(before);
    }

    @Test
    void overlappingSlotsAcrossMidnightAreRejected() {
        var creator = fixtures.aCreator();
        var r = api.patch("/api/users/me/profile", creator.token(), Map.of("streamingSchedule", Map.of(
                "timezone", "Europe/Amsterdam", "days", Map.of(
                        "mon", List.of(Map.of("start", "23:00", "end", "08:00", "mode", "offline")),
                        "tue", List.of(Map.of("start", "07:00", "end", "09:00", "mode", "teezer"))))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/errors/0/field").stringValue()).startsWith("streamingSchedule.days.");
    }

    @Test
    void denials() {
        var creator = fixtures.aCreator();
        var other = fixtures.aCreator();
        var member = fixtures.aMember();
        assertThat(api.patch("/api/users/" + other.id() + "/profile", creator.token(), Map.of("bio", "hi")).status()).isEqualTo(403);
        assertThat(api.patch("/api/users/" + other.id() + "/profile", null, Map.of("bio", "hi")).status()).isEqualTo(401);
        assertThat(api.patch("/api/users/me/profile", member.token(), Map.of("teezerActive", true)).status()).isEqualTo(403);
        assertThat(api.patch("/api/users/" + member.id() + "/teezer", member.token(), Map.of("active", true)).status()).isEqualTo(403);
        assertThat(api.patch("/api/users/" + creator.id() + "/teezer", other.token(), Map.of("active", true)).status()).isEqualTo(403);
        assertThat(api.patch("/api/users/" + creator.id() + "/teezer", null, Map.of("active", true)).status()).isEqualTo(401);
        assertThat(api.post("/api/users/" + member.id() + "/verification", member.token(),
                Map.of("ageVerified", true, "method", "id_document")).status()).isEqualTo(403);
        assertThat(api.post("/api/admin/recount", creator.token(), null).status()).isEqualTo(403);
        assertThat(api.post("/api/admin/recount", null, null).status()).isEqualTo(401);
        assertThat(api.post("/api/users/" + member.id() + "/live", member.token(), Map.of("live", true)).status()).isEqualTo(403);
        assertThat(api.post("/api/users/" + creator.id() + "/live", other.token(), Map.of("live", true)).status()).isEqualTo(403);
    }

    @Test
    void theTeezerSwitch() {
        var creator = fixtures.aCreator();
        var on = api.patch("/api/users/" + creator.id() + "/teezer", creator.token(), Map.of("active", true));
        assertThat(on.status()).isEqualTo(200);
        assertThat(on.json().get("active").booleanValue()).isTrue();
        assertThat(on.json().get("status").stringValue()).isEqualTo("teezer");
        var off = api.patch("/api/users/me/teezer", creator.token(), Map.of("active", false));
        assertThat(off.json().get("status").stringValue()).isEqualTo("offline");
        assertThat(api.patch("/api/users/me/teezer", creator.token(), Map.of()).status()).isEqualTo(400);
    }

    @Test
    void staffVerifiesWithAnAuditRecord() {
        var member = fixtures.aMember();
        String staff = fixtures.sessionFor("sofie");
        var r = api.post("/api/users/" + member.id() + "/verification", staff,
                Map.of("identityVerified", true, "ageVerified", true, "method", "id_document", "provider", "idcheck", "reference", "case-42"));
        assertThat(r.status()).isEqualTo(204);
        var p = api.get("/api/users/" + member.id() + "/profile").json();
        assertThat(p.at("/user/isVerified").booleanValue()).isTrue();
        var me = api.get("/api/auth/me", member.token()).json();
        assertThat(me.at("/user/ageVerified").booleanValue()).isTrue();
        var audit = fixtures.db().selectFrom(com.teezu.profiles.db.Tables.VERIFICATION_RECORDS)
                .where(com.teezu.profiles.db.Tables.VERIFICATION_RECORDS.USER_ID.eq(member.id())).fetchOne();
        assertThat(audit.getDecidedBy()).isEqualTo(fixtures.idOf("sofie"));
        assertThat(audit.getMethod()).isEqualTo("id_document");
        assertThat(audit.getReference()).isEqualTo("case-42");
        assertThat(api.post("/api/users/" + member.id() + "/verification", staff, Map.of("method", "x")).status()).isEqualTo(400);
    }

    @Test
    void consentPreferenceOpensTheGate() {
        var fan = fixtures.anAgeVerifiedFan(com.teezu.profiles.db.enums.ConsentLevel.none);
        assertThat(api.get("/api/users/lovelylena/profile", fan.token()).json().get("fantasyAccess").stringValue())
                .isEqualTo("consent_required");
        assertThat(api.patch("/api/users/me/preferences", fan.token(), Map.of("consentPreference", "explicit")).status()).isEqualTo(200);
        assertThat(api.get("/api/users/lovelylena/profile", fan.token()).json().get("fantasyAccess").stringValue())
                .isEqualTo("granted");
        assertThat(api.patch("/api/users/me/preferences", fan.token(), Map.of("consentPreference", "max")).status()).isEqualTo(400);
    }
}
