package com.teezu.profiles.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Hands out the pool's connections first come, first served. HikariCP lets a newly arriving request
 * take a connection that was just returned even while others wait for one ("barging"); under load
 * (many more requests in flight than connections) that leaves some requests waiting far longer than
 * the rest, i.e. a long latency tail. A fair semaphore with one permit per pooled connection in front
 * of the pool queues waiters in arrival order; the pool then always has a free connection for a
 * permit holder. The permit is returned when the connection is closed (back to the pool).
 */
public final class FairConnectionQueue extends DelegatingDataSource {

    private final Semaphore permits;
    private final long timeoutMs;

    FairConnectionQueue(HikariDataSource pool) {
        super(pool);
        this.permits = new Semaphore(pool.getMaximumPoolSize(), true);
        this.timeoutMs = pool.getConnectionTimeout();
    }

    /** How many callers wait for a connection right now. */
    int waiting() {
        return permits.getQueueLength();
    }

    /**
     * Wraps the Hikari pool of the context (unless {@code teezu.fair-connection-queue=false}); ordered
     * first, so it sees the pool itself before anything else wraps the DataSource.
     */
    static Wrapper wrapper() {
        return new Wrapper();
    }

    /** Its own type (not just BeanPostProcessor) on the bean method, so Spring sees its order before creating it. */
    static final class Wrapper implements BeanPostProcessor, org.springframework.core.Ordered {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            return bean instanceof HikariDataSource pool ? new FairConnectionQueue(pool) : bean;
        }

        @Override
        public int getOrder() {
            return HIGHEST_PRECEDENCE;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            if (!permits.tryAcquire(timeoutMs, TimeUnit.MILLISECONDS)) {
                throw new SQLTimeoutException("no database connection within " + timeoutMs + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
        try {
            return new PermitConnection(super.getConnection(), permits);
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("pooled connections only");
    }
}
