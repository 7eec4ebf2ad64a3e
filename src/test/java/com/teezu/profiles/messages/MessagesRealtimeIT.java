package com.teezu.profiles.messages;

import com.teezu.profiles.TeezuProfilesApplication;
import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.Fixtures.TestUser;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.SocketClients;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Direct-message events on two nodes sharing one PostgreSQL and one Redis (127.0.0.1:6379): each goes
 * to both participants' sockets, on whichever node, exactly once per socket, after commit; a third
 * user's sockets on either node hear nothing of it, and her {@code typing} for their conversation is dropped.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessagesRealtimeIT {

    static final Duration WITHIN = Duration.ofSeconds(5);
    static final List<String> PRIVATE_EVENTS = List.of("message:new", "message:read", "message:removed", "typing", "notification:new");

    @Autowired
    DataSource dataSource;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Api api;

    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;
    Api onA;
    Api onB;
    SocketClients clients;

    @BeforeAll
    void startTwoNodes() throws Exception {
        String jdbcUrl;
        try (var c = dataSource.getConnection()) {
            jdbcUrl = c.getMetaData().getURL();
        }
        String channel = "teezu:test:" + UUID.randomUUID();
        nodeA = node(jdbcUrl, channel);
        nodeB = node(jdbcUrl, channel);
        onA = Api.at(base(nodeA));
        onB = Api.at(base(nodeB));
        clients = new SocketClients();
    }

    ConfigurableApplicationContext node(String jdbcUrl, String channel) throws Exception {
        return new SpringApplicationBuilder(TeezuProfilesApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--teezu.realtime-port=0", "--teezu.demo-data=false", "--teezu.redis-url=redis://127.0.0.1:6379",
                "--teezu.redis-channel=" + channel, "--teezu.media-secret=two-node-test-secret",
                "--teezu.messages.typing-every=100ms",
                "--teezu.data-dir=" + Files.createTempDirectory("teezu-node"), "--spring.main.banner-mode=off",
                "--logging.level.root=warn");
    }

    @AfterAll
    void stop() {
        if (clients != null) clients.close();
        if (nodeA != null) nodeA.close();
        if (nodeB != null) nodeB.close();
    }

    static String base(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getBean(Environment.class).getProperty("local.server.port");
    }

    String realtime(Api node) {
        return node.get("/api/realtime").json().get("url").stringValue();
    }

    @Test
    void everyMessageEventReachesBothParticipantsOnEitherNodeExactlyOnceAndNobodyElse() throws Exception {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        TestUser third = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        Dm viaA = new Dm(onA, fixtures);
        Dm viaB = new Dm(onB, fixtures);

        String fanOnA = clients.connect(realtime(onA), fan.token(), List.of("websocket"));
        String lenaOnB = clients.connect(realtime(onB), lena.token(), List.of("websocket"));
        String lenaOnA = clients.connect(realtime(onA), lena.token(), List.of("polling"));
        String thirdOnA = clients.connect(realtime(onA), third.token(), List.of("websocket"));
        String thirdOnB = clients.connect(realtime(onB), third.token(), List.of("websocket"));
        List<String> participants = List.of(fanOnA, lenaOnB, lenaOnA);

        // a new conversation, through node A
        var first = viaA.write(fan.token(), lena.id(), "secret hello from the fan", Dm.key()).json();
        String conversation = first.get("conversationId").stringValue();
        String firstId = first.get("id").stringValue();
        for (String s : participants) {
            var e = clients.awaitEvent(s, "message:new", d -> d.at("/message/id").stringValue().equals(firstId), WITHIN);
            assertThat(e.data().get("conversationId").stringValue()).isEqualTo(conversation);
            assertThat(e.data().at("/message/text").stringValue()).isEqualTo("secret hello from the fan");
        }
        clients.awaitEvent(lenaOnB, "notification:new", d -> d.get("type").stringValue().equals("new_message"), WITHIN);

        // typing: a participant's reaches both; a third user's for their conversation is dropped
        clients.emit(thirdOnB, "typing", Map.of("conversationId", conversation));
        clients.emit(lenaOnB, "typing", Map.of("conversationId", conversation));
        clients.awaitEvent(fanOnA, "typing", d -> d.get("userId").stringValue().equals(lena.id().toString()), WITHIN);

        // read marker and a paid message, through node B
        assertThat(viaB.read(lena.token(), conversation, firstId).status()).isEqualTo(200);
        clients.awaitEvent(fanOnA, "message:read", d -> d.get("upTo").stringValue().equals(firstId)
                && d.get("userId").stringValue().equals(lena.id().toString()), WITHIN);
        var paid = viaB.post(lena.token(), "/api/conversations/" + conversation + "/messages",
                Map.of("text", "secret paid picture", "mediaId", viaB.upload(lena.token()), "priceTokens", 9), Dm.key()).json();
        String paidId = paid.get("id").stringValue();
        var forFan = clients.awaitEvent(fanOnA, "message:new", d -> d.at("/message/id").stringValue().equals(paidId), WITHIN);
        assertThat(forFan.data().at("/message/locked").booleanValue()).isTrue();
        assertThat(forFan.data().at("/message").has("mediaUrl")).isFalse();
        var forLena = clients.awaitEvent(lenaOnA, "message:new", d -> d.at("/message/id").stringValue().equals(paidId), WITHIN);
        assertThat(forLena.data().at("/message/mediaUrl").isString()).isTrue();

        // unsent through node A: gone for both
        assertThat(onA.delete("/api/messages/" + paidId, lena.token()).status()).isEqualTo(204);
        for (String s : participants) {
            clients.awaitEvent(s, "message:removed", d -> d.get("messageId").stringValue().equals(paidId), WITHIN);
        }

        // a barrier through node B after everything else (node A's events were all awaited above)
        var barrier = viaB.reply(fan.token(), conversation, "barrier", Dm.key()).json();
        for (String s : participants) {
            clients.awaitEvent(s, "message:new", d -> d.at("/message/id").stringValue().equals(barrier.get("id").stringValue()), WITHIN);
            assertThat(clients.events(s, "message:new")).as(s).hasSize(3);
            assertThat(clients.events(s, "message:removed")).as(s).hasSize(1);
            assertThat(clients.events(s, "message:read")).as(s).hasSize(1);
        }
        assertThat(clients.events(lenaOnB, "notification:new")).hasSize(1);
        assertThat(clients.events(fanOnA, "typing")).hasSize(1);
        for (String s : List.of(thirdOnA, thirdOnB)) {
            for (String event : PRIVATE_EVENTS) assertThat(clients.events(s, event)).as(s + " " + event).isEmpty();
            assertThat(clients.events(s).toString()).doesNotContain("secret");
        }
        assertThat(clients.events(fanOnA, "typing").toString()).doesNotContain(third.id().toString());
        assertThat(clients.events(lenaOnA, "typing").toString()).doesNotContain(third.id().toString());
    }
}
