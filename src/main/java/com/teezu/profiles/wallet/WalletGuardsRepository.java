package com.teezu.profiles.wallet;

import com.teezu.profiles.db.enums.LedgerKind;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.LEDGER_ENTRIES;
import static com.teezu.profiles.db.Tables.LEDGER_TRANSACTIONS;
import static com.teezu.profiles.db.Tables.SPENDING_LIMITS;
import static com.teezu.profiles.db.Tables.USERS;
import static com.teezu.profiles.db.Tables.WALLET_SHORTFALLS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;

/** The SQL of what guards spending: fans' own limits, what they spent, and shortfalls left by reversals. */
@Repository
class WalletGuardsRepository {

    record LimitRow(String period, Long amount, Long nextAmount, OffsetDateTime nextFrom) {
    }

    record OpenShortfall(UUID id, long open) {
    }

    /** What a spend must know about its payer: tokens owed, and whether she set any limit. */
    record SpendState(long owed, boolean limited) {
    }

    record ShortfallRow(UUID id, UUID userId, String username, UUID referenceId, String kind, long amount, long settled,
                        OffsetDateTime createdAt) {
    }

    private final DSLContext db;

    WalletGuardsRepository(DSLContext db) {
        this.db = db;
    }

    List<LimitRow> limits(UUID userId) {
        return db.select(SPENDING_LIMITS.PERIOD, SPENDING_LIMITS.AMOUNT, SPENDING_LIMITS.NEXT_AMOUNT, SPENDING_LIMITS.NEXT_FROM)
                .from(SPENDING_LIMITS).where(SPENDING_LIMITS.USER_ID.eq(userId))
                .fetch(r -> new LimitRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Sets what applies now and what applies from {@code nextFrom} (null: nothing waits). */
    void saveLimit(UUID userId, String period, Long amount, Long nextAmount, OffsetDateTime nextFrom) {
        db.insertInto(SPENDING_LIMITS).set(SPENDING_LIMITS.USER_ID, userId).set(SPENDING_LIMITS.PERIOD, period)
                .set(SPENDING_LIMITS.AMOUNT, amount).set(SPENDING_LIMITS.NEXT_AMOUNT, nextAmount).set(SPENDING_LIMITS.NEXT_FROM, nextFrom)
                .onConflict(SPENDING_LIMITS.USER_ID, SPENDING_LIMITS.PERIOD).doUpdate()
                .set(SPENDING_LIMITS.AMOUNT, amount).set(SPENDING_LIMITS.NEXT_AMOUNT, nextAmount).set(SPENDING_LIMITS.NEXT_FROM, nextFrom)
                .execute();
    }

    OffsetDateTime now() {
        return db.select(currentOffsetDateTime()).fetchOne().value1();
    }

    /** Tokens this wallet paid out for the given kinds since {@code since} (a positive number). */
    long spentSince(UUID walletId, Collection<LedgerKind> kinds, OffsetDateTime since) {
        var total = db.select(coalesce(sum(LEDGER_ENTRIES.AMOUNT.neg()), val(java.math.BigDecimal.ZERO)))
                .from(LEDGER_ENTRIES).join(LEDGER_TRANSACTIONS).on(LEDGER_TRANSACTIONS.ID.eq(LEDGER_ENTRIES.TRANSACTION_ID))
                .where(LEDGER_ENTRIES.WALLET_ID.eq(walletId)).and(LEDGER_ENTRIES.CREATED_AT.gt(since))
                .and(LEDGER_ENTRIES.AMOUNT.lt(0L)).and(LEDGER_TRANSACTIONS.KIND.in(kinds))
                .fetchOne().value1();
        return total.longValueExact();
    }

    /** One round trip, under the payer's wallet lock (every spend holds the platform's wallet lock too). */
    SpendState spendState(UUID userId) {
        var owed = db.select(coalesce(sum(WALLET_SHORTFALLS.AMOUNT.minus(WALLET_SHORTFALLS.SETTLED)), val(java.math.BigDecimal.ZERO)))
                .from(WALLET_SHORTFALLS)
                .where(WALLET_SHORTFALLS.USER_ID.eq(userId)).and(WALLET_SHORTFALLS.SETTLED.lt(WALLET_SHORTFALLS.AMOUNT)).asField("owed");
        var limited = org.jooq.impl.DSL.exists(db.selectOne().from(SPENDING_LIMITS).where(SPENDING_LIMITS.USER_ID.eq(userId))).as("limited");
        var r = db.select(owed, limited).fetchOne();
        return new SpendState(((java.math.BigDecimal) r.value1()).longValueExact(), r.value2());
    }

    void recordShortfall(UUID userId, UUID reference, LedgerKind kind, long amount) {
        db.insertInto(WALLET_SHORTFALLS).set(WALLET_SHORTFALLS.USER_ID, userId).set(WALLET_SHORTFALLS.REFERENCE_ID, reference)
                .set(WALLET_SHORTFALLS.KIND, kind).set(WALLET_SHORTFALLS.AMOUNT, amount).execute();
    }

    List<OpenShortfall> openShortfalls(UUID userId) {
        return db.select(WALLET_SHORTFALLS.ID, WALLET_SHORTFALLS.AMOUNT.minus(WALLET_SHORTFALLS.SETTLED))
                .from(WALLET_SHORTFALLS)
                .where(WALLET_SHORTFALLS.USER_ID.eq(userId)).and(WALLET_SHORTFALLS.SETTLED.lt(WALLET_SHORTFALLS.AMOUNT))
                .orderBy(WALLET_SHORTFALLS.CREATED_AT, WALLET_SHORTFALLS.ID)
                .fetch(r -> new OpenShortfall(r.value1(), r.value2()));
    }

    void settle(UUID shortfallId, long tokens) {
        db.update(WALLET_SHORTFALLS).set(WALLET_SHORTFALLS.SETTLED, WALLET_SHORTFALLS.SETTLED.plus(tokens))
                .set(WALLET_SHORTFALLS.SETTLED_AT, org.jooq.impl.DSL.when(WALLET_SHORTFALLS.SETTLED.plus(tokens).eq(WALLET_SHORTFALLS.AMOUNT),
                        currentOffsetDateTime()))
                .where(WALLET_SHORTFALLS.ID.eq(shortfallId)).execute();
    }

    /** For staff: every shortfall, open ones first, newest first. */
    List<ShortfallRow> shortfalls(boolean openOnly, int limit) {
        var condition = openOnly ? WALLET_SHORTFALLS.SETTLED.lt(WALLET_SHORTFALLS.AMOUNT) : org.jooq.impl.DSL.noCondition();
        return db.select(WALLET_SHORTFALLS.ID, WALLET_SHORTFALLS.USER_ID, USERS.USERNAME, WALLET_SHORTFALLS.REFERENCE_ID,
                        WALLET_SHORTFALLS.KIND, WALLET_SHORTFALLS.AMOUNT, WALLET_SHORTFALLS.SETTLED, WALLET_SHORTFALLS.CREATED_AT)
                .from(WALLET_SHORTFALLS).join(USERS).on(USERS.ID.eq(WALLET_SHORTFALLS.USER_ID))
                .where(condition)
                .orderBy(WALLET_SHORTFALLS.SETTLED.lt(WALLET_SHORTFALLS.AMOUNT).desc(), WALLET_SHORTFALLS.CREATED_AT.desc())
                .limit(limit)
                .fetch(r -> new ShortfallRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().getLiteral(), r.value6(),
                        r.value7(), r.value8()));
    }
}
