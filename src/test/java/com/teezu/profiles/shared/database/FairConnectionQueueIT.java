package com.teezu.profiles.shared.database;

import com.teezu.profiles.support.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Waiters get the pool's connections in the order they asked, each permit comes back once, and a wait is bounded. */
@IntegrationTest
class FairConnectionQueueIT {

    @Autowired
    DataSource appDataSource;

    HikariDataSource pool(int size, long timeoutMs) throws Exception {
        String url;
        try (Connection c = appDataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(size);
        pool.setConnectionTimeout(timeoutMs);
        return pool;
    }

    @Test
    void theAppsPoolIsBehindTheQueue() throws Exception {
        // the tests' statement counter wraps the DataSource too; the queue must sit right on the pool
        FairConnectionQueue queue = appDataSource.unwrap(FairConnectionQueue.class);
        assertThat(queue.unwrap(com.zaxxer.hikari.HikariDataSource.class)).isNotNull();
        try (Connection c = appDataSource.getConnection()) {
            assertThat(c.isValid(1)).isTrue();
            assertThat(c.unwrap(org.postgresql.PGConnection.class)).isNotNull();
        }
    }

    @Test
    void waitersAreServedInTheOrderTheyCame() throws Exception {
        try (var hikari = pool(1, 30_000)) {
            var queue = new FairConnectionQueue(hikari);
            List<Integer> served = new CopyOnWriteArrayList<>();
            Connection held = queue.getConnection();
            List<Thread> waiters = new java.util.ArrayList<>();
            var done = new CountDownLatch(5);
            for (int i = 0; i < 5; i++) {
                int n = i;
                waiters.add(Thread.ofVirtual().start(() -> {
                    try (Connection c = queue.getConnection()) {
                        served.add(n);
                        c.createStatement().execute("SELECT 1");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        done.countDown();
                    }
                }));
                await().atMost(Duration.ofSeconds(5)).until(() -> queue.waiting() == n + 1); // n+1 queued, in this order
            }
            held.close();
            held.close(); // a second close gives nothing back twice
            done.await();
            assertThat(served).containsExactly(0, 1, 2, 3, 4);
            for (Thread t : waiters) t.join();
            try (Connection a = queue.getConnection()) {
                assertThat(a.isClosed()).isFalse();
            }
            assertThat(queue.waiting()).isZero();
        }
    }

    @Test
    void aWaitEndsAfterThePoolsTimeout() throws Exception {
        try (var hikari = pool(1, 300)) {
            var queue = new FairConnectionQueue(hikari);
            try (Connection held = queue.getConnection()) {
                assertThatThrownBy(queue::getConnection).isInstanceOf(SQLTimeoutException.class);
            }
            try (Connection again = queue.getConnection()) {
                assertThat(again.isValid(1)).isTrue();
            }
        }
    }
}
