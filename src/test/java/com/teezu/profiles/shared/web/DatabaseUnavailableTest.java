package com.teezu.profiles.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database is out of reach" (a 503), and which stay what they are. */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAtAnyDepthAreAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new DataAccessResourceFailureException("jOOQ",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("Connection is not available"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void aRollbackThatFailedOnTheBrokenConnectionIsJudgedByTheStatementsFailure() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("jOOQ", new SQLException("EOF", "08006")));
        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();

        var other = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        other.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseUnavailable.causedBy(other)).isFalse();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
    }
}
