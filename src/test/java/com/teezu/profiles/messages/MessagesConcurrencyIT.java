package com.teezu.profiles.messages;

import com.teezu.profiles.db.enums.ConsentLevel;
import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.ConcurrentUsers;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.Fixtures.TestUser;
import com.teezu.profiles.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.teezu.profiles.db.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.sum;

/** Against the real PostgreSQL: many senders, readers and buyers at once, every request retried. */
@IntegrationTest
class MessagesConcurrencyIT {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    Dm dm;

    @BeforeEach
    void setUp() {
        dm = new Dm(api, fixtures);
    }

    record Sender(TestUser me, UUID conversation) {
    }

    /** Sends the request twice at once (and every 4th once more after): every answer must be the one message. */
    String sendWithRetries(Sender s, int n, ConcurrentUsers.Turn turn) {
        String key = "c-" + s.me().id() + "-" + n;
        String text = "message " + n + " from " + s.me().username();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Api.Response>> twice = List.of(
                    pool.submit(() -> dm.reply(s.me().token(), s.conversation(), text, key)),
                    pool.submit(() -> dm.reply(s.me().token(), s.conversation(), text, key)));
            Set<String> ids = new java.util.HashSet<>();
            for (var f : twice) {
                var r = f.get();
                turn.request(r::status);
                ids.add(r.json().get("id").stringValue());
            }
            if (n % 4 == 0) {
                var late = dm.reply(s.me().token(), s.conversation(), text, key);
                turn.request(late::status);
                ids.add(late.json().get("id").stringValue());
            }
            assertThat(ids).as(key).hasSize(1);
            return ids.iterator().next();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    long marker(UUID conversation, UUID user) {
        return fixtures.db().select(CONVERSATION_MEMBERS.LAST_READ_SEQ).from(CONVERSATION_MEMBERS)
                .where(CONVERSATION_MEMBERS.CONVERSATION_ID.eq(conversation).and(CONVERSATION_MEMBERS.USER_ID.eq(user)))
                .fetchOne(CONVERSATION_MEMBERS.LAST_READ_SEQ);
    }

    @Test
    void fiftySendersTimesTwentyRetriedMessagesOneMessagePerKeyExactUnreadMarkersNeverBack() throws Exception {
        List<Sender> senders = new ArrayList<>();
        List<UUID> conversations = new ArrayList<>();
        for (int pair = 0; pair < 25; pair++) {
            TestUser creator = fixtures.aCreator();
            TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
            UUID conversation = UUID.fromString(dm.write(fan.token(), creator.id(), "hello", Dm.key()).json()
                    .get("conversationId").stringValue());
            conversations.add(conversation);
            senders.add(new Sender(fan, conversation));
            senders.add(new Sender(creator, conversation));
        }
        Map<String, String> sent = new ConcurrentHashMap<>();
        var statuses = ConcurrentUsers.run(senders, 15, 16, (s, turn) -> {
            long lastMarker = 0;
            for (int n = 0; n < 20; n++) {
                sent.put(s.me().id() + "/" + n, sendWithRetries(s, n, turn));
                if (turn.random().nextInt(3) == 0) {
                    // read up to the newest message she sees, or now and then an older one (must not move back)
                    var page = api.get("/api/conversations/" + s.conversation() + "/messages?limit=10", s.me().token()).json();
                    var items = page.get("items");
                    String upTo = items.get(turn.random().nextInt(4) == 0 ? items.size() - 1 : 0).get("id").stringValue();
                    int status = turn.request(() -> dm.read(s.me().token(), s.conversation(), upTo).status());
                    assertThat(status).isEqualTo(200);
                    long now = marker(s.conversation(), s.me().id());
                    assertThat(now).as("marker of " + s.me().username()).isGreaterThanOrEqualTo(lastMarker);
                    lastMarker = now;
                }
            }
        });
        assertThat(statuses.keySet()).containsOnly(200, 201);
        assertThat(Set.copyOf(sent.values())).hasSize(50 * 20);
        var db = fixtures.db();
        assertThat(db.fetchCount(MESSAGES, MESSAGES.CONVERSATION_ID.in(conversations))).isEqualTo(25 + 50 * 20);
        for (UUID conversation : conversations) {
            // numbers are 1..n without gaps or repeats
            var seqs = db.select(MESSAGES.SEQ).from(MESSAGES).where(MESSAGES.CONVERSATION_ID.eq(conversation))
                    .orderBy(MESSAGES.SEQ).fetch(MESSAGES.SEQ);
            assertThat(seqs).hasSize(41).first().isEqualTo(1L);
            assertThat(seqs.getLast()).isEqualTo(41L);
            for (var member : db.selectFrom(CONVERSATION_MEMBERS).where(CONVERSATION_MEMBERS.CONVERSATION_ID.eq(conversation)).fetch()) {
                int rows = db.fetchCount(MESSAGES, MESSAGES.CONVERSATION_ID.eq(conversation)
                        .and(MESSAGES.SENDER_ID.eq(member.getOtherId())).and(MESSAGES.SEQ.gt(member.getLastReadSeq()))
                        .and(MESSAGES.REMOVED_AT.isNull()));
                assertThat(member.getUnread()).as("unread of " + member.getUserId()).isEqualTo(rows);
            }
        }
    }

    @Test
    void aHundredFansUnlockingAPaidMessageAtOnceWithRetriesAreEachChargedOnceAndTheLedgerBalances() throws Exception {
        TestUser lena = fixtures.aCreator();
        var db = fixtures.db();
        // the same picture sent as a paid message to 100 fans (a message belongs to one conversation):
        // the conversations are set up in the database, the unlocks go through the API
        UUID upload = UUID.fromString(dm.upload(lena.token()));
        var files = db.selectFrom(MESSAGE_UPLOADS).where(MESSAGE_UPLOADS.ID.eq(upload)).fetchOne();
        record Fan(TestUser user, UUID message) {
        }
        List<Fan> fans = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            TestUser fan = fixtures.anAgeVerifiedFan(ConsentLevel.explicit);
            fixtures.giveTokens(fan.id(), 60);
            UUID low = MessageRepository.lower(fan.id(), lena.id());
            UUID conversation = db.insertInto(CONVERSATIONS).set(CONVERSATIONS.USER_LOW, low)
                    .set(CONVERSATIONS.USER_HIGH, low.equals(fan.id()) ? lena.id() : fan.id()).set(CONVERSATIONS.STARTED_BY, lena.id())
                    .set(CONVERSATIONS.LAST_SEQ, 1L).returning(CONVERSATIONS.ID).fetchOne(CONVERSATIONS.ID);
            db.insertInto(CONVERSATION_MEMBERS, CONVERSATION_MEMBERS.CONVERSATION_ID, CONVERSATION_MEMBERS.USER_ID,
                    CONVERSATION_MEMBERS.OTHER_ID, CONVERSATION_MEMBERS.UNREAD).values(conversation, fan.id(), lena.id(), 1)
                    .values(conversation, lena.id(), fan.id(), 0).execute();
            UUID message = db.insertInto(MESSAGES).set(MESSAGES.CONVERSATION_ID, conversation).set(MESSAGES.SEQ, 1L)
                    .set(MESSAGES.SENDER_ID, lena.id()).set(MESSAGES.TEXT, "A little something for you")
                    .set(MESSAGES.MEDIA_KEY, files.getMediaKey()).set(MESSAGES.THUMB_KEY, files.getThumbKey())
                    .set(MESSAGES.BLUR_KEY, files.getBlurKey()).set(MESSAGES.PRICE_TOKENS, 25)
                    .returning(MESSAGES.ID).fetchOne(MESSAGES.ID);
            fans.add(new Fan(fan, message));
        }
        long lenaBefore = fixtures.balanceOf(lena.id());
        var statuses = ConcurrentUsers.run(fans, 100, 24, (fan, turn) -> {
            String key = "u-" + fan.user().id();
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                var both = List.of(pool.submit(() -> dm.unlock(fan.user().token(), fan.message(), key)),
                        pool.submit(() -> dm.unlock(fan.user().token(), fan.message(), key)));
                Set<String> urls = new java.util.HashSet<>();
                for (var f : both) {
                    var r = f.get();
                    turn.request(r::status);
                    urls.add(r.json().get("url").stringValue());
                }
                assertThat(urls).hasSize(1);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            // a retry with a new key: already bought, no charge
            var again = dm.unlock(fan.user().token(), fan.message(), "u2-" + fan.user().id());
            turn.request(again::status);
            assertThat(again.json().get("charged").booleanValue()).isFalse();
        });
        assertThat(statuses.keySet()).containsOnly(200);
        for (Fan fan : fans) assertThat(fixtures.balanceOf(fan.user().id())).isEqualTo(35);
        assertThat(db.fetchCount(MESSAGE_UNLOCKS, MESSAGE_UNLOCKS.MESSAGE_ID.in(fans.stream().map(Fan::message).toList()))).isEqualTo(100);
        assertThat(db.fetchCount(LEDGER_TRANSACTIONS, LEDGER_TRANSACTIONS.KIND.eq(LedgerKind.message_unlock)
                .and(LEDGER_TRANSACTIONS.REFERENCE_ID.in(fans.stream().map(Fan::message).toList())))).isEqualTo(100);
        long share = 20; // 80 % of 25, floored
        assertThat(fixtures.balanceOf(lena.id())).isEqualTo(lenaBefore + 100 * share);
        assertThat(db.select(sum(LEDGER_ENTRIES.AMOUNT)).from(LEDGER_ENTRIES).fetchOne(0, Long.class)).isZero();
        assertThat(db.select(sum(WALLETS.BALANCE)).from(WALLETS).fetchOne(0, Long.class)).isZero();
    }
}
