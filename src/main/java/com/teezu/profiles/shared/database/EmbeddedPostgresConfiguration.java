package com.teezu.profiles.shared.database;

import com.teezu.profiles.shared.database.DatabaseSettings;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The embedded default: with no external database configured the app runs a real PostgreSQL 16
 * (zonky binaries) whose data stays in {@code TEEZU_DATA_DIR/postgres} across restarts. Boot's
 * Hikari, Flyway and jOOQ see it through {@link JdbcConnectionDetails} and work unchanged.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String DATABASE = "teezu";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseSettings settings) throws IOException, SQLException {
        Path root = settings.dataDir().toAbsolutePath().normalize();
        Path data = root.resolve("postgres");
        Path work = root.resolve("postgres-bin");
        Files.createDirectories(data);
        Files.createDirectories(work);
        stopStalePostmaster(data);
        long started = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(work.toFile())
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            var rs = c.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                c.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
        }
        log.info("Embedded PostgreSQL 16 ready on port {} with data in {} ({} ms)", pg.getPort(), data,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return pg;
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres pg) {
        return new JdbcConnectionDetails() {
            @Override public String getUsername() { return "postgres"; }
            @Override public String getPassword() { return null; }
            @Override public String getJdbcUrl() { return pg.getJdbcUrl("postgres", DATABASE); }
        };
    }

    /** A postmaster left running by a killed app holds the data folder; stop it before starting ours. */
    static void stopStalePostmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        try {
            long pid = Long.parseLong(first);
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(cmd -> cmd.endsWith("postgres")).orElse(false))
                    .ifPresent(p -> {
                        log.warn("Stopping a stale PostgreSQL (pid {}) left behind on {}", pid, data);
                        p.destroy(); // SIGTERM: smart shutdown; its clients died with the old app
                        try {
                            p.onExit().get(15, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            p.destroyForcibly();
                            p.onExit().join();
                        }
                    });
        } catch (NumberFormatException e) {
            log.warn("Ignoring an unreadable {}", pidFile);
        }
        Files.deleteIfExists(pidFile);
    }
}
