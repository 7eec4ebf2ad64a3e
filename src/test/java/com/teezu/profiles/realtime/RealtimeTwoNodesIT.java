package com.teezu.profiles.realtime;

import com.teezu.profiles.TeezuProfilesApplication;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.SocketClients;
import com.teezu.profiles.support.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app nodes sharing one PostgreSQL and one Redis (127.0.0.1:6379): an event raised through
 * node A reaches a socket on node B exactly once, and sockets on A exactly once too.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealtimeTwoNodesIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Api api;

    String channel;
    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;
    SocketClients clients;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startTwoNodes() throws Exception {
        String jdbcUrl;
        try (var c = dataSource.getConnection()) {
            jdbcUrl = c.getMetaData().getURL();
        }
        channel = "teezu:test:" + UUID.randomUUID();
        nodeA = node(jdbcUrl, channel);
        nodeB = node(jdbcUrl, channel);
        clients = new SocketClients();
    }

    ConfigurableApplicationContext node(String jdbcUrl, String channel) throws Exception {
        return node(jdbcUrl, channel, 6379);
    }

    ConfigurableApplicationContext node(String jdbcUrl, String channel, int redisPort) throws Exception {
        return new SpringApplicationBuilder(TeezuProfilesApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--teezu.realtime-port=0", "--teezu.demo-data=false", "--teezu.redis-url=redis://127.0.0.1:" + redisPort,
                "--teezu.redis-channel=" + channel, "--teezu.media-secret=two-node-test-secret",
                "--teezu.data-dir=" + Files.createTempDirectory("teezu-node"), "--spring.main.banner-mode=off",
                "--logging.level.root=warn");
    }

    @AfterAll
    void stop() {
        if (clients != null) clients.close();
        if (nodeA != null) nodeA.close();
        if (nodeB != null) nodeB.close();
    }

    String base(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getBean(Environment.class).getProperty("local.server.port");
    }

    String realtime(ConfigurableApplicationContext node) throws Exception {
        var r = http.send(HttpRequest.newBuilder(URI.create(base(node) + "/api/realtime")).build(), HttpResponse.BodyHandlers.ofString());
        return Api.JSON.readTree(r.body()).get("url").stringValue();
    }

    int post(ConfigurableApplicationContext node, String path, String token, String body) throws Exception {
        var r = http.send(HttpRequest.newBuilder(URI.create(base(node) + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    @Test
    void anEventThroughNodeAReachesEverySocketOnBothNodesExactlyOnce() throws Exception {
        var creator = fixtures.aCreator();
        var fan = fixtures.aMember();
        String onB = clients.connect(realtime(nodeB), creator.token(), List.of("websocket"));
        String watcherOnB = clients.connect(realtime(nodeB), null, List.of("polling"));
        String watcherOnA = clients.connect(realtime(nodeA), null, List.of("websocket"));
        clients.watch(watcherOnB, creator.id().toString());
        clients.watch(watcherOnA, creator.id().toString());

        assertThat(post(nodeA, "/api/users/" + creator.id() + "/follow", fan.token(), null)).isEqualTo(200);
        assertThat(post(nodeA, "/api/users/" + creator.id() + "/live", creator.token(), "{\"live\":true}")).isEqualTo(200);
        clients.awaitEvent(onB, "notification:new", d -> true, Duration.ofSeconds(3));
        for (String s : List.of(watcherOnA, watcherOnB)) {
            clients.awaitEvent(s, "profile:live", d -> d.path("isLive").booleanValue(), Duration.ofSeconds(3));
        }
        assertThat(post(nodeB, "/api/users/" + creator.id() + "/live", creator.token(), "{\"live\":false}")).isEqualTo(200);
        // a barrier through node B, raised after everything else: node A's events were all awaited above,
        // and node B's reach Redis in order from its one dispatcher, so once the barrier has arrived on a
        // socket every earlier event (and any duplicate of it) has too
        assertThat(patch(nodeB, "/api/users/me/profile", creator.token(), "{\"currentMood\":\"sleepy\"}")).isEqualTo(200);
        for (String s : List.of(watcherOnA, watcherOnB)) {
            clients.awaitEvent(s, "profile:mood", d -> true, Duration.ofSeconds(3));
            assertThat(clients.events(s, "profile:live")).hasSize(2);
            assertThat(clients.events(s, "profile:live").getLast().data().path("isLive").booleanValue()).isFalse();
            assertThat(clients.events(s, "stats:update")).hasSize(2); // the follow (via A), the stream hours (via B)
            assertThat(clients.events(s, "profile:mood")).hasSize(1);
        }
        assertThat(clients.events(onB, "notification:new")).hasSize(1);
    }

    int patch(ConfigurableApplicationContext node, String path, String token, String body) throws Exception {
        var r = http.send(HttpRequest.newBuilder(URI.create(base(node) + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    @Test
    void withoutRedisANodeServesItsOwnSocketsAndSaysItIsDegraded() throws Exception {
        String jdbcUrl;
        try (var c = dataSource.getConnection()) {
            jdbcUrl = c.getMetaData().getURL();
        }
        // nothing listens on port 1: Redis is configured but unreachable
        try (var alone = new SpringApplicationBuilder(TeezuProfilesApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--teezu.realtime-port=0", "--teezu.demo-data=false", "--teezu.redis-url=redis://127.0.0.1:1",
                "--teezu.media-secret=two-node-test-secret", "--teezu.data-dir=" + Files.createTempDirectory("teezu-node"),
                "--spring.main.banner-mode=off", "--logging.level.root=error")) {
            var health = http.send(HttpRequest.newBuilder(URI.create(base(alone) + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(Api.JSON.readTree(health.body()).at("/components/redis/status").stringValue()).isEqualTo("DEGRADED");
            var creator = fixtures.aCreator();
            String watcher = clients.connect(realtime(alone), null, List.of("websocket"));
            clients.watch(watcher, creator.id().toString());
            assertThat(post(alone, "/api/users/" + creator.id() + "/live", creator.token(), "{\"live\":true}")).isEqualTo(200);
            clients.awaitEvent(watcher, "profile:live", d -> d.path("isLive").booleanValue(), Duration.ofSeconds(5));
        }
    }

    String redisHealth(ConfigurableApplicationContext node) throws Exception {
        var health = http.send(HttpRequest.newBuilder(URI.create(base(node) + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return Api.JSON.readTree(health.body()).at("/components/redis/status").stringValue();
    }

    @Test
    void aNodeCutOffFromRedisServesItsOwnSocketsAndTheOthersGetWhatItSentOnceItRejoins() throws Exception {
        String jdbcUrl;
        try (var c = dataSource.getConnection()) {
            jdbcUrl = c.getMetaData().getURL();
        }
        try (var outage = new TcpProxy(6379); var nodeC = node(jdbcUrl, channel, outage.port())) {
            var creator = fixtures.aCreator();
            String watcherOnB = clients.connect(realtime(nodeB), null, List.of("websocket"));
            String watcherOnC = clients.connect(realtime(nodeC), null, List.of("websocket"));
            clients.watch(watcherOnB, creator.id().toString());
            clients.watch(watcherOnC, creator.id().toString());
            assertThat(redisHealth(nodeC)).isEqualTo("UP");

            // Redis goes away under node C: it says so, and still serves its own sockets
            outage.cut();
            await().atMost(Duration.ofSeconds(10)).until(() -> "DEGRADED".equals(redisHealth(nodeC)));
            assertThat(post(nodeC, "/api/users/" + creator.id() + "/live", creator.token(), "{\"live\":true}")).isEqualTo(200);
            clients.awaitEvent(watcherOnC, "profile:live", d -> d.path("isLive").booleanValue(), Duration.ofSeconds(5));

            // Redis is back: node C reconnects without help and its events reach node B again, once each
            outage.restore();
            await().atMost(Duration.ofSeconds(20)).until(() -> "UP".equals(redisHealth(nodeC)));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                assertThat(patch(nodeC, "/api/users/me/profile", creator.token(), "{\"currentMood\":\"flirty\"}")).isEqualTo(200);
                return clients.find(watcherOnB, "profile:mood", d -> true) != null;
            });
            assertThat(post(nodeC, "/api/users/" + creator.id() + "/live", creator.token(), "{\"live\":false}")).isEqualTo(200);
            for (String s : List.of(watcherOnB, watcherOnC)) {
                clients.awaitEvent(s, "profile:live", d -> !d.path("isLive").booleanValue(), Duration.ofSeconds(5));
            }
            // a barrier through node C after everything else: once it is in, any duplicate would be too
            assertThat(patch(nodeC, "/api/users/me/profile", creator.token(), "{\"currentMood\":\"sleepy\"}")).isEqualTo(200);
            for (String s : List.of(watcherOnB, watcherOnC)) {
                clients.awaitEvent(s, "profile:mood", d -> "sleepy".equals(d.at("/mood/key").stringValue()), Duration.ofSeconds(5));
            }
            // the one sent during the outage reached B once Redis was back, before the later ones; C had it at once, once
            for (String s : List.of(watcherOnB, watcherOnC)) {
                assertThat(clients.events(s, "profile:live")).extracting(e -> e.data().path("isLive").booleanValue())
                        .as("profile:live on %s", s).containsExactly(true, false);
            }
        }
    }

    int get(ConfigurableApplicationContext node, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base(node) + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aLogoutOnOneNodeEndsTheSessionOnTheOtherAtOnce() throws Exception {
        var member = fixtures.aMember();
        assertThat(get(nodeB, "/api/auth/me", member.token())).isEqualTo(200); // node B now remembers the token
        assertThat(post(nodeA, "/api/auth/logout", member.token(), null)).isEqualTo(204);
        // node B would trust its copy for minutes; the revocation through Redis makes it forget it now
        await().atMost(Duration.ofSeconds(3)).until(() -> get(nodeB, "/api/auth/me", member.token()) == 401);
        assertThat(get(nodeA, "/api/auth/me", member.token())).isEqualTo(401);
    }

    @Test
    void aLogoutClosesThatSessionsSocketsOnEveryNodeAndTheyHearNothingMore() throws Exception {
        var creator = fixtures.aCreator();
        var fan = fixtures.aMember();
        String onA = clients.connect(realtime(nodeA), creator.token(), List.of("websocket"));
        String onB = clients.connect(realtime(nodeB), creator.token(), List.of("polling"));
        assertThat(clients.connected(onA)).isTrue();
        assertThat(clients.connected(onB)).isTrue();
        assertThat(post(nodeA, "/api/auth/logout", creator.token(), null)).isEqualTo(204);
        for (String s : List.of(onA, onB)) {
            await().atMost(Duration.ofSeconds(3)).until(() -> !clients.events(s).isEmpty()
                    || clients.all().stream().anyMatch(l -> s.equals(l.id()) && "disconnect".equals(l.type())));
            assertThat(clients.all().stream().filter(l -> s.equals(l.id()) && "disconnect".equals(l.type())))
                    .as("socket %s closed by the server", s).isNotEmpty();
        }
        // a new follower of the logged-out creator: her closed sockets hear nothing, while a watcher of her
        // profile on the same node hears the follow (the notification would have gone out before it)
        String watcher = clients.connect(realtime(nodeA), null, List.of("websocket"));
        clients.watch(watcher, creator.id().toString());
        assertThat(post(nodeB, "/api/users/" + creator.id() + "/follow", fan.token(), null)).isEqualTo(200);
        clients.awaitEvent(watcher, "stats:update", d -> d.path("followers").intValue() == 1, Duration.ofSeconds(5));
        assertThat(post(nodeA, "/api/users/" + fan.id() + "/follow", creator.token(), null)).isEqualTo(401);
        assertThat(clients.events(onA, "notification:new")).isEmpty();
        assertThat(clients.events(onB, "notification:new")).isEmpty();
    }

    @Test
    void healthReportsRedis() throws Exception {
        var r = http.send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(Api.JSON.readTree(r.body()).at("/components/redis/status").stringValue()).isEqualTo("UP");
    }
}
