package com.teezu.profiles.support;

import com.teezu.profiles.auth.SessionService;
import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.db.enums.UserRole;
import com.teezu.profiles.db.enums.WalletKind;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.teezu.profiles.db.Tables.*;

/** Test users with intention-revealing names; made straight in the database, each with a live session. */
public class Fixtures {

    public record TestUser(UUID id, String username, String token) {
    }

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    private DSLContext db;
    @Autowired
    private SessionService sessions;

    public TestUser aCreator() {
        return user(UserRole.creator, true, ConsentLevel.explicit);
    }

    public TestUser aMember() {
        return user(UserRole.member, false, ConsentLevel.none);
    }

    public TestUser anAgeVerifiedFan(ConsentLevel consent) {
        return user(UserRole.member, true, consent);
    }

    public TestUser aVip() {
        return user(UserRole.vip, true, ConsentLevel.suggestive);
    }

    public TestUser aStaffMember() {
        return user(UserRole.staff, true, ConsentLevel.explicit);
    }

    public TestUser user(UserRole role, boolean ageVerified, ConsentLevel consent) {
        String username = "t" + Long.toString(System.nanoTime() % 100_000_000L, 36) + "_" + SEQ.incrementAndGet();
        UUID id = db.insertInto(USERS)
                .set(USERS.USERNAME, username)
                .set(USERS.DISPLAY_NAME, "Test " + username)
                .set(USERS.ROLE, role)
                .set(USERS.AGE_VERIFIED_AT, ageVerified ? OffsetDateTime.now() : null)
                .set(USERS.CONSENT_PREFERENCE, consent)
                .returning(USERS.ID).fetchOne(USERS.ID);
        db.insertInto(USER_STATS).set(USER_STATS.USER_ID, id).execute();
        db.insertInto(WALLETS).set(WALLETS.KIND, WalletKind.user).set(WALLETS.OWNER_ID, id).execute();
        return new TestUser(id, username, sessions.issue(id).token());
    }

    public void giveFantasyProfile(UUID userId, ConsentLevel level) {
        db.insertInto(FANTASY_PROFILES)
                .set(FANTASY_PROFILES.USER_ID, userId)
                .set(FANTASY_PROFILES.DNA_SCORES, JSONB.jsonb(
                        "{\"dominant\":10,\"exhibitionist\":20,\"voyeur\":30,\"romantic\":40,\"kinky\":50}"))
                .set(FANTASY_PROFILES.KINKS, new String[]{"teasing"})
                .set(FANTASY_PROFILES.CONSENT_LEVEL, level)
                .execute();
    }

    /** A published item, counted in the creator's posts like the publishing path does. */
    public UUID publish(UUID creatorId, com.teezu.profiles.db.enums.ContentVisibility visibility, OffsetDateTime createdAt) {
        return db.transactionResult(tx -> {
            UUID key = UUID.randomUUID();
            UUID id = tx.dsl().insertInto(CONTENT).set(CONTENT.CREATOR_ID, creatorId)
                    .set(CONTENT.VISIBILITY, visibility)
                    .set(CONTENT.PRICE_TOKENS, visibility == com.teezu.profiles.db.enums.ContentVisibility.locked ? 50 : null)
                    .set(CONTENT.MEDIA_KEY, "content/" + key + "/original.png")
                    .set(CONTENT.THUMB_KEY, "content/" + key + "/thumb.png")
                    .set(CONTENT.BLUR_KEY, "content/" + key + "/blur.png")
                    .set(CONTENT.CREATED_AT, createdAt)
                    .returning(CONTENT.ID).fetchOne(CONTENT.ID);
            tx.dsl().update(USER_STATS).set(USER_STATS.POST_COUNT, USER_STATS.POST_COUNT.plus(1))
                    .where(USER_STATS.USER_ID.eq(creatorId)).execute();
            return id;
        });
    }

    /** Deletes an item the way the deleting path does: the post no longer counts, nor do its likes. */
    public void softDelete(UUID contentId) {
        db.transaction(tx -> {
            var item = tx.dsl().update(CONTENT).set(CONTENT.DELETED_AT, OffsetDateTime.now())
                    .where(CONTENT.ID.eq(contentId).and(CONTENT.DELETED_AT.isNull()))
                    .returning(CONTENT.CREATOR_ID, CONTENT.LIKE_COUNT).fetchOne();
            if (item == null) return;
            tx.dsl().update(USER_STATS).set(USER_STATS.POST_COUNT, USER_STATS.POST_COUNT.minus(1))
                    .set(USER_STATS.LIKE_COUNT, USER_STATS.LIKE_COUNT.minus(item.getLikeCount().longValue()))
                    .where(USER_STATS.USER_ID.eq(item.getCreatorId())).execute();
        });
    }

    /** Tokens bought from outside, booked like a top-up (balanced ledger entries). */
    public void giveTokens(UUID userId, long amount) {
        db.transaction(tx -> {
            var dsl = tx.dsl();
            UUID txId = dsl.insertInto(LEDGER_TRANSACTIONS).set(LEDGER_TRANSACTIONS.KIND, com.teezu.profiles.db.enums.LedgerKind.topup)
                    .set(LEDGER_TRANSACTIONS.INITIATOR_ID, userId).returning(LEDGER_TRANSACTIONS.ID).fetchOne(LEDGER_TRANSACTIONS.ID);
            UUID external = dsl.select(WALLETS.ID).from(WALLETS).where(WALLETS.KIND.eq(WalletKind.external)).fetchOne(WALLETS.ID);
            UUID wallet = dsl.select(WALLETS.ID).from(WALLETS).where(WALLETS.OWNER_ID.eq(userId)).fetchOne(WALLETS.ID);
            dsl.insertInto(LEDGER_ENTRIES, LEDGER_ENTRIES.TRANSACTION_ID, LEDGER_ENTRIES.WALLET_ID, LEDGER_ENTRIES.AMOUNT)
                    .values(txId, external, -amount).values(txId, wallet, amount).execute();
            dsl.update(WALLETS).set(WALLETS.BALANCE, WALLETS.BALANCE.minus(amount)).where(WALLETS.ID.eq(external)).execute();
            dsl.update(WALLETS).set(WALLETS.BALANCE, WALLETS.BALANCE.plus(amount)).where(WALLETS.ID.eq(wallet)).execute();
        });
    }

    public long balanceOf(UUID userId) {
        return db.select(WALLETS.BALANCE).from(WALLETS).where(WALLETS.OWNER_ID.eq(userId)).fetchOne(WALLETS.BALANCE);
    }

    public UUID idOf(String username) {
        return db.select(USERS.ID).from(USERS).where(USERS.USERNAME.eq(username)).fetchOne(USERS.ID);
    }

    public String sessionFor(String username) {
        return sessions.issue(idOf(username)).token();
    }

    public DSLContext db() {
        return db;
    }
}
