package com.teezu.profiles.auth;

import com.teezu.profiles.TeezuProfilesApplication;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-account log-in limit holds for the whole service, not per node: failures through two app
 * nodes sharing one PostgreSQL count together, racing attempts cannot slip past it, and a name that
 * does not exist is limited exactly like one that does (a lockout reveals nothing).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginLimitAcrossNodesIT {

    @Autowired
    Api nodeA;
    @Autowired
    DataSource dataSource;

    ConfigurableApplicationContext second;
    Api nodeB;

    @BeforeAll
    void startASecondNode() throws Exception {
        String jdbcUrl;
        try (var c = dataSource.getConnection()) {
            jdbcUrl = c.getMetaData().getURL();
        }
        second = new SpringApplicationBuilder(TeezuProfilesApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--teezu.realtime-port=0", "--teezu.demo-data=false", "--teezu.media-secret=login-limit-test",
                "--teezu.login-attempts-per-address-per-minute=100000",
                "--teezu.data-dir=" + Files.createTempDirectory("teezu-node"), "--spring.main.banner-mode=off",
                "--logging.level.root=warn");
        nodeB = Api.at("http://127.0.0.1:" + second.getBean(Environment.class).getProperty("local.server.port"));
    }

    @AfterAll
    void stop() {
        if (second != null) second.close();
    }

    static Map<String, String> credentials(String username, String password) {
        return Map.of("username", username, "password", password);
    }

    @Test
    void failuresOnTwoNodesCountTogether() {
        String name = "limit_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(nodeA.post("/api/auth/register", null, credentials(name, "correct-horse-1")).status()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            Api node = i % 2 == 0 ? nodeA : nodeB;
            assertThat(node.post("/api/auth/login", null, credentials(name, "wrong-" + i)).status()).isEqualTo(401);
        }
        for (Api node : List.of(nodeA, nodeB)) {
            var blocked = node.post("/api/auth/login", null, credentials(name.toUpperCase(), "correct-horse-1"));
            assertThat(blocked.status()).isEqualTo(429);
            assertThat(blocked.contentType()).startsWith("application/problem+json");
            assertThat(Integer.parseInt(blocked.header("retry-after"))).isBetween(1, 15 * 60);
        }
    }

    @Test
    void anUnknownNameIsLimitedExactlyLikeAKnownOne() {
        String name = "nobody_" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            Api node = i % 2 == 0 ? nodeB : nodeA;
            assertThat(node.post("/api/auth/login", null, credentials(name, "wrong-" + i)).status()).isEqualTo(401);
        }
        assertThat(nodeA.post("/api/auth/login", null, credentials(name, "wrong-6")).status()).isEqualTo(429);
    }

    @Test
    void racingAttemptsOnBothNodesGetAtMostFiveTries() throws Exception {
        String name = "race_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(nodeA.post("/api/auth/register", null, credentials(name, "correct-horse-1")).status()).isEqualTo(201);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 24; i++) {
                Api node = i % 2 == 0 ? nodeA : nodeB;
                int n = i;
                answers.add(pool.submit(() -> node.post("/api/auth/login", null, credentials(name, "guess-" + n)).status()));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (var f : answers) statuses.add(f.get());
        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.stream().filter(s -> s == 401).count()).as("password checks made").isEqualTo(5);
    }

    @Test
    void aSuccessClearsTheFailures() {
        String name = "clear_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(nodeB.post("/api/auth/register", null, credentials(name, "correct-horse-1")).status()).isEqualTo(201);
        for (int i = 0; i < 4; i++) nodeA.post("/api/auth/login", null, credentials(name, "wrong-" + i));
        assertThat(nodeB.post("/api/auth/login", null, credentials(name, "correct-horse-1")).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(nodeA.post("/api/auth/login", null, credentials(name, "wrong-again-" + i)).status()).isEqualTo(401);
        }
        assertThat(nodeB.post("/api/auth/login", null, credentials(name, "correct-horse-1")).status()).isEqualTo(200);
    }
}
