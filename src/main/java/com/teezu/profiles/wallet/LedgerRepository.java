package com.teezu.profiles.wallet;

import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.db.enums.WalletKind;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.teezu.profiles.db.Tables.LEDGER_ENTRIES;
import static com.teezu.profiles.db.Tables.LEDGER_TRANSACTIONS;
import static com.teezu.profiles.db.Tables.USERS;
import static com.teezu.profiles.db.Tables.WALLETS;
import static org.jooq.impl.DSL.row;

@Repository
class LedgerRepository {

    record Entry(UUID walletId, long amount) {
    }

    record HistoryRow(long id, UUID transactionId, String kind, long amount, OffsetDateTime at, UUID reference,
                      UUID otherId, String otherUsername, String otherDisplayName) {
    }

    private final DSLContext db;

    LedgerRepository(DSLContext db) {
        this.db = db;
    }

    UUID userWallet(UUID userId) {
        return db.insertInto(WALLETS).set(WALLETS.KIND, WalletKind.user).set(WALLETS.OWNER_ID, userId)
                .onConflict(WALLETS.OWNER_ID).doUpdate().set(WALLETS.OWNER_ID, userId)
                .returning(WALLETS.ID).fetchOne(WALLETS.ID);
    }

    UUID systemWallet(WalletKind kind) {
        return db.select(WALLETS.ID).from(WALLETS).where(WALLETS.KIND.eq(kind)).fetchOne(WALLETS.ID);
    }

    /** Locks the wallets in id order (the one order every transaction uses: no deadlocks); their balances. */
    Map<UUID, Long> lock(Collection<UUID> walletIds) {
        return db.select(WALLETS.ID, WALLETS.BALANCE).from(WALLETS).where(WALLETS.ID.in(walletIds))
                .orderBy(WALLETS.ID).forUpdate()
                .fetch().stream().collect(Collectors.toMap(r -> r.value1(), r -> r.value2()));
    }

    long balance(UUID walletId) {
        return db.select(WALLETS.BALANCE).from(WALLETS).where(WALLETS.ID.eq(walletId)).fetchOne(WALLETS.BALANCE);
    }

    UUID transaction(LedgerKind kind, UUID initiator, UUID reference) {
        return db.insertInto(LEDGER_TRANSACTIONS).set(LEDGER_TRANSACTIONS.KIND, kind)
                .set(LEDGER_TRANSACTIONS.INITIATOR_ID, initiator).set(LEDGER_TRANSACTIONS.REFERENCE_ID, reference)
                .returning(LEDGER_TRANSACTIONS.ID).fetchOne(LEDGER_TRANSACTIONS.ID);
    }

    /** Writes the entries and moves the balances; the database refuses a negative user balance. */
    void post(UUID transactionId, List<Entry> entries) {
        var insert = db.insertInto(LEDGER_ENTRIES, LEDGER_ENTRIES.TRANSACTION_ID, LEDGER_ENTRIES.WALLET_ID, LEDGER_ENTRIES.AMOUNT);
        for (var e : entries) insert = insert.values(transactionId, e.walletId(), e.amount());
        insert.execute();
        for (var e : entries) {
            db.update(WALLETS).set(WALLETS.BALANCE, WALLETS.BALANCE.plus(e.amount())).where(WALLETS.ID.eq(e.walletId())).execute();
        }
    }

    List<HistoryRow> history(UUID walletId, OffsetDateTime beforeAt, Long beforeId, int limit) {
        var condition = LEDGER_ENTRIES.WALLET_ID.eq(walletId);
        if (beforeAt != null) condition = condition.and(row(LEDGER_ENTRIES.CREATED_AT, LEDGER_ENTRIES.ID).lt(beforeAt, beforeId));
        // the other party: the other user's wallet in the same transaction (the creator paid, or the fan who paid)
        var other = LEDGER_ENTRIES.as("other");
        var otherWallet = WALLETS.as("other_wallet");
        var otherUser = USERS.as("other_user");
        var party = org.jooq.impl.DSL.lateral(db.select(otherUser.ID, otherUser.USERNAME, otherUser.DISPLAY_NAME)
                .from(other).join(otherWallet).on(otherWallet.ID.eq(other.WALLET_ID)).join(otherUser).on(otherUser.ID.eq(otherWallet.OWNER_ID))
                .where(other.TRANSACTION_ID.eq(LEDGER_ENTRIES.TRANSACTION_ID)).and(other.WALLET_ID.ne(LEDGER_ENTRIES.WALLET_ID))
                .limit(1)).as("party");
        return db.select(LEDGER_ENTRIES.ID, LEDGER_ENTRIES.TRANSACTION_ID, LEDGER_TRANSACTIONS.KIND, LEDGER_ENTRIES.AMOUNT,
                        LEDGER_ENTRIES.CREATED_AT, LEDGER_TRANSACTIONS.REFERENCE_ID,
                        party.field(otherUser.ID), party.field(otherUser.USERNAME), party.field(otherUser.DISPLAY_NAME))
                .from(LEDGER_ENTRIES).join(LEDGER_TRANSACTIONS).on(LEDGER_TRANSACTIONS.ID.eq(LEDGER_ENTRIES.TRANSACTION_ID))
                .leftJoin(party).on(org.jooq.impl.DSL.trueCondition())
                .where(condition)
                .orderBy(LEDGER_ENTRIES.CREATED_AT.desc(), LEDGER_ENTRIES.ID.desc())
                .limit(limit + 1)
                .fetch(r -> new HistoryRow(r.value1(), r.value2(), r.value3().getLiteral(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }
}
