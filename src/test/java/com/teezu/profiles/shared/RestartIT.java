package com.teezu.profiles.shared;

import com.teezu.profiles.TeezuProfilesApplication;
import com.teezu.profiles.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default as an operator meets it: the app in its own JVM on an empty data folder,
 * killed with SIGKILL (its PostgreSQL is left running, holding the folder), then started again on
 * the same folder. The second start must come up, keep every row, and not load the demo data again.
 */
class RestartIT {

    private final List<Process> started = new ArrayList<>();
    private Path dataDir;

    /** Whatever happened above: no app and no PostgreSQL of this test outlives it. */
    @AfterEach
    void stopEverything() throws IOException {
        started.forEach(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
        if (dataDir != null && Files.exists(dataDir.resolve("postgres").resolve("postmaster.pid"))) {
            ProcessHandle.of(postmasterPid(dataDir))
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void afterKillMinus9TheNextStartKeepsTheDataAndLoadsNoDemoDataTwice() throws Exception {
        dataDir = Files.createDirectories(Path.of("target", "test-data", "restart-" + UUID.randomUUID()).toAbsolutePath());
        Path log = dataDir.resolve("app.log");

        // 1. first start on an empty folder: embedded PostgreSQL 16, migrations, demo data
        Node first = start(dataDir, log);
        Api api = Api.at(first.baseUrl());
        String probe = "restart_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/auth/register", null, Map.of("username", probe, "password", "correct-horse-1")).status())
                .isEqualTo(201);
        String token = api.login(probe, "correct-horse-1");
        var followed = api.put("/api/users/lovelylena/follow", token, null);
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.json().get("followerCount").asInt()).isEqualTo(4218);
        Map<String, Long> before = rowCounts(dataDir);

        // 2. kill -9: the JVM dies at once; its postmaster survives and keeps the folder locked
        long postmaster = postmasterPid(dataDir);
        first.process.destroyForcibly();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process.exitValue()).isEqualTo(137); // 128 + SIGKILL
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
                .as("the killed app's PostgreSQL is still running")
                .contains(true);

        // 3. the next start on the same folder takes over and sees everything the first one stored
        Node second = start(dataDir, log);
        Api again = Api.at(second.baseUrl());
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                .as("the left-behind PostgreSQL was stopped").isFalse();
        assertThat(rowCounts(dataDir)).isEqualTo(before);
        String tokenAgain = again.login(probe, "correct-horse-1");
        var profile = again.get("/api/users/lovelylena/profile", tokenAgain);
        assertThat(profile.json().at("/stats/followers").asInt()).isEqualTo(4218);
        assertThat(profile.json().at("/viewer/following").asBoolean()).isTrue();
        for (String demo : List.of("lovelylena", "sam", "newbie", "victor", "sofie")) {
            again.login(demo, "demo-password");
        }

        // 4. a normal stop (SIGTERM) takes its PostgreSQL with it
        long secondPostmaster = postmasterPid(dataDir);
        second.process.destroy();
        assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ProcessHandle.of(secondPostmaster).map(p -> !p.isAlive()).orElse(true));
    }

    record Node(Process process, String baseUrl) {
    }

    /** The app's own main class, from this test run's class path, with only the environment an operator sets. */
    Node start(Path dataDir, Path log) throws IOException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--sun-misc-unsafe-memory-access=allow", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), TeezuProfilesApplication.class.getName(),
                "--logging.level.root=warn", "--logging.level.com.teezu=info")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("TEEZU_") || k.startsWith("SPRING_") || k.equals("DATABASE_URL")
                || k.equals("REDIS_URL") || k.equals("PORT") || k.equals("REALTIME_PORT"));
        env.put("TEEZU_DATA_DIR", dataDir.toString());
        env.put("PORT", Integer.toString(port));
        env.put("REALTIME_PORT", Integer.toString(freePort()));
        Process p = pb.start();
        started.add(p);
        String base = "http://127.0.0.1:" + port;
        Api api = Api.at(base);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .failFast("the app exited; see " + log, () -> !p.isAlive())
                .until(() -> api.get("/actuator/health").status() == 200);
        return new Node(p, base);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** postmaster.pid: line 1 the pid, line 4 the port. */
    static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
    }

    static Map<String, Long> rowCounts(Path dataDir) throws IOException, SQLException {
        int port = Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(3).trim());
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/teezu", "postgres", "")) {
            for (String table : List.of("users", "follows", "content", "likes", "gift_events", "ledger_entries", "wallets",
                    "subscriptions", "stream_sessions", "demo_data_marker", "flyway_schema_history")) {
                try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
