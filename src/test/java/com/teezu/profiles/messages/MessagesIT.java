package com.teezu.profiles.messages;

import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.Fixtures.TestUser;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Direct messages over HTTP: who may write (the policy matrix), sending, reading, paid messages, unsend, limits. */
@IntegrationTest
class MessagesIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    Dm dm;

    @BeforeEach
    void setUp() {
        dm = new Dm(api, fixtures);
    }

    TestUser verifiedFan() {
        return fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
    }

    JsonNode messaging(TestUser viewer, TestUser profile) {
        var r = api.get("/api/users/" + profile.id() + "/profile", viewer == null ? null : viewer.token());
        assertThat(r.status()).isEqualTo(200);
        return r.json().at("/viewer/messaging");
    }

    String outcome(JsonNode messaging) {
        if (!messaging.get("allowed").booleanValue()) return messaging.get("reason").stringValue();
        return messaging.has("priceTokens") ? "pays " + messaging.get("priceTokens").intValue() : "allowed";
    }

    @Test
    void thePolicyMatrixOverHttpTheProfileSaysWhatTheSendDoes() {
        record Row(String policy, Integer price, String fan, String expected) {
        }
        var rows = List.of(
                new Row("everyone", null, "unverified", "age_verification_required"),
                new Row("everyone", null, "verified", "allowed"),
                new Row("everyone", 5, "verified", "pays 5"),
                new Row("everyone", 5, "subscriber", "allowed"),
                new Row("followers", null, "verified", "followers_only"),
                new Row("followers", null, "follower", "allowed"),
                new Row("followers", 5, "follower", "pays 5"),
                new Row("followers", null, "subscriber", "allowed"),
                new Row("subscribers", null, "verified", "subscribers_only"),
                new Row("subscribers", null, "follower", "subscribers_only"),
                new Row("subscribers", 5, "subscriber", "allowed"),
                new Row("subscribers", null, "unverified", "age_verification_required"));
        for (Row row : rows) {
            TestUser creator = fixtures.aCreator();
            assertThat(dm.policy(creator.token(), row.policy(), row.price()).status()).isEqualTo(200);
            TestUser fan = row.fan().equals("unverified") ? fixtures.aMember() : verifiedFan();
            fixtures.giveTokens(fan.id(), 100);
            if (row.fan().equals("follower")) dm.follow(fan.id(), creator.id());
            if (row.fan().equals("subscriber")) dm.subscribe(fan.id(), creator.id());
            assertThat(outcome(messaging(fan, creator))).as(row.toString()).isEqualTo(row.expected());

            var before = dm.rows();
            // the fan agrees to the price her profile view showed (none where it showed none)
            var sent = dm.write(fan.token(), creator.id(), "hello " + row, Dm.key(),
                    messaging(fan, creator).path("priceTokens").isMissingNode() ? null : messaging(fan, creator).get("priceTokens").intValue());
            if (row.expected().startsWith("pays") || row.expected().equals("allowed")) {
                assertThat(sent.status()).as(row + " " + sent.body()).isEqualTo(201);
                long paid = row.expected().startsWith("pays") ? 5 : 0;
                assertThat(fixtures.balanceOf(fan.id())).as(row.toString()).isEqualTo(100 - paid);
                // in the conversation now, she may go on writing whatever the policy says later
                assertThat(messaging(fan, creator).get("allowed").booleanValue()).isTrue();
            } else {
                assertThat(sent.status()).as(row.toString()).isEqualTo(403);
                assertThat(sent.contentType()).startsWith("application/problem+json");
                assertThat(sent.json().get("reason").stringValue()).isEqualTo(row.expected());
                assertThat(dm.rows()).isEqualTo(before);
                assertThat(fixtures.balanceOf(fan.id())).isEqualTo(100);
            }
        }
        TestUser creator = fixtures.aCreator();
        assertThat(outcome(messaging(null, creator))).isEqualTo("login_required");
        assertThat(outcome(messaging(creator, creator))).isEqualTo("self");
        assertThat(dm.write(null, creator.id(), "hi", Dm.key()).status()).isEqualTo(401);
        var self = dm.write(creator.token(), creator.id(), "hi", Dm.key());
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().get("reason").stringValue()).isEqualTo("self");
        // members are not written to first, except by creators
        TestUser member = verifiedFan();
        assertThat(outcome(messaging(verifiedFan(), member))).isEqualTo("creators_only");
        assertThat(outcome(messaging(creator, member))).isEqualTo("allowed");
        // only creators have a policy
        assertThat(dm.policy(member.token(), "followers", null).status()).isEqualTo(403);
        assertThat(dm.policy(creator.token(), "friends", null).status()).isEqualTo(400);
        assertThat(dm.policy(creator.token(), "everyone", 0).status()).isEqualTo(400);
    }

    @Test
    void aFanWritesTheCreatorReadsAndRepliesAndMarkersOnlyMoveForward() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = verifiedFan();
        String key = Dm.key();
        var first = dm.write(fan.token(), lena.username(), "  Hi Lena! \n", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("text").stringValue()).isEqualTo("Hi Lena!");
        assertThat(first.json().get("authorKind").stringValue()).isEqualTo("human");
        assertThat(first.json().get("aiGenerated").booleanValue()).isFalse();
        String conversation = first.json().get("conversationId").stringValue();

        // a retry with the same key: the same message, nothing more
        var retry = dm.write(fan.token(), lena.username(), "  Hi Lena! \n", key);
        assertThat(retry.status()).isIn(200, 201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(fixtures.db().fetchCount(MESSAGES, MESSAGES.CONVERSATION_ID.eq(UUID.fromString(conversation)))).isEqualTo(1);
        // the first message of a new conversation is a stored notification, once
        assertThat(fixtures.db().fetchCount(NOTIFICATIONS, NOTIFICATIONS.USER_ID.eq(lena.id()).and(NOTIFICATIONS.TYPE.eq("new_message"))))
                .isEqualTo(1);

        var second = dm.reply(fan.token(), conversation, "Are you live tonight?", Dm.key());
        assertThat(second.status()).isEqualTo(201);
        assertThat(api.get("/api/conversations/unread", lena.token()).json().get("unread").intValue()).isEqualTo(2);
        var inbox = api.get("/api/conversations", lena.token()).json();
        assertThat(inbox.at("/items/0/id").stringValue()).isEqualTo(conversation);
        assertThat(inbox.at("/items/0/with/username").stringValue()).isEqualTo(fan.username());
        assertThat(inbox.at("/items/0/with/role").stringValue()).isEqualTo("member");
        assertThat(inbox.at("/items/0/unread").intValue()).isEqualTo(2);
        assertThat(inbox.at("/items/0/lastMessage/preview").stringValue()).isEqualTo("Are you live tonight?");
        assertThat(api.get("/api/conversations", fan.token()).json().at("/items/0/with/role").stringValue()).isEqualTo("creator");

        var page = api.get("/api/conversations/" + conversation + "/messages?limit=1", lena.token()).json();
        assertThat(page.at("/items/0/text").stringValue()).isEqualTo("Are you live tonight?");
        var older = api.get("/api/conversations/" + conversation + "/messages?limit=1&before=" + page.get("nextCursor").stringValue(),
                lena.token()).json();
        assertThat(older.at("/items/0/text").stringValue()).isEqualTo("Hi Lena!");
        assertThat(older.get("nextCursor").isNull()).isTrue();

        var read = dm.read(lena.token(), conversation, second.json().get("id").stringValue());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("unread").intValue()).isZero();
        // an older marker does not move it back
        assertThat(dm.read(lena.token(), conversation, first.json().get("id").stringValue()).json().get("unread").intValue()).isZero();
        assertThat(fixtures.db().select(CONVERSATION_MEMBERS.LAST_READ_SEQ).from(CONVERSATION_MEMBERS)
                .where(CONVERSATION_MEMBERS.USER_ID.eq(lena.id())).fetchOne(CONVERSATION_MEMBERS.LAST_READ_SEQ)).isEqualTo(2L);

        var answer = dm.reply(lena.token(), conversation, "Yes, 20:00 😘", Dm.key());
        assertThat(answer.status()).isEqualTo(201);
        assertThat(api.get("/api/conversations/unread", fan.token()).json().get("unread").intValue()).isEqualTo(1);
        assertThat(api.get("/api/conversations/unread", lena.token()).json().get("unread").intValue()).isZero();

        // unsend: gone for both, and no longer unread
        assertThat(api.delete("/api/messages/" + answer.json().get("id").stringValue(), fan.token()).status()).isEqualTo(403);
        assertThat(api.delete("/api/messages/" + answer.json().get("id").stringValue(), lena.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/conversations/unread", fan.token()).json().get("unread").intValue()).isZero();
        assertThat(api.get("/api/conversations/" + conversation + "/messages", fan.token()).body()).doesNotContain("20:00");
    }

    @Test
    void staffAccountsNeverSpendInMessages() throws Exception {
        TestUser lena = fixtures.aCreator();
        TestUser staff = fixtures.aStaffMember();
        fixtures.giveTokens(staff.id(), 100);
        // a creator may write first to anyone, also with a paid picture
        var paid = dm.post(lena.token(), "/api/users/" + staff.id() + "/messages",
                Map.of("text", "For the team", "mediaId", dm.upload(lena.token()), "priceTokens", 20), Dm.key());
        assertThat(paid.status()).isEqualTo(201);
        var before = dm.rows();
        assertThat(dm.unlock(staff.token(), paid.json().get("id").stringValue(), Dm.key()).status()).isEqualTo(403);
        TestUser priced = fixtures.aCreator();
        dm.policy(priced.token(), "everyone", 5);
        assertThat(dm.rows()).isEqualTo(before);
        // writing to a creator who charges per message is free for staff, and the profile says so
        assertThat(messaging(staff, priced).get("allowed").booleanValue()).isTrue();
        assertThat(messaging(staff, priced).path("priceTokens").isNumber()).isFalse();
        assertThat(dm.write(staff.token(), priced.id(), "hello", Dm.key()).status()).isEqualTo(201);
        assertThat(fixtures.balanceOf(staff.id())).isEqualTo(100);
    }

    @Test
    void aPaidMessageIsBlurredUntilBoughtOnceAndWhatWasBoughtStaysReadable() throws Exception {
        TestUser lena = fixtures.aCreator();
        TestUser fan = verifiedFan();
        fixtures.giveTokens(fan.id(), 30);
        String conversation = dm.write(fan.token(), lena.id(), "Any new pictures?", Dm.key()).json().get("conversationId").stringValue();
        var paid = dm.post(lena.token(), "/api/conversations/" + conversation + "/messages",
                Map.of("text", "Just for you", "mediaId", dm.upload(lena.token()), "priceTokens", 20), Dm.key());
        assertThat(paid.status()).isEqualTo(201);
        assertThat(paid.json().get("locked").booleanValue()).isFalse();
        assertThat(paid.json().has("mediaUrl")).isTrue();
        String id = paid.json().get("id").stringValue();

        var seen = api.get("/api/conversations/" + conversation + "/messages", fan.token()).json().at("/items/0");
        assertThat(seen.get("locked").booleanValue()).isTrue();
        assertThat(seen.get("priceTokens").intValue()).isEqualTo(20);
        assertThat(seen.get("text").stringValue()).isEqualTo("Just for you");
        assertThat(seen.get("thumbnailUrl").stringValue()).contains("/blur.jpg");
        assertThat(seen.has("mediaUrl")).isFalse();
        var inbox = api.get("/api/conversations", fan.token()).json().at("/items/0/lastMessage");
        assertThat(inbox.get("locked").booleanValue()).isTrue();
        assertThat(inbox.get("preview").isNull()).isTrue();

        String key = Dm.key();
        var unlocked = dm.unlock(fan.token(), id, key);
        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(api.bytes(unlocked.json().get("url").stringValue())).isNotEmpty();
        assertThat(dm.unlock(fan.token(), id, key).json()).isEqualTo(unlocked.json());
        var again = dm.unlock(fan.token(), id, Dm.key());
        assertThat(again.json().get("charged").booleanValue()).isFalse();
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(10);
        assertThat(fixtures.db().fetchCount(MESSAGE_UNLOCKS, MESSAGE_UNLOCKS.MESSAGE_ID.eq(UUID.fromString(id)))).isEqualTo(1);
        var bought = api.get("/api/conversations/" + conversation + "/messages", fan.token()).json().at("/items/0");
        assertThat(bought.get("locked").booleanValue()).isFalse();
        assertThat(bought.has("mediaUrl")).isTrue();

        // not enough tokens for the next one: 402, nothing charged or granted
        var second = dm.post(lena.token(), "/api/conversations/" + conversation + "/messages",
                Map.of("text", "Another one", "mediaId", dm.upload(lena.token()), "priceTokens", 20), Dm.key());
        var before = dm.rows();
        var tooPoor = dm.unlock(fan.token(), second.json().get("id").stringValue(), Dm.key());
        assertThat(tooPoor.status()).isEqualTo(402);
        assertThat(dm.rows()).isEqualTo(before);
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(10);

        // unsent: the bought one stays for the fan, the other one is gone
        assertThat(api.delete("/api/messages/" + id, lena.token()).status()).isEqualTo(204);
        assertThat(api.delete("/api/messages/" + second.json().get("id").stringValue(), lena.token()).status()).isEqualTo(204);
        var after = api.get("/api/conversations/" + conversation + "/messages", fan.token()).json();
        assertThat(after.get("items").valueStream().map(m -> m.get("id").stringValue()).toList())
                .contains(id).doesNotContain(second.json().get("id").stringValue());
        assertThat(dm.unlock(fan.token(), id, Dm.key()).status()).isEqualTo(200);
        assertThat(dm.unlock(fan.token(), second.json().get("id").stringValue(), Dm.key()).status()).isEqualTo(404);
        assertThat(api.get("/api/conversations/" + conversation + "/messages", lena.token()).body()).doesNotContain("Just for you");
    }

    @Test
    void aCreatorsPricePerMessageIsChargedOnceAnd402WhenShort() {
        TestUser lena = fixtures.aCreator();
        dm.policy(lena.token(), "everyone", 7);
        TestUser fan = verifiedFan();
        fixtures.giveTokens(fan.id(), 10);
        // not knowing the price (or agreeing to less) sends and charges nothing: 409 with the price
        var unaware = dm.rows();
        for (Integer agreed : java.util.Arrays.asList(null, 6)) {
            var refused = dm.write(fan.token(), lena.id(), "one", Dm.key(), agreed);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("type").stringValue()).isEqualTo("urn:teezu:problem:price-not-accepted");
            assertThat(refused.json().get("priceTokens").intValue()).isEqualTo(7);
        }
        assertThat(dm.rows()).isEqualTo(unaware);
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(10);
        String key = Dm.key();
        assertThat(dm.write(fan.token(), lena.id(), "one", key, 7).status()).isEqualTo(201);
        assertThat(dm.write(fan.token(), lena.id(), "one", key, 7).status()).isIn(200, 201);
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(3);
        var conversationOfFan = api.get("/api/conversations", fan.token()).json().at("/items/0/id").stringValue();
        // she raises her price after he looked: his next message at the old price is refused, not charged 9
        dm.policy(lena.token(), "everyone", 9);
        var raised = dm.reply(fan.token(), conversationOfFan, "still 7?", Dm.key(), 7);
        assertThat(raised.status()).isEqualTo(409);
        assertThat(raised.json().get("priceTokens").intValue()).isEqualTo(9);
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(3);
        dm.policy(lena.token(), "everyone", 7);
        var before = dm.rows();
        var short_ = dm.write(fan.token(), lena.id(), "two", Dm.key(), 7);
        assertThat(short_.status()).isEqualTo(402);
        assertThat(short_.contentType()).startsWith("application/problem+json");
        assertThat(dm.rows()).isEqualTo(before);
        // the creator replies for free
        var conversation = api.get("/api/conversations", lena.token()).json().at("/items/0/id").stringValue();
        assertThat(dm.reply(lena.token(), conversation, "thanks!", Dm.key()).status()).isEqualTo(201);
    }

    @Test
    void badInputIsAClearProblemAndNothingIsStoredOrCharged() throws Exception {
        TestUser lena = fixtures.aCreator();
        dm.policy(lena.token(), "followers", null);
        TestUser fan = verifiedFan();
        fixtures.giveTokens(fan.id(), 100);
        dm.follow(fan.id(), lena.id());
        String conversation = dm.write(fan.token(), lena.id(), "hello", Dm.key()).json().get("conversationId").stringValue();
        TestUser other = fixtures.aCreator();
        TestUser otherFan = verifiedFan();
        var foreign = dm.write(otherFan.token(), other.id(), "theirs", Dm.key()).json();
        String stranger = verifiedFan().token();
        String reused = Dm.key();
        assertThat(dm.reply(fan.token(), conversation, "first use", reused).status()).isEqualTo(201);
        String fanUpload = dm.upload(fan.token());
        String lenaUpload = dm.upload(lena.token());

        record Bad(String what, Api.Response response, int status) {
        }
        var before = dm.rows();
        String path = "/api/conversations/" + conversation + "/messages";
        List<Bad> bad = new ArrayList<>();
        bad.add(new Bad("empty text", dm.reply(fan.token(), conversation, "", Dm.key()), 400));
        bad.add(new Bad("blank text", dm.reply(fan.token(), conversation, " \n\t ", Dm.key()), 400));
        bad.add(new Bad("no text", dm.post(fan.token(), path, Map.of(), Dm.key()), 400));
        bad.add(new Bad("too long", dm.reply(fan.token(), conversation, "x".repeat(2001), Dm.key()), 400));
        bad.add(new Bad("control character", dm.reply(fan.token(), conversation, "bell\u0007", Dm.key()), 400));
        bad.add(new Bad("unknown conversation", dm.reply(fan.token(), UUID.randomUUID(), "hi", Dm.key()), 404));
        bad.add(new Bad("not a conversation id", dm.reply(fan.token(), "nope", "hi", Dm.key()), 404));
        bad.add(new Bad("foreign conversation", dm.reply(fan.token(), foreign.get("conversationId").stringValue(), "hi", Dm.key()), 404));
        bad.add(new Bad("policy forbids", dm.write(stranger, lena.id(), "let me in", Dm.key()), 403));
        bad.add(new Bad("unknown user", dm.write(fan.token(), UUID.randomUUID(), "hi", Dm.key()), 404));
        bad.add(new Bad("missing key", dm.reply(fan.token(), conversation, "hi", null), 400));
        bad.add(new Bad("malformed key", dm.reply(fan.token(), conversation, "hi", "spaces are not allowed"), 400));
        bad.add(new Bad("key reused with another body", dm.reply(fan.token(), conversation, "second use", reused), 422));
        bad.add(new Bad("someone else's picture", dm.post(fan.token(), path, Map.of("text", "pic", "mediaId", lenaUpload), Dm.key()), 400));
        bad.add(new Bad("unknown picture", dm.post(fan.token(), path, Map.of("text", "pic", "mediaId", UUID.randomUUID().toString()), Dm.key()), 400));
        bad.add(new Bad("a fan puts a price", dm.post(fan.token(), path, Map.of("text", "pay me", "mediaId", fanUpload, "priceTokens", 5), Dm.key()), 403));
        bad.add(new Bad("a price without a picture", dm.post(lena.token(), path, Map.of("text", "pay me", "priceTokens", 5), Dm.key()), 400));
        bad.add(new Bad("a price of zero", dm.post(lena.token(), path, Map.of("text", "pay me", "mediaId", lenaUpload, "priceTokens", 0), Dm.key()), 400));
        bad.add(new Bad("an unknown field", dm.post(fan.token(), path, Map.of("text", "hi", "color", "red"), Dm.key()), 400));
        bad.add(new Bad("a non-image attachment", api.multipart("POST", "/api/media", fan.token(),
                "#!/bin/sh\necho not a picture\n".getBytes(), "x.png", Map.of()), 415));
        bad.add(new Bad("an empty attachment", api.multipart("POST", "/api/media", fan.token(), new byte[0], "x.png", Map.of()), 400));
        bad.add(new Bad("anonymous upload", api.multipart("POST", "/api/media", null, com.teezu.profiles.media.MediaIT.png(4, 4), "x.png", Map.of()), 401));
        bad.add(new Bad("marker of another conversation", dm.read(fan.token(), conversation, foreign.get("id").stringValue()), 400));
        bad.add(new Bad("marker that is no message", dm.read(fan.token(), conversation, UUID.randomUUID()), 400));
        bad.add(new Bad("marker missing", api.post("/api/conversations/" + conversation + "/read", fan.token(), Map.of()), 400));
        bad.add(new Bad("bad before", api.get(path + "?before=" + foreign.get("id").stringValue(), fan.token()), 400));
        bad.add(new Bad("limit too high", api.get(path + "?limit=51", fan.token()), 400));
        bad.add(new Bad("inbox limit too high", api.get("/api/conversations?limit=51", fan.token()), 400));
        bad.add(new Bad("bad inbox cursor", api.get("/api/conversations?cursor=zzz", fan.token()), 400));
        bad.add(new Bad("unlock of a free message", dm.unlock(fan.token(), foreign.get("id").stringValue(), Dm.key()), 404));
        for (Bad b : bad) {
            assertThat(b.response().status()).as(b.what() + ": " + b.response().body()).isEqualTo(b.status());
            assertThat(b.response().contentType()).as(b.what()).startsWith("application/problem+json");
        }
        assertThat(bad.stream().filter(b -> b.status() == 400 && b.response().body().contains("\"errors\"")).count()).isGreaterThan(5);
        assertThat(dm.rows()).isEqualTo(before);
        assertThat(fixtures.balanceOf(fan.id())).isEqualTo(100);
    }

    @Test
    void aThirdUserGetsNothingFromAnyConversationOrMessageEndpoint() throws Exception {
        TestUser lena = fixtures.aCreator();
        TestUser fan = verifiedFan();
        fixtures.giveTokens(fan.id(), 100);
        var opened = dm.write(fan.token(), lena.id(), "secret-fan-text-4711", Dm.key()).json();
        String conversation = opened.get("conversationId").stringValue();
        var paid = dm.post(lena.token(), "/api/conversations/" + conversation + "/messages",
                Map.of("text", "secret-paid-text-4712", "mediaId", dm.upload(lena.token()), "priceTokens", 5), Dm.key()).json();
        String messageId = paid.get("id").stringValue();

        TestUser third = verifiedFan();
        fixtures.giveTokens(third.id(), 100);
        TestUser staff = fixtures.aStaffMember();
        List<String> bodies = new ArrayList<>();
        for (TestUser snoop : List.of(third, staff)) {
            String t = snoop.token();
            List<Api.Response> answers = List.of(
                    api.get("/api/conversations", t),
                    api.get("/api/conversations/unread", t),
                    api.get("/api/conversations/" + conversation + "/messages", t),
                    dm.reply(t, conversation, "let me in", Dm.key()),
                    dm.read(t, conversation, messageId),
                    dm.unlock(t, messageId, Dm.key()),
                    api.delete("/api/messages/" + messageId, t),
                    api.delete("/api/messages/" + opened.get("id").stringValue(), t),
                    api.get("/api/notifications", t),
                    api.get("/api/users/" + lena.id() + "/profile", t),
                    api.get("/api/users/" + fan.id() + "/profile", t));
            for (int i = 2; i < 8; i++) assertThat(answers.get(i).status()).as(snoop + " #" + i).isIn(403, 404);
            assertThat(answers.get(0).json().get("items")).isEmpty();
            assertThat(answers.get(1).json().get("unread").intValue()).isZero();
            answers.forEach(a -> bodies.add(a.body()));
        }
        for (String body : bodies) {
            assertThat(body).doesNotContain("secret-fan-text-4711").doesNotContain("secret-paid-text-4712")
                    .doesNotContain("/blur.jpg").doesNotContain("/thumb.jpg");
        }
        assertThat(fixtures.balanceOf(third.id())).isEqualTo(100);
        assertThat(fixtures.db().fetchCount(MESSAGES, MESSAGES.CONVERSATION_ID.eq(UUID.fromString(conversation)))).isEqualTo(2);
        assertThat(api.get("/api/conversations", null).status()).isEqualTo(401);
        assertThat(api.get("/api/conversations/" + conversation + "/messages", null).status()).isEqualTo(401);
    }

    @Test
    void sendingIsRateLimitedPerSenderAndNewConversationsPerDayWithRetryAfter() {
        TestUser lena = fixtures.aCreator();
        TestUser fan = verifiedFan();
        String firstKey = Dm.key();
        var first = dm.write(fan.token(), lena.id(), "msg 0", firstKey);
        String conversation = first.json().get("conversationId").stringValue();
        for (int i = 1; i < 25; i++) assertThat(dm.reply(fan.token(), conversation, "msg " + i, Dm.key()).status()).isEqualTo(201);
        var limited = dm.reply(fan.token(), conversation, "one too many", Dm.key());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        // a retry of a message that was sent is answered from its key, limit or not
        assertThat(dm.write(fan.token(), lena.id(), "msg 0", firstKey).json()).isEqualTo(first.json());
        assertThat(fixtures.db().fetchCount(MESSAGES, MESSAGES.SENDER_ID.eq(fan.id()))).isEqualTo(25);
        // the creator's replies are her own budget
        assertThat(dm.reply(lena.token(), conversation, "slow down 😅", Dm.key()).status()).isEqualTo(201);

        TestUser opener = verifiedFan();
        for (int i = 0; i < 8; i++) assertThat(dm.write(opener.token(), fixtures.aCreator().id(), "hi", Dm.key()).status()).isEqualTo(201);
        var before = dm.rows();
        var capped = dm.write(opener.token(), fixtures.aCreator().id(), "hi", Dm.key());
        assertThat(capped.status()).isEqualTo(429);
        assertThat(Integer.parseInt(capped.header("Retry-After"))).isBetween(1, 86_400);
        assertThat(dm.rows()).isEqualTo(before);
    }
}
