package com.teezu.profiles.wallet;

import com.teezu.profiles.db.enums.ContentVisibility;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MoneyIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Api.Response gift(String to, String token, String type, String key) {
        return api.send("POST", "/api/users/" + to + "/gifts", token, Map.of("type", type),
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    Api.Response unlock(UUID item, String token, String key) {
        return api.send("POST", "/api/content/" + item + "/unlock", token, null, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    long platform() {
        return fixtures.db().select(WALLETS.BALANCE).from(WALLETS).where(WALLETS.KIND.eq(com.teezu.profiles.db.enums.WalletKind.platform_fees))
                .fetchOne(WALLETS.BALANCE);
    }

    @Test
    void staffTopUpsOnly() {
        var fan = fixtures.aMember();
        var r = api.post("/api/wallet/topups", fixtures.sessionFor("sofie"), Map.of("user", fan.username(), "amount", 250));
        assertThat(r.status()).isEqualTo(200);
        assertThat(api.get("/api/wallet", fan.token()).json().get("balance").longValue()).isEqualTo(250);
        assertThat(api.get("/api/wallet", fan.token()).json().at("/history/0/kind").stringValue()).isEqualTo("topup");
        assertThat(api.post("/api/wallet/topups", fan.token(), Map.of("user", fan.username(), "amount", 250)).status()).isEqualTo(403);
        assertThat(api.post("/api/wallet/topups", fixtures.sessionFor("sofie"), Map.of("user", fan.username(), "amount", -5)).status()).isEqualTo(400);
        assertThat(api.get("/api/wallet").status()).isEqualTo(401);
    }

    @Test
    void aGiftPaysTheCreatorHerShareOnceAndFillsTheVault() {
        var fan = fixtures.aMember();
        var creator = fixtures.aCreator();
        fixtures.giveTokens(fan.id(), 1000);
        long platformBefore = platform();
        var r = gift(creator.id().toString(), fan.token(), "diamond", "gift-1");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("count").intValue()).isEqualTo(1);
        assertThat(r.json().get("balance").longValue()).isEqualTo(500);
        assertThat(fixtures.balanceOf(creator.id())).isEqualTo(400);
        assertThat(platform() - platformBefore).isEqualTo(100);

        var again = gift(creator.id().toString(), fan.token(), "diamond", "gift-1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(r.json());
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(500);
        assertThat(gift(creator.id().toString(), fan.token(), "rose", "gift-1").status()).isEqualTo(422);

        var p = api.get("/api/users/" + creator.id() + "/profile", creator.token()).json();
        assertThat(p.at("/giftVault/0/type").stringValue()).isEqualTo("diamond");
        assertThat(p.at("/privateStats/tipTotalTokens").longValue()).isEqualTo(500);
        assertThat(p.at("/privateStats/earningsThisMonth/amount").stringValue()).isEqualTo("40.00");
    }

    @Test
    void badGiftsChangeNothing() {
        var fan = fixtures.aMember();
        var creator = fixtures.aCreator();
        var member = fixtures.aMember();
        fixtures.giveTokens(fan.id(), 100);
        assertThat(gift(creator.id().toString(), fan.token(), "diamond", "k1").status()).isEqualTo(402);
        assertThat(gift(creator.id().toString(), fan.token(), "unicorn", "k2").status()).isEqualTo(400);
        assertThat(gift(creator.id().toString(), fan.token(), "rose", null).status()).isEqualTo(400);
        assertThat(gift(fan.id().toString(), fan.token(), "rose", "k3").status()).isEqualTo(400);
        assertThat(gift(member.id().toString(), fan.token(), "rose", "k4").status()).isEqualTo(400);
        assertThat(gift(creator.id().toString(), null, "rose", "k5").status()).isEqualTo(401);
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(100);
        assertThat(fixtures.db().fetchCount(GIFT_EVENTS, GIFT_EVENTS.RECIPIENT_ID.eq(creator.id()))).isZero();
        // the 402 stored nothing: after a top-up the same key works
        fixtures.giveTokens(fan.id(), 400);
        assertThat(gift(creator.id().toString(), fan.token(), "diamond", "k1").status()).isEqualTo(200);
    }

    @Test
    void unlockChargesOnceAndRevealsASignedUrl() {
        var fan = fixtures.aMember();
        var creator = fixtures.aCreator();
        fixtures.giveTokens(fan.id(), 120);
        UUID item = fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now());
        var before = api.get("/api/users/" + creator.id() + "/profile", fan.token()).json().at("/contentGrid/0");
        assertThat(before.get("locked").booleanValue()).isTrue();
        assertThat(before.has("mediaUrl")).isFalse();

        var r = unlock(item, fan.token(), "u-1");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("charged").booleanValue()).isTrue();
        assertThat(r.json().get("balance").longValue()).isEqualTo(70);
        assertThat(r.json().get("url").stringValue()).contains("/original.png?exp=").contains("&sig=");
        assertThat(r.json().get("expiresAt").stringValue()).isNotBlank();

        var retry = unlock(item, fan.token(), "u-1");
        assertThat(retry.json().get("charged").booleanValue()).isTrue(); // the same answer as the first time
        var other = unlock(item, fan.token(), "u-2");
        assertThat(other.json().get("charged").booleanValue()).isFalse();
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(70);
        assertThat(fixtures.balanceOf(creator.id())).isEqualTo(40);

        var after = api.get("/api/users/" + creator.id() + "/profile", fan.token()).json().at("/contentGrid/0");
        assertThat(after.get("locked").booleanValue()).isFalse();
        assertThat(after.get("mediaUrl").stringValue()).contains("original");
    }

    @Test
    void badUnlocks() {
        var fan = fixtures.aMember();
        var creator = fixtures.aCreator();
        fixtures.giveTokens(fan.id(), 10);
        UUID locked = fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now());
        UUID open = fixtures.publish(creator.id(), ContentVisibility.public_, OffsetDateTime.now());
        UUID gone = fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now());
        fixtures.softDelete(gone);
        assertThat(unlock(locked, fan.token(), "b1").status()).isEqualTo(402);
        assertThat(unlock(locked, creator.token(), "b2").status()).isEqualTo(400);
        assertThat(unlock(open, fan.token(), "b3").status()).isEqualTo(400);
        assertThat(unlock(gone, fan.token(), "b4").status()).isEqualTo(404);
        assertThat(unlock(locked, fan.token(), null).status()).isEqualTo(400);
        assertThat(unlock(locked, null, "b5").status()).isEqualTo(401);
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(10);
        assertThat(fixtures.db().fetchCount(CONTENT_UNLOCKS, CONTENT_UNLOCKS.USER_ID.eq(fan.id()))).isZero();
        var staff = unlock(locked, fixtures.sessionFor("sofie"), "b6");
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.json().get("charged").booleanValue()).isFalse();
    }

    @Test
    void signedUrlsCannotBeTamperedWithGuessedOrReusedLate() throws Exception {
        var fan = fixtures.aMember();
        var creator = fixtures.aCreator();
        fixtures.giveTokens(fan.id(), 100);
        var png = com.teezu.profiles.media.MediaIT.png(40, 30);
        var published = api.multipart("POST", "/api/content", creator.token(), png, "a.png",
                Map.of("visibility", "locked", "priceTokens", "50"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        UUID item = UUID.fromString(published.json().get("id").stringValue());
        var grid = api.get("/api/users/" + creator.id() + "/profile", fan.token()).json().at("/contentGrid/0");
        String blurUrl = grid.get("thumbnailUrl").stringValue();
        assertThat(api.bytes(blurUrl)).isNotNull();
        String blurPath = blurUrl.substring(0, blurUrl.indexOf('?'));
        String query = blurUrl.substring(blurUrl.indexOf('?'));
        String originalPath = blurPath.replace("/blur.jpg", "/original.png");
        // guessing the original's path, with no signature or with the blur's signature
        assertThat(api.get(originalPath).status()).isEqualTo(403);
        assertThat(api.get(originalPath + query).status()).isEqualTo(403);

        String url = unlock(item, fan.token(), "t-1").json().get("url").stringValue();
        assertThat(api.bytes(url)).isNotNull();
        String tampered = url.replaceAll("sig=.", "sig=A");
        if (tampered.equals(url)) tampered = url.replaceAll("sig=.", "sig=B");
        assertThat(api.get(tampered).status()).isEqualTo(403);
        assertThat(api.get(url.replaceAll("exp=\\d+", "exp=4102444800")).status()).isEqualTo(403);
        clock.advance(Duration.ofMinutes(11));
        assertThat(api.get(url).status()).isEqualTo(403);
        assertThat(api.get(url).contentType()).startsWith("application/problem+json");
    }

    @Test
    void subscriptionsOpenPremiumAndCountExactly() {
        var fan = fixtures.aMember();
        var creator = fixtures.aCreator();
        fixtures.giveTokens(fan.id(), 250);
        fixtures.publish(creator.id(), ContentVisibility.premium, OffsetDateTime.now());
        // before paying: the price and the balance, and nothing charged by asking
        var offer = api.get("/api/users/" + creator.id() + "/subscription", fan.token()).json();
        assertThat(offer.get("subscribed").booleanValue()).isFalse();
        assertThat(offer.get("priceTokens").intValue()).isEqualTo(100);
        assertThat(offer.get("balance").longValue()).isEqualTo(250);
        assertThat(api.get("/api/users/" + creator.id() + "/subscription", null).status()).isEqualTo(401);
        assertThat(api.get("/api/users/" + fan.id() + "/subscription", creator.token()).status()).isEqualTo(400);
        var sub = api.post("/api/users/" + creator.id() + "/subscription", fan.token(), null);
        assertThat(sub.status()).as(sub.body()).isEqualTo(200);
        assertThat(sub.json().get("charged").booleanValue()).isTrue();
        assertThat(api.post("/api/users/" + creator.id() + "/subscription", fan.token(), null).json().get("charged").booleanValue()).isFalse();
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(150);
        var p = api.get("/api/users/" + creator.id() + "/profile", fan.token()).json();
        assertThat(p.at("/contentGrid/0/locked").booleanValue()).isFalse();
        assertThat(p.at("/viewer/subscribed").booleanValue()).isTrue();
        assertThat(api.get("/api/users/me/profile", creator.token()).json().at("/privateStats/subscribers").intValue()).isEqualTo(1);

        var state = api.get("/api/users/" + creator.id() + "/subscription", fan.token()).json();
        assertThat(state.get("subscribed").booleanValue()).isTrue();
        assertThat(state.get("renews").booleanValue()).isTrue();
        assertThat(state.get("balance").longValue()).isEqualTo(150);
        var cancel = api.delete("/api/users/" + creator.id() + "/subscription", fan.token());
        assertThat(cancel.json().get("renews").booleanValue()).isFalse();
        assertThat(cancel.json().get("subscribed").booleanValue()).isTrue(); // paid up until the period ends
        api.delete("/api/users/" + creator.id() + "/subscription", fan.token());
        assertThat(api.get("/api/users/me/profile", creator.token()).json().at("/privateStats/subscribers").intValue()).isZero();
        assertThat(api.get("/api/users/" + creator.id() + "/profile", fan.token()).json().at("/contentGrid/0/locked").booleanValue()).isFalse();
        var resumed = api.post("/api/users/" + creator.id() + "/subscription", fan.token(), null);
        assertThat(resumed.json().get("charged").booleanValue()).isFalse();
        assertThat(api.get("/api/users/me/profile", creator.token()).json().at("/privateStats/subscribers").intValue()).isEqualTo(1);
    }
}
