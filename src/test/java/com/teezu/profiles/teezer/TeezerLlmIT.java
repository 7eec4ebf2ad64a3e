package com.teezu.profiles.teezer;

import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.Fixtures.TestUser;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.Nodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Teezer with an LLM endpoint configured (a loopback OpenAI-compatible server): its answer is used when
 * it is good and in time; when the endpoint stalls, fails, answers garbage, an empty string or something
 * Teezer may not say, the embedded answer goes instead, within the deadline, with the reason in the
 * audit; never a 5xx to the fan, never a lost or second reply. What the endpoint receives holds her
 * persona and this conversation only: no private stat, no other conversation.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeezerLlmIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    Fixtures fixtures;

    LoopbackLlm llm;
    ConfigurableApplicationContext node;
    Api onNode;
    TeezerFlow flow;

    @BeforeAll
    void start() throws Exception {
        llm = new LoopbackLlm();
        node = Nodes.start(Nodes.jdbcUrlOf(dataSource), null, "--teezu.teezer.llm.base-url=" + llm.baseUrl(),
                "--teezu.teezer.llm.model=loopback-model", "--teezu.teezer.llm.api-key=test-key-not-secret",
                "--teezu.teezer.llm.timeout=700ms");
        onNode = Api.at(Nodes.baseUrl(node));
        flow = new TeezerFlow(onNode, fixtures.db());
    }

    @AfterAll
    void stop() {
        if (node != null) node.close();
        if (llm != null) llm.close();
    }

    @Test
    void aGoodAnswerInTimeIsTheLlmsAndItsPromptHoldsHerPersonaAndThisConversationOnly() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        TestUser patron = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        flow.teezerOn(lena);
        assertThat(onNode.put("/api/users/me/teezer/persona", lena.token(), Map.of("tone", "sunny and teasing",
                "boundaries", "never meets fans", "bannedTopics", java.util.List.of("politics"))).status()).isEqualTo(200);
        // her money and another fan's conversation: none of it may reach the endpoint
        fixtures.giveTokens(patron.id(), 5_000);
        assertThat(onNode.send("POST", "/api/users/" + lena.id() + "/gifts", patron.token(), Map.of("type", "diamond"),
                Map.of("Idempotency-Key", TeezerFlow.key())).status()).isIn(200, 201);
        llm.answer("Thanks for the warm words, lovely!");
        String secret = "SECRET-" + UUID.randomUUID();
        flow.ask(patron, lena, "a private note: " + secret);
        var privateStats = onNode.get("/api/users/" + lena.id() + "/profile", lena.token()).json().get("privateStats");
        int before = llm.requests().size();

        var turn = flow.ask(fan, lena, "you have such a warm smile");
        assertThat(turn.responder()).isEqualTo("llm");
        assertThat(turn.model()).isEqualTo("loopback-model");
        assertThat(turn.fallback()).isNull();
        assertThat(flow.text(turn.replyId())).isEqualTo("Thanks for the warm words, lovely!");
        assertThat(flow.thread(fan, turn.conversationId()).getLast().get("aiGenerated").booleanValue()).isTrue();

        String prompt = llm.requests().get(before);
        for (int i = before + 1; i < llm.requests().size(); i++) prompt += llm.requests().get(i);
        assertThat(prompt).contains("sunny and teasing").contains("never meets fans").contains("politics")
                .contains("you have such a warm smile").contains("AI clone").contains("loopback-model");
        assertThat(prompt).doesNotContain(secret).doesNotContain("private note")
                .doesNotContainIgnoringCase("earning").doesNotContainIgnoringCase("tipTotal").doesNotContainIgnoringCase("balance")
                .doesNotContainIgnoringCase("wallet").doesNotContain(privateStats.at("/earningsThisMonth/amount").stringValue())
                .doesNotContain(flow.displayName(patron)).doesNotContain(patron.username());
        assertThat(llm.requests()).noneMatch(r -> r.contains(lena.token()) || r.contains(fan.token()));
    }

    @ParameterizedTest
    @CsvSource({"STALL,timeout", "FAIL,error", "GARBAGE,error", "EMPTY,empty"})
    void whenTheEndpointLetsTeezerDownTheEmbeddedAnswerGoesInsteadWithinTheDeadline(LoopbackLlm.Mode mode, String reason) {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        flow.teezerOn(lena);
        llm.mode(mode);
        var sent = flow.write(fan, lena, "hello there", TeezerFlow.key());
        assertThat(sent.status()).isEqualTo(201);
        var turn = flow.turnOn(UUID.fromString(sent.json().get("id").stringValue()));
        assertThat(turn.outcome()).isEqualTo("answered");
        assertThat(turn.responder()).isEqualTo("embedded");
        assertThat(turn.fallback()).isEqualTo(reason);
        // the deadline is the rule under test here (2 s; the endpoint's own cut-off is 700 ms)
        assertThat(turn.latencyMs()).isLessThan(2_000);
        assertThat(flow.text(turn.replyId())).startsWith("Hey " + flow.displayName(fan) + "!");
        assertThat(flow.teezerRepliesTo(turn.fanMessageId())).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I'm not a bot, this is really me!",
            "Only 50 tokens for a private picture, babe",
            "Sure, let's talk about politics all night",
            "```json {\"reply\": \"hi\"}```",
            "!!! ??? ... ### 123 456"})
    void anAnswerTeezerMayNotSendIsReplacedByTheEmbeddedOne(String bad) {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        flow.teezerOn(lena);
        onNode.put("/api/users/me/teezer/persona", lena.token(), Map.of("tone", "", "boundaries", "", "bannedTopics",
                java.util.List.of("politics")));
        llm.answer(bad);
        var turn = flow.ask(fan, lena, "hello there");
        assertThat(turn.responder()).isEqualTo("embedded");
        assertThat(turn.fallback()).isIn("filtered", "unusable");
        assertThat(flow.text(turn.replyId())).doesNotContain(bad);
    }

    @Test
    void handoverTriggersNeverGoToTheLlm() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
        flow.teezerOn(lena);
        llm.answer("Of course, here is my address");
        int before = llm.requests().size();
        var turn = flow.ask(fan, lena, "I feel suicidal tonight");
        assertThat(turn.handover()).isEqualTo("crisis");
        assertThat(turn.responder()).isEqualTo("fixed");
        assertThat(llm.requests()).hasSize(before);
    }
}
