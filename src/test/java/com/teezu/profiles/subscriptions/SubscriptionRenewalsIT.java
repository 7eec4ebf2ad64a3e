package com.teezu.profiles.subscriptions;

import com.teezu.profiles.db.enums.ContentVisibility;
import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.SocketClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static com.teezu.profiles.db.Tables.LEDGER_ENTRIES;
import static com.teezu.profiles.db.Tables.LEDGER_TRANSACTIONS;
import static com.teezu.profiles.db.Tables.NOTIFICATIONS;
import static com.teezu.profiles.db.Tables.SUBSCRIPTIONS;
import static com.teezu.profiles.db.Tables.WALLET_SHORTFALLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.sum;

/**
 * The monthly renewal: a subscription whose month has ended is charged once more (never twice, however
 * many runs race for it), one that cannot be paid lapses with its access, counter and a notification,
 * and a cancelled one simply ends. "A month has passed" is written into the subscription's own dates,
 * so nothing else in the shared database comes due.
 */
@IntegrationTest
class SubscriptionRenewalsIT {

    @Autowired
    SubscriptionRenewals renewals;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Api api;

    record Subscribed(Fixtures.TestUser fan, Fixtures.TestUser creator) {
    }

    Subscribed subscribed(long tokens) {
        var fan = fixtures.aMember();
        var creator = fixtures.aCreator();
        fixtures.giveTokens(fan.id(), tokens);
        var r = api.post("/api/users/" + creator.id() + "/subscription", fan.token(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return new Subscribed(fan, creator);
    }

    /** The subscription's month ended {@code ago}. */
    void monthEnded(Subscribed s, Duration ago) {
        monthEndedAt(s, OffsetDateTime.now().minus(ago));
    }

    void monthEndedAt(Subscribed s, OffsetDateTime end) {
        fixtures.db().update(SUBSCRIPTIONS).set(SUBSCRIPTIONS.STARTED_AT, end.minusMonths(1)).set(SUBSCRIPTIONS.CURRENT_PERIOD_END, end)
                .where(SUBSCRIPTIONS.SUBSCRIBER_ID.eq(s.fan().id()).and(SUBSCRIPTIONS.CREATOR_ID.eq(s.creator().id()))).execute();
    }

    OffsetDateTime periodEnd(Subscribed s) {
        return fixtures.db().select(SUBSCRIPTIONS.CURRENT_PERIOD_END).from(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.SUBSCRIBER_ID.eq(s.fan().id()).and(SUBSCRIPTIONS.CREATOR_ID.eq(s.creator().id())))
                .fetchOne(SUBSCRIPTIONS.CURRENT_PERIOD_END);
    }

    int charges(Subscribed s) {
        return fixtures.db().fetchCount(LEDGER_TRANSACTIONS, LEDGER_TRANSACTIONS.KIND.eq(LedgerKind.subscription)
                .and(LEDGER_TRANSACTIONS.INITIATOR_ID.eq(s.fan().id())));
    }

    int subscribers(Subscribed s) {
        return api.get("/api/users/me/profile", s.creator().token()).json().at("/privateStats/subscribers").intValue();
    }

    @Test
    void aDueSubscriptionIsChargedOnceMoreAndRunsAnotherMonth() {
        var s = subscribed(250);
        OffsetDateTime end = OffsetDateTime.now().minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
        monthEndedAt(s, end);
        long creatorBefore = fixtures.balanceOf(s.creator().id());

        var result = renewals.runOnce();
        assertThat(result.renewed()).isGreaterThanOrEqualTo(1);
        assertThat(charges(s)).isEqualTo(2);
        assertThat(fixtures.balanceOf(s.fan().id())).isEqualTo(50);
        assertThat(fixtures.balanceOf(s.creator().id())).isEqualTo(creatorBefore + 80);
        assertThat(periodEnd(s).toInstant()).isEqualTo(end.plusMonths(1).toInstant()); // the cadence is kept: from the old end
        assertThat(subscribers(s)).isEqualTo(1);

        renewals.runOnce(); // nothing is due any more
        assertThat(charges(s)).isEqualTo(2);
        assertThat(fixtures.db().select(sum(LEDGER_ENTRIES.AMOUNT)).from(LEDGER_ENTRIES).fetchOne(0, Long.class)).isZero();
    }

    @Test
    void racingRunsChargeEachSubscriptionOnce() throws Exception {
        List<Subscribed> subs = new ArrayList<>();
        for (int i = 0; i < 12; i++) subs.add(subscribed(1_000));
        subs.forEach(s -> monthEnded(s, Duration.ofMinutes(1)));

        var pool = Executors.newFixedThreadPool(4);
        var start = new CountDownLatch(1);
        List<Callable<SubscriptionRenewals.Result>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(() -> {
                start.await();
                return renewals.runOnce();
            });
        }
        var futures = runs.stream().map(pool::submit).toList();
        start.countDown();
        int renewed = 0;
        for (var f : futures) renewed += f.get().renewed();
        pool.shutdown();

        assertThat(renewed).isGreaterThanOrEqualTo(12);
        for (var s : subs) {
            assertThat(charges(s)).as("charges of %s", s.fan().username()).isEqualTo(2);
            assertThat(fixtures.balanceOf(s.fan().id())).isEqualTo(800);
            assertThat(periodEnd(s)).isAfter(OffsetDateTime.now().plusDays(27));
        }
    }

    @Test
    void aSubscriberWithoutTokensLapsesLosesAccessAndIsTold() throws Exception {
        var s = subscribed(130); // 30 left after the first month: not enough for the second
        fixtures.publish(s.creator().id(), ContentVisibility.premium, OffsetDateTime.now());
        assertThat(api.get("/api/users/" + s.creator().id() + "/profile", s.fan().token()).json().at("/contentGrid/0/locked").booleanValue())
                .isFalse();
        try (var clients = new SocketClients()) {
            String url = api.get("/api/realtime").json().get("url").stringValue();
            String socket = clients.connect(url, s.fan().token(), List.of("websocket"));
            assertThat(clients.connected(socket)).isTrue();
            monthEnded(s, Duration.ofMinutes(1));

            var result = renewals.runOnce();
            assertThat(result.lapsed()).isGreaterThanOrEqualTo(1);
            var notice = clients.awaitEvent(socket, "notification:new", d -> "subscription_lapsed".equals(d.path("type").stringValue()),
                    Duration.ofSeconds(5));
            assertThat(notice.data().at("/from/username").stringValue()).isEqualTo(s.creator().username());
        }
        assertThat(charges(s)).isEqualTo(1);
        assertThat(fixtures.balanceOf(s.fan().id())).isEqualTo(30);
        assertThat(subscribers(s)).isZero();
        var profile = api.get("/api/users/" + s.creator().id() + "/profile", s.fan().token()).json();
        assertThat(profile.at("/viewer/subscribed").booleanValue()).isFalse();
        assertThat(profile.at("/contentGrid/0/locked").booleanValue()).isTrue();
        assertThat(profile.at("/contentGrid/0").has("mediaUrl")).isFalse();
        assertThat(fixtures.db().fetchCount(NOTIFICATIONS, NOTIFICATIONS.USER_ID.eq(s.fan().id())
                .and(NOTIFICATIONS.TYPE.eq("subscription_lapsed")).and(NOTIFICATIONS.ACTOR_ID.eq(s.creator().id())))).isEqualTo(1);

        // subscribing again charges a fresh month once there are tokens
        fixtures.giveTokens(s.fan().id(), 70);
        var again = api.post("/api/users/" + s.creator().id() + "/subscription", s.fan().token(), null);
        assertThat(again.json().get("charged").booleanValue()).isTrue();
        assertThat(subscribers(s)).isEqualTo(1);
    }

    @Test
    void aFrozenWalletOrASpendingLimitLapsesTheRenewalAndTheOthersStillRenew() {
        var frozen = subscribed(1_000);
        var limited = subscribed(1_000);
        var fine = subscribed(1_000);
        fixtures.db().insertInto(WALLET_SHORTFALLS).set(WALLET_SHORTFALLS.USER_ID, frozen.fan().id())
                .set(WALLET_SHORTFALLS.REFERENCE_ID, UUID.randomUUID()).set(WALLET_SHORTFALLS.KIND, LedgerKind.chargeback)
                .set(WALLET_SHORTFALLS.AMOUNT, 40L).execute();
        assertThat(api.patch("/api/wallet/limits", limited.fan().token(), java.util.Map.of("monthly", 150)).status()).isEqualTo(200);
        for (var s : List.of(frozen, limited, fine)) monthEnded(s, Duration.ofMinutes(1));

        renewals.runOnce();

        assertThat(charges(frozen)).isEqualTo(1);
        assertThat(charges(limited)).isEqualTo(1); // 100 spent this month; another 100 passes 150
        assertThat(charges(fine)).isEqualTo(2);
        assertThat(api.get("/api/users/" + frozen.creator().id() + "/profile", frozen.fan().token()).json()
                .at("/viewer/subscribed").booleanValue()).isFalse();
    }

    @Test
    void aCancelledSubscriptionEndsWithItsMonthAndIsNotCharged() {
        var s = subscribed(500);
        api.delete("/api/users/" + s.creator().id() + "/subscription", s.fan().token());
        monthEnded(s, Duration.ofMinutes(1));
        renewals.runOnce();
        assertThat(charges(s)).isEqualTo(1);
        assertThat(fixtures.balanceOf(s.fan().id())).isEqualTo(400);
        assertThat(api.get("/api/users/" + s.creator().id() + "/profile", s.fan().token()).json().at("/viewer/subscribed").booleanValue())
                .isFalse();
    }

    @Test
    void aNodeThatWasDownForMonthsChargesOnceAndStartsTheNewMonthNow() {
        var s = subscribed(1_000);
        monthEnded(s, Duration.ofDays(100));
        renewals.runOnce();
        assertThat(charges(s)).isEqualTo(2);
        assertThat(periodEnd(s)).isBetween(OffsetDateTime.now().plusDays(27), OffsetDateTime.now().plusDays(32));
    }
}
