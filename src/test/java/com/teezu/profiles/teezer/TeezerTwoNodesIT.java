package com.teezu.profiles.teezer;

import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.Fixtures.TestUser;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.Nodes;
import com.teezu.profiles.support.SocketClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static com.teezu.profiles.db.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL and one Redis: a fan's message is answered by Teezer exactly once
 * whichever node took it and however its retries were spread over the nodes; a message whose node
 * stopped before answering it is answered by another node's sweep; the reply reaches the fan's socket
 * on the other node once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeezerTwoNodesIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    Fixtures fixtures;

    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;
    Api onA;
    Api onB;

    @BeforeAll
    void start() {
        String jdbc = Nodes.jdbcUrlOf(dataSource);
        String channel = "teezu:test:" + UUID.randomUUID();
        nodeA = Nodes.start(jdbc, channel);
        nodeB = Nodes.start(jdbc, channel);
        onA = Api.at(Nodes.baseUrl(nodeA));
        onB = Api.at(Nodes.baseUrl(nodeB));
    }

    @AfterAll
    void stop() {
        if (nodeA != null) nodeA.close();
        if (nodeB != null) nodeB.close();
    }

    @Test
    void retriesSpreadOverBothNodesGetOneReplyEachAndTheFanHearsEachOnce() throws Exception {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        new TeezerFlow(onA, fixtures.db()).teezerOn(lena);
        var viaA = new TeezerFlow(onA, fixtures.db());
        var viaB = new TeezerFlow(onB, fixtures.db());
        try (var sockets = new SocketClients()) {
            String fanOnB = sockets.connect(onB.get("/api/realtime").json().get("url").stringValue(), fan.token(), List.of("websocket"));
            List<UUID> sent = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(6)) {
                for (int i = 0; i < 6; i++) {
                    String key = TeezerFlow.key();
                    String text = i % 2 == 0 ? "hello" : "when is your next stream?";
                    List<Callable<Api.Response>> tries = List.of(() -> viaA.write(fan, lena, text, key), () -> viaB.write(fan, lena, text, key),
                            () -> viaA.write(fan, lena, text, key), () -> viaB.write(fan, lena, text, key));
                    Set<String> ids = new HashSet<>();
                    for (var f : pool.invokeAll(tries)) {
                        var r = f.get();
                        assertThat(r.status()).as(r.body()).isIn(200, 201);
                        ids.add(r.json().get("id").stringValue());
                    }
                    assertThat(ids).hasSize(1);
                    sent.add(UUID.fromString(ids.iterator().next()));
                }
            }
            for (UUID m : sent) {
                var turn = viaA.turnOn(m);
                assertThat(turn.outcome()).isEqualTo("answered");
                assertThat(viaA.teezerRepliesTo(m)).isEqualTo(1);
                String reply = turn.replyId().toString();
                sockets.awaitEvent(fanOnB, "message:new", d -> d.at("/message/id").stringValue().equals(reply), TeezerFlow.WITHIN);
            }
            // each reply reached the fan's socket exactly once
            var replies = sockets.events(fanOnB, "message:new").stream()
                    .filter(e -> e.data().at("/message/authorKind").stringValue().equals("teezer")).toList();
            assertThat(replies).hasSize(sent.size());
            assertThat(replies.stream().map(e -> e.data().at("/message/id").stringValue()).distinct()).hasSize(sent.size());
        }
    }

    @Test
    void aMessageWhoseNodeStoppedBeforeAnsweringIsAnsweredByTheSweep() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        var flow = new TeezerFlow(onA, fixtures.db());
        // taken while she was live: no job, so it stands for a message whose node committed it and stopped
        flow.teezerOn(lena);
        onA.post("/api/users/" + lena.id() + "/live", lena.token(), Map.of("live", true));
        var sent = flow.write(fan, lena, "hello", TeezerFlow.key());
        UUID message = UUID.fromString(sent.json().get("id").stringValue());
        UUID conversation = UUID.fromString(sent.json().get("conversationId").stringValue());
        onA.post("/api/users/" + lena.id() + "/live", lena.token(), Map.of("live", false));
        var j = TEEZER_JOBS;
        fixtures.db().insertInto(j).set(j.MESSAGE_ID, message).set(j.CONVERSATION_ID, conversation).set(j.CREATOR_ID, lena.id())
                .set(j.FAN_ID, fan.id()).execute();

        var turn = flow.turnOn(message);
        assertThat(turn.outcome()).isEqualTo("answered");
        assertThat(flow.teezerRepliesTo(message)).isEqualTo(1);
        await().atMost(TeezerFlow.WITHIN).until(() -> !fixtures.db().fetchExists(j, j.MESSAGE_ID.eq(message)));
    }

    @Test
    void anEntryAddedOrEditedOnOneNodeAnswersAtOnceOnTheOther() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        var viaA = new TeezerFlow(onA, fixtures.db());
        var viaB = new TeezerFlow(onB, fixtures.db());
        viaA.teezerOn(lena);
        assertThat(viaA.ask(fan, lena, "hello").outcome()).isEqualTo("answered"); // node A has read her bank
        String added = viaB.entry(lena, "answer", "what is your favourite food", "Stroopwafels, always!", false);
        var turn = viaA.ask(fan, lena, "what's your favourite food?");
        assertThat(turn.entryId()).hasToString(added);
        assertThat(onB.put("/api/users/me/teezer/replies/" + added, lena.token(),
                Map.of("prompt", "what is your favourite food", "answer", "Bitterballen these days!")).status()).isEqualTo(200);
        var edited = viaA.ask(fan, lena, "what's your favourite food?");
        assertThat(viaA.text(edited.replyId())).isEqualTo("Bitterballen these days!");
    }
}
