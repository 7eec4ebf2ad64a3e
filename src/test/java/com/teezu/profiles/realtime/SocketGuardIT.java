package com.teezu.profiles.realtime;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.SocketClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Socket.IO port: pages of other sites are refused, every answer has the security headers, client garbage stays out of the log. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SocketGuardIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RealtimeServer server;

    SocketClients clients;
    String url;
    Api socketPort;
    String page;

    @BeforeAll
    void start() throws Exception {
        clients = new SocketClients();
        url = api.get("/api/realtime").json().get("url").stringValue();
        URI socket = URI.create(url);
        socketPort = Api.at(socket.getScheme() + "://" + socket.getHost() + ":" + socket.getPort());
        page = socket.getScheme() + "://" + socket.getHost() + ":" + URI.create(api.baseUrl()).getPort();
    }

    @AfterAll
    void stop() {
        clients.close();
    }

    static final String HANDSHAKE = "/socket.io/?EIO=4&transport=polling";

    @Test
    void aPageOfAnotherSiteIsRefusedOverPollingAndWebSocket() {
        var polling = socketPort.raw("GET", HANDSHAKE, Map.of("Origin", "https://evil.example"));
        assertThat(polling.status()).isEqualTo(403);
        assertThat(polling.contentType()).startsWith("application/problem+json");
        assertThat(polling.header("access-control-allow-origin")).isNull();
        assertThat(polling.body()).doesNotContain("sid");

        var preflight = socketPort.raw("OPTIONS", HANDSHAKE, Map.of("Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST"));
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("access-control-allow-origin")).isNull();

        var upgrade = socketPort.raw("GET", "/socket.io/?EIO=4&transport=websocket", Map.of("Origin", "https://evil.example",
                "Upgrade", "websocket", "Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version", "13"));
        assertThat(upgrade.status()).isEqualTo(403);

        // the official client from a foreign page does not get in either (with or without a cookie)
        var fan = fixtures.aMember();
        String foreign = clients.connectWithCookie(url, fan.token(), "https://evil.example", List.of("polling"));
        assertThat(clients.connected(foreign)).isFalse();
    }

    @Test
    void theWebAppsOwnPageAndClientsWithoutAPageAreLetIn() {
        var own = socketPort.raw("GET", HANDSHAKE, Map.of("Origin", page));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("\"sid\"");
        assertThat(own.header("access-control-allow-origin")).isEqualTo(page);

        var noPage = socketPort.raw("GET", HANDSHAKE, Map.of());
        assertThat(noPage.status()).isEqualTo(200);
        assertThat(noPage.header("access-control-allow-credentials")).isNull();
    }

    @Test
    void everyAnswerHasTheSecurityHeadersAndNoServerBanner() {
        for (var r : List.of(socketPort.raw("GET", HANDSHAKE, Map.of("Origin", page)),
                socketPort.raw("GET", "/no-such-path", Map.of()),
                socketPort.raw("GET", HANDSHAKE, Map.of("Origin", "https://evil.example")))) {
            assertThat(r.header("server")).as(r.headers().toString()).isNull();
            assertThat(r.header("x-content-type-options")).isEqualTo("nosniff");
            assertThat(r.header("x-frame-options")).isEqualTo("DENY");
            assertThat(r.header("content-security-policy")).contains("default-src 'none'");
        }
    }

    @Test
    void payloadsOfTheWrongShapeAndOversizedFramesLeaveNoErrorOrPayloadInTheLog(CapturedOutput output) {
        var creator = fixtures.aCreator();
        String sender = clients.connect(url, null, List.of("websocket"));
        int before = output.getAll().length();
        long refused = server.refusedFrames();
        for (Object bad : List.of("a string", 42, List.of(1, 2), Map.of("userId", 5), Map.of("userId", List.of("x")))) {
            clients.emit(sender, "profile:watch", bad);
            clients.emit(sender, "profile:unwatch", bad);
        }
        // the socket survives all of that and still watches what it may
        clients.watch(sender, creator.id().toString());
        clients.awaitEvent(sender, "profile:watching", d -> creator.id().toString().equals(d.path("userId").stringValue()),
                Duration.ofSeconds(5));

        String huge = "q".repeat(70_000);
        clients.emit(sender, "profile:watch", Map.of("userId", huge));
        await().atMost(Duration.ofSeconds(10)).until(() -> clients.disconnected(sender));
        assertThat(server.refusedFrames()).isGreaterThan(refused);

        String log = output.getAll().substring(before);
        assertThat(log).doesNotContain(" ERROR ").doesNotContain("\tat ").doesNotContain("qqqqqqqqqq")
                .doesNotContain("a string").doesNotContain("Exception:");
    }
}
