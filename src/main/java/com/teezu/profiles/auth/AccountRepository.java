package com.teezu.profiles.auth;

import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.db.enums.UserRole;
import com.teezu.profiles.db.enums.WalletKind;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.CREDENTIALS;
import static com.teezu.profiles.db.Tables.USERS;
import static com.teezu.profiles.db.Tables.USER_STATS;
import static com.teezu.profiles.db.Tables.WALLETS;
import static org.jooq.impl.DSL.lower;

@Repository
class AccountRepository {

    record Account(UUID id, String username, String displayName, Role role, boolean verified, boolean ageVerified,
                   Consent consent, String avatarKey) {
    }

    record Login(UUID id, String passwordHash) {
    }

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    /** Creates the user, her counters row and her credentials; empty when the username is taken. */
    Optional<UUID> create(String username, String displayName, String passwordHash) {
        try {
            return Optional.of(db.transactionResult(tx -> {
                UUID id = tx.dsl().insertInto(USERS)
                        .set(USERS.USERNAME, username)
                        .set(USERS.DISPLAY_NAME, displayName)
                        .returning(USERS.ID).fetchOne(USERS.ID);
                tx.dsl().insertInto(USER_STATS).set(USER_STATS.USER_ID, id).execute();
                tx.dsl().insertInto(WALLETS).set(WALLETS.KIND, WalletKind.user).set(WALLETS.OWNER_ID, id).execute();
                tx.dsl().insertInto(CREDENTIALS).set(CREDENTIALS.USER_ID, id).set(CREDENTIALS.PASSWORD_HASH, passwordHash).execute();
                return id;
            }));
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    Optional<Login> findLogin(String username) {
        return db.select(USERS.ID, CREDENTIALS.PASSWORD_HASH)
                .from(USERS).join(CREDENTIALS).on(CREDENTIALS.USER_ID.eq(USERS.ID))
                .where(lower(USERS.USERNAME).eq(username.toLowerCase()))
                .fetchOptional(r -> new Login(r.value1(), r.value2()));
    }

    void setPasswordByUsername(String username, String hash) {
        db.insertInto(CREDENTIALS)
                .select(db.select(USERS.ID, org.jooq.impl.DSL.val(hash), org.jooq.impl.DSL.currentOffsetDateTime())
                        .from(USERS).where(lower(USERS.USERNAME).eq(username.toLowerCase())))
                .onConflict(CREDENTIALS.USER_ID).doUpdate().set(CREDENTIALS.PASSWORD_HASH, hash)
                .execute();
    }

    void updatePasswordHash(UUID userId, String hash) {
        db.update(CREDENTIALS).set(CREDENTIALS.PASSWORD_HASH, hash).set(CREDENTIALS.UPDATED_AT, OffsetDateTime.now())
                .where(CREDENTIALS.USER_ID.eq(userId)).execute();
    }

    Optional<Account> find(UUID id) {
        return db.select(USERS.ID, USERS.USERNAME, USERS.DISPLAY_NAME, USERS.ROLE, USERS.IS_VERIFIED,
                        USERS.AGE_VERIFIED_AT, USERS.CONSENT_PREFERENCE, USERS.AVATAR_KEY)
                .from(USERS).where(USERS.ID.eq(id))
                .fetchOptional(AccountRepository::toAccount);
    }

    private static Account toAccount(Record r) {
        return new Account(r.get(USERS.ID), r.get(USERS.USERNAME), r.get(USERS.DISPLAY_NAME),
                role(r.get(USERS.ROLE)), r.get(USERS.IS_VERIFIED), r.get(USERS.AGE_VERIFIED_AT) != null,
                consent(r.get(USERS.CONSENT_PREFERENCE)), r.get(USERS.AVATAR_KEY));
    }

    static Role role(UserRole role) {
        return Role.fromKey(role.getLiteral());
    }

    static Consent consent(ConsentLevel level) {
        return Consent.fromKey(level.getLiteral());
    }
}
