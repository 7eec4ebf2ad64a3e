package com.teezu.profiles.profile;

import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.db.enums.ContentVisibility;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.LeakScanner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the owner or staff read on a profile: how many unlocked each of her posts (owner and staff),
 * and the user's current age check (staff, for their panel). Nobody else finds either key anywhere.
 */
@IntegrationTest
class ProfileOwnerFactsIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void theOwnerAndStaffSeeHowManyUnlockedEachPostAndNobodyElseDoes() {
        var creator = fixtures.aCreator();
        UUID locked = fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now().minusMinutes(1));
        fixtures.publish(creator.id(), ContentVisibility.public_, OffsetDateTime.now());
        for (int i = 0; i < 2; i++) {
            var fan = fixtures.aMember();
            fixtures.giveTokens(fan.id(), 100);
            var r = api.send("POST", "/api/content/" + locked + "/unlock", fan.token(), null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        for (String token : new String[]{creator.token(), fixtures.sessionFor("sofie")}) {
            JsonNode grid = api.get("/api/users/" + creator.username() + "/profile", token).json().get("contentGrid");
            for (JsonNode item : grid) {
                int expected = item.get("id").stringValue().equals(locked.toString()) ? 2 : 0;
                assertThat(item.get("unlockCount").intValue()).as(item.toString()).isEqualTo(expected);
            }
        }
        var fanWhoUnlocked = fixtures.aMember();
        fixtures.giveTokens(fanWhoUnlocked.id(), 100);
        api.send("POST", "/api/content/" + locked + "/unlock", fanWhoUnlocked.token(), null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        for (String token : new String[]{null, fixtures.aMember().token(), fanWhoUnlocked.token(), fixtures.aCreator().token()}) {
            String body = api.get("/api/users/" + creator.username() + "/profile", token).body();
            assertThat(LeakScanner.keysIn(body, Set.of("unlockCount", "staff"))).as(String.valueOf(token)).isEmpty();
        }
    }

    @Test
    void staffReadTheUsersCurrentAgeCheckForTheirPanelAndNobodyElseDoes() {
        var verified = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        var unverified = fixtures.aMember();
        String staff = fixtures.sessionFor("sofie");
        assertThat(api.get("/api/users/" + verified.username() + "/profile", staff).json().at("/staff/ageVerified").booleanValue()).isTrue();
        assertThat(api.get("/api/users/" + unverified.username() + "/profile", staff).json().at("/staff/ageVerified").booleanValue()).isFalse();
        for (String token : new String[]{null, verified.token(), unverified.token(), fixtures.aCreator().token(), fixtures.sessionFor("lovelylena")}) {
            JsonNode p = api.get("/api/users/" + verified.username() + "/profile", token).json();
            assertThat(p.has("staff")).as(String.valueOf(token)).isFalse();
        }
    }

    @Test
    void everyVisitorSeesACreatorsMonthlyPriceBeforeLoggingInAndItIsThePriceCharged() {
        var fan = fixtures.aMember();
        int price = api.get("/api/users/lovelylena/subscription", fan.token()).json().get("priceTokens").intValue();
        assertThat(api.get("/api/users/lovelylena/profile").json().at("/offer/subscriptionPriceTokens").intValue()).isEqualTo(price);
        assertThat(api.get("/api/users/" + fan.username() + "/profile").json().has("offer")).isFalse(); // members sell nothing
    }
}
