package com.teezu.profiles.profile;

import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.db.enums.ContentVisibility;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.LeakScanner;
import com.teezu.profiles.support.SqlCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileReadIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SqlCounter sql;

    /** viewer name → token (null = anonymous) */
    final Map<String, String> viewers = new LinkedHashMap<>();
    Fixtures.TestUser plainMember;

    @BeforeAll
    void viewers() {
        viewers.put("anonymous", null);
        viewers.put("member, not age-verified", fixtures.aMember().token());
        viewers.put("age-verified, consent below the level", fixtures.anAgeVerifiedFan(ConsentLevel.suggestive).token());
        viewers.put("age-verified, consent at the level", fixtures.anAgeVerifiedFan(ConsentLevel.explicit).token());
        viewers.put("vip", fixtures.user(com.teezu.profiles.db.enums.UserRole.vip, true, ConsentLevel.explicit).token());
        viewers.put("another creator", fixtures.aCreator().token());
        viewers.put("owner", fixtures.sessionFor("lovelylena"));
        viewers.put("staff", fixtures.sessionFor("sofie"));
        plainMember = fixtures.aMember();
    }

    record Expect(String fantasyAccess, boolean fantasy, boolean privateStats, boolean opensEverything) {
    }

    static final Map<String, Expect> ON_LENA = Map.of(
            "anonymous", new Expect("login_required", false, false, false),
            "member, not age-verified", new Expect("age_verification_required", false, false, false),
            "age-verified, consent below the level", new Expect("consent_required", false, false, false),
            "age-verified, consent at the level", new Expect("granted", true, false, false),
            "vip", new Expect("granted", true, false, false),
            "another creator", new Expect("granted", true, false, false),
            "owner", new Expect("granted", true, true, true),
            "staff", new Expect("granted", true, true, true));

    @Test
    void matrixOnLovelyLena() {
        List<String> failures = new ArrayList<>();
        viewers.forEach((who, token) -> {
            Api.Response r = api.get("/api/users/lovelylena/profile", token);
            assertThat(r.status()).as(who).isEqualTo(200);
            JsonNode p = r.json();
            Expect e = ON_LENA.get(who);
            check(failures, who, "fantasyAccess", p.get("fantasyAccess").stringValue(), e.fantasyAccess());
            check(failures, who, "fantasyProfile present", p.has("fantasyProfile"), e.fantasy());
            check(failures, who, "privateStats present", p.has("privateStats"), e.privateStats());
            if (!e.fantasy()) check(failures, who, "fantasy keys", LeakScanner.keysIn(p, LeakScanner.FANTASY_KEYS), List.of());
            if (!e.privateStats()) check(failures, who, "private keys", LeakScanner.keysIn(p, LeakScanner.PRIVATE_KEYS), List.of());
            if (e.fantasy()) {
                check(failures, who, "dna", p.at("/fantasyProfile/dnaScores").toString(),
                        "{\"dominant\":78,\"exhibitionist\":92,\"voyeur\":45,\"romantic\":61,\"kinky\":84}");
            }
            if (e.privateStats()) {
                check(failures, who, "earnings", p.at("/privateStats/earningsThisMonth/amount").stringValue(), "2840.00");
                check(failures, who, "tips", p.at("/privateStats/tipTotalTokens").longValue(), 14200L);
                check(failures, who, "subscribers", p.at("/privateStats/subscribers").intValue(), 342);
                check(failures, who, "schedule", p.at("/privateStats/streamingSchedule/days/mon/1/start").stringValue(), "20:00");
            }
            for (JsonNode item : p.get("contentGrid")) {
                String visibility = item.get("visibility").stringValue();
                boolean shouldOpen = e.opensEverything() || visibility.equals("public");
                check(failures, who, "open " + visibility, !item.get("locked").booleanValue(), shouldOpen);
                check(failures, who, "mediaUrl " + visibility, item.has("mediaUrl"), shouldOpen);
                check(failures, who, "blurred " + visibility, item.get("blurred").booleanValue(), !shouldOpen);
                if (!shouldOpen) {
                    check(failures, who, "thumb is the blur", item.get("thumbnailUrl").stringValue().contains("/blur.png?"), true);
                    check(failures, who, "no original", item.toString().contains("original"), false);
                }
                if (visibility.equals("locked")) check(failures, who, "price", item.get("priceTokens").intValue(), 50);
            }
            check(failures, who, "isSelf", p.at("/viewer/isSelf").booleanValue(), who.equals("owner"));
            check(failures, who, "authenticated", p.at("/viewer/authenticated").booleanValue(), !who.equals("anonymous"));
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void matrixOnAPlainMember() {
        List<String> failures = new ArrayList<>();
        viewers.forEach((who, token) -> {
            JsonNode p = api.get("/api/users/" + plainMember.username() + "/profile", token).json();
            check(failures, who, "fantasyProfile absent", p.has("fantasyProfile"), false);
            boolean staff = who.equals("staff");
            check(failures, who, "privateStats", p.has("privateStats"), staff);
            if (!staff) check(failures, who, "private keys", LeakScanner.keysIn(p, LeakScanner.PRIVATE_KEYS), List.of());
            check(failures, who, "grid empty", p.get("contentGrid").size(), 0);
            check(failures, who, "role", p.at("/user/badge/label").stringValue(), "MEMBER");
        });
        JsonNode own = api.get("/api/users/me/profile", plainMember.token()).json();
        assertThat(own.has("privateStats")).isTrue();
        assertThat(own.at("/viewer/isSelf").booleanValue()).isTrue();
        assertThat(failures).isEmpty();
    }

    @Test
    void everySectionOfTheSeed() {
        JsonNode p = api.get("/api/users/LovelyLena/profile").json();
        assertThat(p.at("/user/displayName").stringValue()).isEqualTo("LovelyLena");
        assertThat(p.at("/user/location").stringValue()).isEqualTo("Amsterdam");
        assertThat(p.at("/user/badge/label").stringValue()).isEqualTo("CREATOR");
        assertThat(p.at("/user/badge/colors").size()).isEqualTo(2);
        assertThat(p.at("/user/mood/emoji").stringValue()).isEqualTo("😈");
        assertThat(p.at("/user/mood/color").stringValue()).startsWith("#");
        assertThat(p.at("/user/isVerified").booleanValue()).isTrue();
        assertThat(p.at("/stats/following").intValue()).isEqualTo(312);
        assertThat(p.at("/stats/posts").intValue()).isEqualTo(89);
        assertThat(p.get("giftVault").size()).isEqualTo(5);
        assertThat(p.at("/giftVault/0/type").stringValue()).isEqualTo("fire");
        assertThat(p.at("/giftVault/0/count").intValue()).isEqualTo(89);
        assertThat(api.get("/api/users/lovelylena/gifts").json()).isEqualTo(p.get("giftVault"));
        assertThat(p.get("contentGrid").size()).isEqualTo(9);
        // by id as well as by name
        String id = p.at("/user/id").stringValue();
        assertThat(api.get("/api/users/" + id + "/profile").json().at("/user/username").stringValue()).isEqualTo("lovelylena");
    }

    @Test
    void theGridIsTheNineNewestNonDeletedItems() {
        var creator = fixtures.aCreator();
        List<UUID> ids = new ArrayList<>();
        OffsetDateTime base = OffsetDateTime.now().minusDays(1);
        for (int i = 0; i < 12; i++) {
            ids.add(fixtures.publish(creator.id(), i % 2 == 0 ? ContentVisibility.public_ : ContentVisibility.locked,
                    base.plusMinutes(i)));
        }
        // delete the two newest and one in the middle
        for (int i : new int[]{11, 10, 6}) fixtures.softDelete(ids.get(i));
        JsonNode grid = api.get("/api/users/" + creator.username() + "/profile").json().get("contentGrid");
        List<String> shown = new ArrayList<>();
        grid.forEach(item -> shown.add(item.get("id").stringValue()));
        List<String> expected = new ArrayList<>();
        for (int i : new int[]{9, 8, 7, 5, 4, 3, 2, 1, 0}) expected.add(ids.get(i).toString());
        assertThat(shown).containsExactlyElementsOf(expected);
    }

    @Test
    void oneSqlStatementPerProfileRead() {
        viewers.forEach((who, token) -> {
            api.get("/api/users/lovelylena/profile", token); // the session lookup is cached after the first request
            sql.reset();
            assertThat(api.get("/api/users/lovelylena/profile", token).status()).isEqualTo(200);
            assertThat(sql.statements()).as(who).hasSize(1);
        });
    }

    @Test
    void etagsAreValidatedPerViewer() {
        String sam = viewers.get("age-verified, consent at the level");
        String owner = viewers.get("owner");
        Api.Response first = api.get("/api/users/lovelylena/profile", sam);
        String etag = first.header("etag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("cache-control")).contains("private");
        assertThat(api.send("GET", "/api/users/lovelylena/profile", sam, null, Map.of("If-None-Match", etag)).status()).isEqualTo(304);
        assertThat(api.send("GET", "/api/users/lovelylena/profile", owner, null, Map.of("If-None-Match", etag)).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/users/lovelylena/profile", null, null, Map.of("If-None-Match", etag)).status()).isEqualTo(200);
        String ownerEtag = api.get("/api/users/lovelylena/profile", owner).header("etag");
        var forSam = api.send("GET", "/api/users/lovelylena/profile", sam, null, Map.of("If-None-Match", ownerEtag));
        assertThat(forSam.status()).isEqualTo(200);
        assertThat(forSam.json().has("privateStats")).isFalse();
    }

    @Test
    void theCatalogServesEveryLabel() {
        JsonNode c = api.get("/api/catalog").json();
        assertThat(c.get("moods").size()).isEqualTo(7);
        assertThat(c.get("roles").size()).isEqualTo(4);
        assertThat(c.get("giftTypes").size()).isGreaterThanOrEqualTo(5);
        assertThat(c.get("kinks").toString()).contains("BDSM-light");
    }

    private static void check(List<String> failures, String who, String what, Object actual, Object expected) {
        if (!java.util.Objects.equals(actual, expected)) failures.add(who + " / " + what + ": expected " + expected + " but was " + actual);
    }
}
