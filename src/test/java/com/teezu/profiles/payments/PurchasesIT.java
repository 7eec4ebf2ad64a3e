package com.teezu.profiles.payments;

import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.db.enums.ContentVisibility;
import com.teezu.profiles.db.enums.PurchaseState;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.teezu.profiles.db.Tables.LEDGER_ENTRIES;
import static com.teezu.profiles.db.Tables.LEDGER_TRANSACTIONS;
import static com.teezu.profiles.db.Tables.PAYMENT_CALLBACKS;
import static com.teezu.profiles.db.Tables.PURCHASES;
import static com.teezu.profiles.db.Tables.WALLET_SHORTFALLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Buying tokens through the built-in test provider: its checkout page's events, and its signed
 * callbacks sent by the test itself (the provider's side of the protocol, see {@link ProviderSide}).
 */
@IntegrationTest
class PurchasesIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    UUID packageOf(int tokens) {
        for (var p : api.get("/api/wallet/packages").json()) {
            if (p.get("tokens").intValue() == tokens) return UUID.fromString(p.get("id").stringValue());
        }
        throw new AssertionError("no package of " + tokens + " tokens");
    }

    UUID start(Fixtures.TestUser fan, int tokens) {
        var r = api.post("/api/wallet/purchases", fan.token(), Map.of("packageId", packageOf(tokens)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("state").stringValue()).isEqualTo("pending");
        return UUID.fromString(r.json().get("id").stringValue());
    }

    static Map<String, String> callback(String event, UUID purchase, String amount, Instant at) {
        var params = new java.util.TreeMap<String, String>();
        params.put("shopID", "teezu-test");
        params.put("type", "purchase");
        params.put("event", event);
        params.put("referenceID", purchase.toString());
        params.put("saleID", "test-" + purchase);
        params.put("transactionID", UUID.randomUUID().toString());
        params.put("priceAmount", amount);
        params.put("priceCurrency", "EUR");
        params.put("timestamp", String.valueOf(at.getEpochSecond()));
        return ProviderSide.signed(ProviderSide.TEST_KEY, params);
    }

    Api.Response post(Map<String, String> params) {
        return api.send("POST", "/api/payments/test/postback", null, ProviderSide.encode(params),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    String state(UUID purchase) {
        return fixtures.db().select(PURCHASES.STATE).from(PURCHASES).where(PURCHASES.ID.eq(purchase)).fetchOne(PURCHASES.STATE).getLiteral();
    }

    long purchaseCredits(UUID purchase) {
        return fixtures.db().fetchCount(LEDGER_TRANSACTIONS, LEDGER_TRANSACTIONS.REFERENCE_ID.eq(purchase)
                .and(LEDGER_TRANSACTIONS.KIND.eq(com.teezu.profiles.db.enums.LedgerKind.purchase)));
    }

    void assertLedgerBalances() {
        var total = fixtures.db().select(org.jooq.impl.DSL.sum(LEDGER_ENTRIES.AMOUNT)).from(LEDGER_ENTRIES).fetchOne().value1();
        assertThat(total.longValue()).as("every ledger entry sums to zero").isZero();
        assertThat(fixtures.db().fetchCount(fixtures.db().select(LEDGER_ENTRIES.TRANSACTION_ID).from(LEDGER_ENTRIES)
                .groupBy(LEDGER_ENTRIES.TRANSACTION_ID).having(org.jooq.impl.DSL.sum(LEDGER_ENTRIES.AMOUNT).ne(java.math.BigDecimal.ZERO))))
                .as("every transaction balances").isZero();
    }

    @Test
    void packagesCarryTheirEuroPriceAndTheVatInIt() {
        var packages = api.get("/api/wallet/packages").json();
        assertThat(packages.size()).isGreaterThanOrEqualTo(3);
        var first = packages.get(0);
        assertThat(first.get("tokens").intValue()).isEqualTo(100);
        assertThat(first.at("/price/amount").stringValue()).isEqualTo("9.99");
        assertThat(first.at("/price/currency").stringValue()).isEqualTo("EUR");
        assertThat(first.at("/vatIncluded/amount").stringValue()).isEqualTo("1.73"); // 9.99 − 9.99 / 1.21
        assertThat(first.get("vatRate").stringValue()).isEqualTo("21.00");
    }

    @Test
    void staffEditThePackagesAndOnlyStaff() {
        String staff = fixtures.sessionFor("sofie");
        var created = api.post("/api/admin/packages", staff, Map.of("tokens", 777, "priceCents", 7700, "vatRate", 21, "active", false));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").stringValue();
        assertThat(api.get("/api/wallet/packages").body()).doesNotContain(id); // not on sale while inactive
        var changed = api.put("/api/admin/packages/" + id, staff, Map.of("tokens", 800, "priceCents", 7900, "vatRate", 9, "active", false));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().at("/price/amount").stringValue()).isEqualTo("79.00");
        assertThat(api.get("/api/admin/packages", staff).body()).contains(id);
        var fan = fixtures.aMember();
        assertThat(api.post("/api/admin/packages", fan.token(), Map.of("tokens", 1, "priceCents", 100, "vatRate", 21)).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/packages", fan.token()).status()).isEqualTo(403);
        var bad = api.post("/api/admin/packages", staff, Map.of("tokens", 0, "priceCents", 1, "vatRate", 120));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"tokens\"", "\"field\":\"priceCents\"", "\"field\":\"vatRate\"");
        assertThat(api.post("/api/wallet/purchases", fan.token(), Map.of("packageId", id)).status()).isEqualTo(400);
    }

    @Test
    void aPurchaseThroughTheTestCheckoutCreditsOnceAndLeavesAReceipt() {
        var fan = fixtures.aMember();
        var r = api.post("/api/wallet/purchases", fan.token(), Map.of("packageId", packageOf(100)));
        UUID id = UUID.fromString(r.json().get("id").stringValue());
        assertThat(r.json().get("checkoutUrl").stringValue()).endsWith("/checkout/test/" + id);
        assertThat(api.get("/api/wallet/purchases/" + id, fan.token()).json().get("state").stringValue()).isEqualTo("pending");

        var approved = api.post("/api/payments/test/purchases/" + id + "/events", fan.token(), Map.of("event", "sale"));
        assertThat(approved.status()).isEqualTo(202);
        assertThat(approved.json().get("returnUrl").stringValue()).endsWith("/wallet/purchases/" + id);
        await().atMost(Duration.ofSeconds(20)).until(() -> "paid".equals(state(id)));
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(100);
        assertThat(purchaseCredits(id)).isEqualTo(1);

        var purchase = api.get("/api/wallet/purchases/" + id, fan.token()).json();
        assertThat(purchase.get("state").stringValue()).isEqualTo("paid");
        assertThat(purchase.get("providerReference").stringValue()).isEqualTo("test-" + id);
        var wallet = api.get("/api/wallet", fan.token()).json();
        assertThat(wallet.at("/history/0/kind").stringValue()).isEqualTo("purchase");
        assertThat(wallet.at("/history/0/receipt/amount").stringValue()).isEqualTo("9.99");
        assertThat(wallet.at("/history/0/receipt/providerReference").stringValue()).isEqualTo("test-" + id);

        // the approval sent again (a double click) changes nothing
        api.post("/api/payments/test/purchases/" + id + "/events", fan.token(), Map.of("event", "sale"));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.db().fetchCount(PAYMENT_CALLBACKS,
                PAYMENT_CALLBACKS.PURCHASE_ID.eq(id)) == 2);
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(100);

        var other = fixtures.aMember();
        assertThat(api.get("/api/wallet/purchases/" + id, other.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/payments/test/purchases/" + id + "/events", other.token(), Map.of("event", "refund")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/wallet/purchases/" + id).status()).isEqualTo(401);
        assertThat(api.post("/api/wallet/purchases", fan.token(), Map.of("packageId", UUID.randomUUID())).json()
                .at("/errors/0/field").stringValue()).isEqualTo("packageId");
    }

    @Test
    void theBuyerAloneHearsOfHerPaidPurchaseInHerOwnRoom() throws Exception {
        var fan = fixtures.aMember();
        var other = fixtures.aMember();
        UUID id = start(fan, 100);
        try (var clients = new com.teezu.profiles.support.SocketClients()) {
            String url = api.get("/api/realtime").json().get("url").stringValue();
            String mine = clients.connect(url, fan.token(), List.of("websocket"));
            String theirs = clients.connect(url, other.token(), List.of("websocket"));
            assertThat(clients.connected(mine)).isTrue();
            assertThat(clients.connected(theirs)).isTrue();
            assertThat(post(callback("sale", id, "9.99", Instant.now())).status()).isEqualTo(200);
            var event = clients.awaitEvent(mine, "wallet:purchase", d -> id.toString().equals(d.path("purchaseId").stringValue()),
                    Duration.ofSeconds(10));
            assertThat(event.data().get("state").stringValue()).isEqualTo("paid");
            assertThat(event.data().get("balance").longValue()).isEqualTo(100);
            // the other fan's socket heard nothing of it (her own events only)
            assertThat(clients.events(theirs, "wallet:purchase")).isEmpty();
        }
    }

    @Test
    void aDeclinedCheckoutCreditsNothing() {
        var fan = fixtures.aMember();
        UUID id = start(fan, 100);
        var declined = api.post("/api/payments/test/purchases/" + id + "/events", fan.token(), Map.of("event", "decline"));
        assertThat(declined.json().get("returnUrl").stringValue()).endsWith("?declined=1");
        await().atMost(Duration.ofSeconds(20)).until(() -> "failed".equals(state(id)));
        assertThat(fixtures.balanceOf(fan.id())).isZero();
    }

    @Test
    void twentyConcurrentDuplicateCallbacksCreditOnce() throws Exception {
        var fan = fixtures.aMember();
        UUID id = start(fan, 550);
        var sale = callback("sale", id, "49.99", Instant.now());
        List<Future<Integer>> answers = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) answers.add(pool.submit((Callable<Integer>) () -> post(sale).status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var f : answers) statuses.add(f.get());
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(550);
        assertThat(purchaseCredits(id)).isEqualTo(1);
        assertThat(fixtures.db().fetchCount(PAYMENT_CALLBACKS, PAYMENT_CALLBACKS.PURCHASE_ID.eq(id))).isEqualTo(20);
        assertLedgerBalances();
    }

    @Test
    void badSignatureStaleTimestampMismatchAndReplayCreditNothing() {
        var fan = fixtures.aMember();
        UUID id = start(fan, 100);
        var good = callback("sale", id, "9.99", Instant.now());

        var forged = new java.util.TreeMap<>(good);
        forged.put("signature", ProviderSide.signature("not-the-key", good));
        assertThat(problem(post(forged), 403)).isEqualTo("bad-signature");
        var unsigned = new java.util.TreeMap<>(good);
        unsigned.remove("signature");
        assertThat(problem(post(unsigned), 403)).isEqualTo("bad-signature");
        var tampered = new java.util.TreeMap<>(good);
        tampered.put("priceAmount", "99.99"); // signed for 9.99
        assertThat(problem(post(tampered), 403)).isEqualTo("bad-signature");
        assertThat(problem(post(callback("sale", id, "9.99", Instant.now().minus(Duration.ofMinutes(10)))), 400))
                .isEqualTo("stale-timestamp");
        assertThat(problem(post(callback("sale", id, "1.00", Instant.now())), 409)).isEqualTo("amount-mismatch");
        var otherCurrency = new java.util.TreeMap<>(good);
        otherCurrency.put("priceCurrency", "USD");
        assertThat(problem(post(ProviderSide.signed(ProviderSide.TEST_KEY, otherCurrency)), 409)).isEqualTo("amount-mismatch");
        assertThat(problem(post(callback("sale", UUID.randomUUID(), "9.99", Instant.now())), 404)).isEqualTo("unknown-purchase");
        assertThat(state(id)).isEqualTo("pending");
        assertThat(fixtures.balanceOf(fan.id())).isZero();

        assertThat(post(good).status()).isEqualTo(200);
        assertThat(problem(post(good), 409)).isNull(); // the replay: callback-replayed
        assertThat(post(good).json().get("type").stringValue()).isEqualTo("urn:teezu:problem:callback-replayed");
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(100);

        var audit = fixtures.db().select(PAYMENT_CALLBACKS.OUTCOME, PAYMENT_CALLBACKS.PARAMS).from(PAYMENT_CALLBACKS)
                .where(PAYMENT_CALLBACKS.PURCHASE_ID.eq(id)).fetch();
        assertThat(audit.map(r -> r.value1())).contains("bad-signature", "stale-timestamp", "amount-mismatch", "credited", "duplicate");
        assertThat(audit.map(r -> r.value2().data())).noneMatch(p -> p.contains("signature") || p.contains(ProviderSide.TEST_KEY));
    }

    /** The problem's {@code reason} for a refused callback (null for another problem), after checking its status. */
    static String problem(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        var reason = r.json().get("reason");
        return reason == null ? null : reason.stringValue();
    }

    @Test
    void refundAndChargebackOfSpentTokensNeverGoBelowZeroAndFreezeTheWallet() {
        var fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        var creator = fixtures.aCreator();
        UUID item = fixtures.publish(creator.id(), ContentVisibility.locked, OffsetDateTime.now());
        UUID first = start(fan, 100);
        assertThat(post(callback("sale", first, "9.99", Instant.now())).status()).isEqualTo(200);
        assertThat(unlock(item, fan).status()).isEqualTo(200); // 50 of the 100 spent
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(50);

        assertThat(post(callback("refund", first, "9.99", Instant.now())).status()).isEqualTo(200);
        assertThat(fixtures.balanceOf(fan.id())).isZero();
        assertThat(state(first)).isEqualTo("refunded");
        var shortfall = fixtures.db().selectFrom(WALLET_SHORTFALLS).where(WALLET_SHORTFALLS.USER_ID.eq(fan.id())).fetchOne();
        assertThat(shortfall.getAmount()).isEqualTo(50);
        var wallet = api.get("/api/wallet", fan.token()).json();
        assertThat(wallet.get("frozen").booleanValue()).isTrue();
        assertThat(wallet.get("shortfallTokens").longValue()).isEqualTo(50);
        var staffList = api.get("/api/admin/shortfalls?open=true", fixtures.sessionFor("sofie"));
        assertThat(staffList.body()).contains(fan.username());
        assertThat(api.get("/api/admin/shortfalls", fan.token()).status()).isEqualTo(403);

        // a chargeback of the same sale after its refund takes nothing twice
        assertThat(post(callback("chargeback", first, "9.99", Instant.now())).status()).isEqualTo(200);
        assertThat(state(first)).isEqualTo("refunded");
        assertThat(fixtures.db().fetchCount(WALLET_SHORTFALLS, WALLET_SHORTFALLS.USER_ID.eq(fan.id()))).isEqualTo(1);

        // frozen: spending is refused even with tokens in the wallet
        fixtures.giveTokens(fan.id(), 10);
        var frozen = api.send("POST", "/api/users/" + creator.id() + "/gifts", fan.token(), Map.of("type", "rose"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(frozen.status()).isEqualTo(403);
        assertThat(frozen.json().get("type").stringValue()).isEqualTo("urn:teezu:problem:wallet-frozen");
        assertThat(frozen.json().get("shortfallTokens").longValue()).isEqualTo(50);

        // the next purchase settles what is owed first: 10 + 550 − 50
        UUID second = start(fan, 550);
        assertThat(post(callback("sale", second, "49.99", Instant.now())).status()).isEqualTo(200);
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(510);
        assertThat(api.get("/api/wallet", fan.token()).json().get("frozen").booleanValue()).isFalse();

        // a chargeback after spending most of it: balance to zero, the rest owed
        for (int i = 0; i < 5; i++) {
            assertThat(api.send("POST", "/api/users/" + creator.id() + "/gifts", fan.token(), Map.of("type", "fire"),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString())).status()).isEqualTo(200);
        }
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(160);
        assertThat(post(callback("chargeback", second, "49.99", Instant.now())).status()).isEqualTo(200);
        assertThat(state(second)).isEqualTo("charged_back");
        assertThat(fixtures.balanceOf(fan.id())).isZero();
        assertThat(api.get("/api/wallet", fan.token()).json().get("shortfallTokens").longValue()).isEqualTo(390);
        assertLedgerBalances();
    }

    @Test
    void aRefundThatArrivesBeforeItsSaleMeansTheSaleNeverCredits() {
        var fan = fixtures.aMember();
        UUID id = start(fan, 100);
        assertThat(post(callback("refund", id, "9.99", Instant.now())).status()).isEqualTo(200);
        assertThat(state(id)).isEqualTo(PurchaseState.refunded.getLiteral());
        assertThat(post(callback("sale", id, "9.99", Instant.now())).status()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("refunded");
        assertThat(fixtures.balanceOf(fan.id())).isZero();
        assertThat(purchaseCredits(id)).isZero();
    }

    Api.Response unlock(UUID item, Fixtures.TestUser fan) {
        return api.send("POST", "/api/content/" + item + "/unlock", fan.token(), null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }
}
