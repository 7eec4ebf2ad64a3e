package com.teezu.profiles.shared;

import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.dao.DataAccessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.teezu.profiles.db.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The invariants that live in the database itself. */
@IntegrationTest
class SchemaIT {

    @Autowired
    DSLContext db;
    @Autowired
    Fixtures fixtures;

    @Test
    void everyMigrationApplied() {
        var versions = db.resultQuery("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank").fetch(0, String.class);
        assertThat(versions).startsWith("1", "2");
    }

    @Test
    void theDatabaseRejectsANegativeBalance() {
        var user = fixtures.aMember();
        assertThatThrownBy(() -> db.update(WALLETS).set(WALLETS.BALANCE, -1L).where(WALLETS.OWNER_ID.eq(user.id())).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("wallets");
    }

    @Test
    void theDatabaseRejectsADnaScoreOf101() {
        var user = fixtures.aCreator();
        assertThatThrownBy(() -> db.insertInto(FANTASY_PROFILES)
                .set(FANTASY_PROFILES.USER_ID, user.id())
                .set(FANTASY_PROFILES.DNA_SCORES, JSONB.jsonb("{\"dominant\":101,\"exhibitionist\":1,\"voyeur\":1,\"romantic\":1,\"kinky\":1}"))
                .execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("dna_scores");
        assertThatThrownBy(() -> db.insertInto(FANTASY_PROFILES)
                .set(FANTASY_PROFILES.USER_ID, user.id())
                .set(FANTASY_PROFILES.DNA_SCORES, JSONB.jsonb("{\"dominant\":1,\"exhibitionist\":1,\"voyeur\":1,\"romantic\":1}"))
                .execute()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void usernamesAreUniqueWhateverTheCase() {
        var user = fixtures.aMember();
        assertThatThrownBy(() -> db.insertInto(USERS).set(USERS.USERNAME, user.username().toUpperCase())
                .set(USERS.DISPLAY_NAME, "x").execute()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void countersNeverGoNegativeAndNobodyFollowsThemselves() {
        var user = fixtures.aMember();
        assertThatThrownBy(() -> db.update(USER_STATS).set(USER_STATS.FOLLOWER_COUNT, -1).where(USER_STATS.USER_ID.eq(user.id())).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.insertInto(FOLLOWS).set(FOLLOWS.FOLLOWER_ID, user.id()).set(FOLLOWS.FOLLOWEE_ID, user.id()).execute())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void anUnbalancedLedgerTransactionCannotCommit() {
        var user = fixtures.aMember();
        assertThatThrownBy(() -> db.transaction(tx -> {
            var id = tx.dsl().insertInto(LEDGER_TRANSACTIONS).set(LEDGER_TRANSACTIONS.KIND, com.teezu.profiles.db.enums.LedgerKind.topup)
                    .returning(LEDGER_TRANSACTIONS.ID).fetchOne(LEDGER_TRANSACTIONS.ID);
            var wallet = tx.dsl().select(WALLETS.ID).from(WALLETS).where(WALLETS.OWNER_ID.eq(user.id())).fetchOne(WALLETS.ID);
            tx.dsl().insertInto(LEDGER_ENTRIES).set(LEDGER_ENTRIES.TRANSACTION_ID, id).set(LEDGER_ENTRIES.WALLET_ID, wallet)
                    .set(LEDGER_ENTRIES.AMOUNT, 100L).execute();
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("does not balance");
    }
}
