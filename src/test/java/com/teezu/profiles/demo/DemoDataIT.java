package com.teezu.profiles.demo;

import com.teezu.profiles.stats.StatsService;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.teezu.profiles.db.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

@IntegrationTest
class DemoDataIT {

    @Autowired
    DSLContext db;
    @Autowired
    StatsService stats;
    @Autowired
    Api api;
    @Autowired
    DemoDataLoader loader;

    @Test
    void lenaHasTheSeedsNumbersBackedByRows() {
        var lena = db.select(USERS.ID).from(USERS).where(USERS.USERNAME.eq("lovelylena")).fetchOne(USERS.ID);
        assertThat(db.fetchCount(FOLLOWS, FOLLOWS.FOLLOWEE_ID.eq(lena))).isEqualTo(4217);
        assertThat(db.fetchCount(FOLLOWS, FOLLOWS.FOLLOWER_ID.eq(lena))).isEqualTo(312);
        assertThat(db.select(count()).from(LIKES).join(CONTENT).on(CONTENT.ID.eq(LIKES.CONTENT_ID))
                .where(CONTENT.CREATOR_ID.eq(lena).and(CONTENT.DELETED_AT.isNull())).fetchOne(0, Integer.class)).isEqualTo(18742);
        assertThat(db.fetchCount(CONTENT, CONTENT.CREATOR_ID.eq(lena).and(CONTENT.DELETED_AT.isNull()))).isEqualTo(89);
        assertThat(db.select(sum(GIFT_EVENTS.PRICE_TOKENS)).from(GIFT_EVENTS).where(GIFT_EVENTS.RECIPIENT_ID.eq(lena))
                .fetchOne(0, Long.class)).isEqualTo(14200);
        assertThat(db.fetchCount(SUBSCRIPTIONS, SUBSCRIPTIONS.CREATOR_ID.eq(lena))).isEqualTo(342);

        var profile = api.get("/api/users/lovelylena/profile").json();
        assertThat(profile.at("/stats/followers").intValue()).isGreaterThanOrEqualTo(4217);
        assertThat(profile.at("/stats/streamHours").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("142.0")); // other tests may end her running stream
    }

    @Test
    void lenaHasConversationsWithSamAndOthersAPaidMessageAndUnreadCountsAsTheRowsSay() {
        var lena = db.select(USERS.ID).from(USERS).where(USERS.USERNAME.eq("lovelylena")).fetchOne(USERS.ID);
        var sam = db.select(USERS.ID).from(USERS).where(USERS.USERNAME.eq("sam")).fetchOne(USERS.ID);
        assertThat(db.fetchCount(CONVERSATION_MEMBERS, CONVERSATION_MEMBERS.USER_ID.eq(lena))).isGreaterThanOrEqualTo(5);
        var withSam = db.select(CONVERSATION_MEMBERS.CONVERSATION_ID).from(CONVERSATION_MEMBERS)
                .where(CONVERSATION_MEMBERS.USER_ID.eq(lena).and(CONVERSATION_MEMBERS.OTHER_ID.eq(sam))).fetchOne(0, java.util.UUID.class);
        assertThat(db.fetchCount(MESSAGES, MESSAGES.CONVERSATION_ID.eq(withSam))).isGreaterThanOrEqualTo(5);
        assertThat(db.fetchCount(MESSAGES, MESSAGES.CONVERSATION_ID.eq(withSam).and(MESSAGES.PRICE_TOKENS.isNotNull()))).isGreaterThanOrEqualTo(1);
        // the inbox is alive: someone has something unread, and every unread count equals its rows
        assertThat(db.select(sum(CONVERSATION_MEMBERS.UNREAD)).from(CONVERSATION_MEMBERS).fetchOne(0, Integer.class)).isPositive();
        for (var m : db.selectFrom(CONVERSATION_MEMBERS).fetch()) {
            int rows = db.fetchCount(MESSAGES, MESSAGES.CONVERSATION_ID.eq(m.getConversationId())
                    .and(MESSAGES.SENDER_ID.eq(m.getOtherId())).and(MESSAGES.SEQ.gt(m.getLastReadSeq()))
                    .and(MESSAGES.REMOVED_AT.isNull().or(org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne().from(MESSAGE_UNLOCKS)
                            .where(MESSAGE_UNLOCKS.MESSAGE_ID.eq(MESSAGES.ID).and(MESSAGE_UNLOCKS.USER_ID.eq(m.getUserId())))))));
            assertThat(m.getUnread()).as("unread of " + m.getUserId() + " in " + m.getConversationId()).isEqualTo(rows);
        }
        // and every conversation's last number is its newest message's
        for (var c : db.selectFrom(CONVERSATIONS).fetch()) {
            assertThat(db.select(org.jooq.impl.DSL.max(MESSAGES.SEQ)).from(MESSAGES).where(MESSAGES.CONVERSATION_ID.eq(c.getId()))
                    .fetchOne(0, Long.class)).isEqualTo(c.getLastSeq());
        }
    }

    @Test
    void everyCounterEqualsTheRowsBehindIt() {
        assertThat(stats.recountAll().drift()).isEmpty();
    }

    @Test
    void theLedgerBalancesAndNoWalletIsNegative() {
        assertThat(db.select(sum(LEDGER_ENTRIES.AMOUNT)).from(LEDGER_ENTRIES).fetchOne(0, Long.class)).isZero();
        assertThat(db.fetchCount(WALLETS, WALLETS.BALANCE.lt(0L).and(WALLETS.KIND.ne(com.teezu.profiles.db.enums.WalletKind.external)))).isZero();
        var walletSums = db.resultQuery("""
                SELECT count(*) FROM wallets w
                 WHERE w.balance <> coalesce((SELECT sum(amount) FROM ledger_entries e WHERE e.wallet_id = w.id), 0)
                """).fetchOne(0, Integer.class);
        assertThat(walletSums).isZero();
    }

    @Test
    void loadingAgainChangesNothing() {
        int users = db.fetchCount(USERS);
        loader.afterSingletonsInstantiated();
        assertThat(db.fetchCount(USERS)).isEqualTo(users);
    }
}
