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
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-ups are limited per client address and for the whole service, and both limits hold across
 * nodes under racing requests: two nodes with small budgets share the test's PostgreSQL, clients
 * come from distinct loopback addresses. A refused sign-up hashes nothing and stores nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationLimitIT {

    static final int PER_ADDRESS = 3;
    static final int OVERALL = 5;

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    final List<String> urls = new ArrayList<>();

    @BeforeAll
    void startTwoNodesWithSmallBudgets() throws Exception {
        String jdbcUrl;
        try (var c = dataSource.getConnection()) {
            jdbcUrl = c.getMetaData().getURL();
        }
        jdbc.sql("DELETE FROM rate_limits WHERE key LIKE 'register:%'").update();
        for (int i = 0; i < 2; i++) {
            var node = new SpringApplicationBuilder(TeezuProfilesApplication.class).run(
                    "--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                    "--teezu.realtime-port=0", "--teezu.demo-data=false", "--teezu.media-secret=registration-limit-test",
                    // a day's window: nothing refills while the test runs, so the counts are exact
                    "--teezu.registrations-per-address.tokens=" + PER_ADDRESS, "--teezu.registrations-per-address.window=24h",
                    "--teezu.registrations.tokens=" + OVERALL, "--teezu.registrations.window=24h",
                    "--teezu.data-dir=" + Files.createTempDirectory("teezu-node"), "--spring.main.banner-mode=off",
                    "--logging.level.root=warn");
            nodes.add(node);
            urls.add("http://127.0.0.1:" + node.getBean(Environment.class).getProperty("local.server.port"));
        }
    }

    @AfterAll
    void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
        jdbc.sql("DELETE FROM rate_limits WHERE key LIKE 'register:%'").update();
    }

    record Attempt(String username, Api.Response response) {
    }

    List<Attempt> race(String from, int attempts) throws Exception {
        InetAddress address = InetAddress.getByName(from);
        List<Future<Attempt>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < attempts; i++) {
                Api node = Api.at(urls.get(i % 2), address);
                String name = "sign_" + UUID.randomUUID().toString().substring(0, 8);
                Callable<Attempt> call = () -> new Attempt(name, node.post("/api/auth/register", null,
                        Map.of("username", name, "password", "correct-horse-battery")));
                futures.add(pool.submit(call));
            }
        }
        List<Attempt> out = new ArrayList<>();
        for (var f : futures) out.add(f.get());
        return out;
    }

    long accounts(List<Attempt> attempts) {
        return jdbc.sql("SELECT count(*) FROM users WHERE username IN (:names)")
                .param("names", attempts.stream().map(Attempt::username).toList()).query(Long.class).single();
    }

    @Test
    void perAddressAndOverallBudgetsHoldAcrossNodes() throws Exception {
        // one address racing over both nodes gets its 3
        var first = race("127.0.0.2", 8);
        assertThat(first.stream().filter(a -> a.response().status() == 201)).hasSize(PER_ADDRESS);
        assertThat(accounts(first)).isEqualTo(PER_ADDRESS);
        for (var refused : first.stream().filter(a -> a.response().status() != 201).toList()) {
            var r = refused.response();
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("type").stringValue()).isEqualTo("urn:teezu:problem:too-many-registrations");
            // the address's bucket refills one sign-up per 8 h
            assertThat(Long.parseLong(r.header("retry-after"))).isBetween(3_600L, 8 * 3_600L);
        }

        // two more addresses, racing: only the 2 left of the service's 5 get through
        var second = new ArrayList<Attempt>();
        var a = Executors.newVirtualThreadPerTaskExecutor();
        var fromThree = a.submit(() -> race("127.0.0.3", 4));
        var fromFour = a.submit(() -> race("127.0.0.4", 4));
        second.addAll(fromThree.get());
        second.addAll(fromFour.get());
        a.close();
        assertThat(second.stream().filter(x -> x.response().status() == 201)).hasSize(OVERALL - PER_ADDRESS);
        assertThat(second.stream().map(x -> x.response().status())).containsOnly(201, 429);
        assertThat(accounts(second)).isEqualTo(OVERALL - PER_ADDRESS);
    }
}
