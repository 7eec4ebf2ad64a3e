package com.teezu.profiles.wallet;

import com.teezu.profiles.db.enums.ContentVisibility;
import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.db.enums.WalletKind;
import com.teezu.profiles.stats.StatsService;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.ConcurrentUsers;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

/**
 * 120 buyers at once unlock and gift, retrying with the same Idempotency-Keys, some without enough
 * tokens. Afterwards no balance is negative, the ledger sums to zero, nobody paid twice for an item,
 * creator credits plus fees equal buyer debits, and the vault counts equal the gift events.
 */
@IntegrationTest
class MoneyConcurrencyIT {

    static final int BUYERS = 120;

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StatsService stats;

    @Test
    void noTokenIsLostOrDuplicated() throws Exception {
        List<Fixtures.TestUser> creators = List.of(fixtures.aCreator(), fixtures.aCreator(), fixtures.aCreator());
        List<UUID> items = new ArrayList<>();
        for (var c : creators) {
            for (int i = 0; i < 3; i++) items.add(fixtures.publish(c.id(), ContentVisibility.locked, OffsetDateTime.now().minusMinutes(i)));
        }
        Random seed = new Random(7);
        List<Fixtures.TestUser> buyers = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            var b = fixtures.aMember();
            fixtures.giveTokens(b.id(), i % 5 == 0 ? 30 : 20 + seed.nextInt(600)); // some cannot afford anything
            buyers.add(b);
        }
        Map<Integer, Integer> statuses = ConcurrentUsers.run(buyers, seed.nextLong(), 40, (buyer, turn) -> {
            Random random = turn.random();
            for (int op = 0; op < 8; op++) {
                String key = "k-" + op;
                int repeats = 1 + random.nextInt(3); // retries reuse the key
                boolean unlock = random.nextBoolean();
                UUID item = items.get(random.nextInt(items.size()));
                var creator = creators.get(random.nextInt(creators.size()));
                String type = List.of("rose", "fire", "butterfly").get(random.nextInt(3));
                for (int r = 0; r < repeats; r++) {
                    turn.request(() -> unlock
                            ? api.send("POST", "/api/content/" + item + "/unlock", buyer.token(), null, Map.of("Idempotency-Key", key)).status()
                            : api.send("POST", "/api/users/" + creator.id() + "/gifts", buyer.token(), Map.of("type", type),
                            Map.of("Idempotency-Key", key)).status());
                }
            }
        });
        assertThat(statuses.keySet()).as("statuses %s", statuses).isSubsetOf(200, 402);
        assertThat(statuses.get(402)).as("some buyers ran out").isNotNull();

        var db = fixtures.db();
        assertThat(db.fetchCount(WALLETS, WALLETS.BALANCE.lt(0L).and(WALLETS.KIND.ne(WalletKind.external)))).isZero();
        assertThat(db.select(sum(LEDGER_ENTRIES.AMOUNT)).from(LEDGER_ENTRIES).fetchOne(0, Long.class)).isZero();
        assertThat(db.resultQuery("""
                SELECT count(*) FROM wallets w
                 WHERE w.balance <> coalesce((SELECT sum(amount) FROM ledger_entries e WHERE e.wallet_id = w.id), 0)
                """).fetchOne(0, Integer.class)).isZero();
        // each (buyer, item) charged at most once
        assertThat(db.select(LEDGER_TRANSACTIONS.INITIATOR_ID, LEDGER_TRANSACTIONS.REFERENCE_ID, count())
                .from(LEDGER_TRANSACTIONS).where(LEDGER_TRANSACTIONS.KIND.eq(LedgerKind.unlock))
                .groupBy(LEDGER_TRANSACTIONS.INITIATOR_ID, LEDGER_TRANSACTIONS.REFERENCE_ID)
                .having(count().gt(1)).fetch()).isEmpty();
        assertThat(db.fetchCount(CONTENT_UNLOCKS, CONTENT_UNLOCKS.CONTENT_ID.in(items)))
                .isEqualTo(db.fetchCount(LEDGER_TRANSACTIONS, LEDGER_TRANSACTIONS.KIND.eq(LedgerKind.unlock)
                        .and(LEDGER_TRANSACTIONS.REFERENCE_ID.in(items))));
        // what buyers paid equals what creators and the platform received, per gift and unlock
        var flows = db.resultQuery("""
                SELECT coalesce(sum(-e.amount) FILTER (WHERE e.amount < 0), 0),
                       coalesce(sum(e.amount) FILTER (WHERE e.amount > 0 AND w.kind = 'user'), 0),
                       coalesce(sum(e.amount) FILTER (WHERE e.amount > 0 AND w.kind = 'platform_fees'), 0)
                  FROM ledger_entries e JOIN wallets w ON w.id = e.wallet_id JOIN ledger_transactions t ON t.id = e.transaction_id
                 WHERE t.kind IN ('gift', 'unlock')
                """).fetchOne();
        assertThat(flows.get(1, Long.class) + flows.get(2, Long.class)).isEqualTo(flows.get(0, Long.class));
        // each successful gift's key made exactly one gift event
        for (var c : creators) {
            assertThat(db.fetchCount(GIFT_EVENTS, GIFT_EVENTS.RECIPIENT_ID.eq(c.id())))
                    .isEqualTo(db.select(sum(GIFT_VAULT.COUNT)).from(GIFT_VAULT).where(GIFT_VAULT.USER_ID.eq(c.id()))
                            .fetchOptional(0, Integer.class).orElse(0));
        }
        assertThat(db.fetchCount(GIFT_EVENTS, GIFT_EVENTS.SENDER_ID.in(buyers.stream().map(Fixtures.TestUser::id).toList())))
                .isEqualTo(db.fetchCount(IDEMPOTENT_REQUESTS, IDEMPOTENT_REQUESTS.USER_ID.in(buyers.stream().map(Fixtures.TestUser::id).toList())
                        .and(IDEMPOTENT_REQUESTS.REQUEST_HASH.isNotNull()))
                        - db.fetchCount(LEDGER_TRANSACTIONS, LEDGER_TRANSACTIONS.KIND.eq(LedgerKind.unlock)
                        .and(LEDGER_TRANSACTIONS.INITIATOR_ID.in(buyers.stream().map(Fixtures.TestUser::id).toList())))
                        - alreadyUnlockedAnswers(buyers));
        assertThat(stats.recountAll().drift()).isEmpty();
    }

    /** Stored unlock answers that charged nothing (the item was already bought under another key). */
    private int alreadyUnlockedAnswers(List<Fixtures.TestUser> buyers) {
        return fixtures.db().resultQuery("""
                SELECT count(*) FROM idempotent_requests
                 WHERE user_id = ANY(?) AND response ->> 'charged' = 'false'
                """, (Object) buyers.stream().map(Fixtures.TestUser::id).toArray(UUID[]::new)).fetchOne(0, Integer.class);
    }
}
