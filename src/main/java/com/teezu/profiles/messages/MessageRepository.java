package com.teezu.profiles.messages;

import com.teezu.profiles.auth.DmAudience;
import com.teezu.profiles.auth.Role;
import com.teezu.profiles.db.enums.MessageAuthor;
import com.teezu.profiles.db.tables.Messages;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;

@Repository
class MessageRepository {

    record Policy(DmAudience whoMayWrite, Integer priceTokens) {
        static final Policy DEFAULT = new Policy(DmAudience.EVERYONE, null);
    }

    record Relation(boolean follower, boolean subscriber) {
    }

    record Conversation(UUID id, UUID userLow, UUID userHigh) {
        boolean has(UUID userId) {
            return userLow.equals(userId) || userHigh.equals(userId);
        }

        UUID other(UUID userId) {
            return userLow.equals(userId) ? userHigh : userLow;
        }
    }

    record Opened(UUID id, boolean created) {
    }

    record Files(String mediaKey, String thumbKey, String blurKey) {
    }

    record MessageRow(UUID id, UUID conversationId, long seq, UUID senderId, String senderUsername, String senderDisplayName,
                      String authorKind, boolean aiGenerated, String text, String mediaKey, String thumbKey, String blurKey,
                      Integer priceTokens, OffsetDateTime createdAt, OffsetDateTime removedAt, boolean bought) {
    }

    record InboxRow(UUID conversationId, UUID otherId, String otherUsername, String otherDisplayName, String otherAvatarKey,
                    Role otherRole, int unread, OffsetDateTime updatedAt, UUID lastId, String lastText, String lastAuthorKind,
                    OffsetDateTime lastCreatedAt, Integer lastPrice, UUID lastSenderId, boolean lastBought) {
    }

    record Marker(long seq, int unread, boolean moved) {
    }

    private final DSLContext db;

    MessageRepository(DSLContext db) {
        this.db = db;
    }

    // ------------------------------------------------------------------ policy

    Policy policy(UUID creatorId) {
        return db.select(DM_POLICIES.WHO_MAY_WRITE, DM_POLICIES.PRICE_TOKENS).from(DM_POLICIES)
                .where(DM_POLICIES.CREATOR_ID.eq(creatorId))
                .fetchOptional(r -> new Policy(DmAudience.fromKey(r.value1().getLiteral()), r.value2()))
                .orElse(Policy.DEFAULT);
    }

    void setPolicy(UUID creatorId, DmAudience who, Integer price) {
        var audience = com.teezu.profiles.db.enums.DmAudience.valueOf(who.key());
        db.insertInto(DM_POLICIES).set(DM_POLICIES.CREATOR_ID, creatorId).set(DM_POLICIES.WHO_MAY_WRITE, audience)
                .set(DM_POLICIES.PRICE_TOKENS, price)
                .onConflict(DM_POLICIES.CREATOR_ID).doUpdate()
                .set(DM_POLICIES.WHO_MAY_WRITE, audience).set(DM_POLICIES.PRICE_TOKENS, price)
                .set(DM_POLICIES.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    /** Whether {@code fan} follows and has a running subscription to {@code creator}. */
    Relation relation(UUID fan, UUID creator) {
        var r = db.select(
                field(exists(selectOne().from(FOLLOWS).where(FOLLOWS.FOLLOWER_ID.eq(fan).and(FOLLOWS.FOLLOWEE_ID.eq(creator))))),
                field(exists(selectOne().from(SUBSCRIPTIONS).where(SUBSCRIPTIONS.SUBSCRIBER_ID.eq(fan)
                        .and(SUBSCRIPTIONS.CREATOR_ID.eq(creator))
                        .and(SUBSCRIPTIONS.CANCELED_AT.isNull().or(SUBSCRIPTIONS.CURRENT_PERIOD_END.gt(OffsetDateTime.now())))))))
                .fetchOne();
        return new Relation(Boolean.TRUE.equals(r.value1()), Boolean.TRUE.equals(r.value2()));
    }

    // ------------------------------------------------------------------ limits

    /** Serialises one sender's sends on every node (the rate limit and the daily cap are then exact) until commit. */
    void lockSender(UUID senderId) {
        db.select(field("pg_advisory_xact_lock(hashtextextended({0}, 15))", Object.class, val("dm:" + senderId))).fetch();
    }

    /** The times of the sender's messages after {@code since}, oldest first. */
    /** The database's own clock (the one {@code created_at} defaults use), for windows compared with it. */
    OffsetDateTime databaseNow() {
        return db.select(org.jooq.impl.DSL.field("clock_timestamp()", OffsetDateTime.class)).fetchOne().value1();
    }

    List<OffsetDateTime> sentSince(UUID senderId, OffsetDateTime since) {
        return db.select(MESSAGES.CREATED_AT).from(MESSAGES)
                .where(MESSAGES.SENDER_ID.eq(senderId).and(MESSAGES.CREATED_AT.gt(since)))
                .orderBy(MESSAGES.CREATED_AT).fetch(MESSAGES.CREATED_AT);
    }

    List<OffsetDateTime> startedSince(UUID senderId, OffsetDateTime since) {
        return db.select(CONVERSATIONS.CREATED_AT).from(CONVERSATIONS)
                .where(CONVERSATIONS.STARTED_BY.eq(senderId).and(CONVERSATIONS.CREATED_AT.gt(since)))
                .orderBy(CONVERSATIONS.CREATED_AT).fetch(CONVERSATIONS.CREATED_AT);
    }

    // ------------------------------------------------------------------ conversations

    Optional<Conversation> conversation(UUID id) {
        return db.select(CONVERSATIONS.ID, CONVERSATIONS.USER_LOW, CONVERSATIONS.USER_HIGH).from(CONVERSATIONS)
                .where(CONVERSATIONS.ID.eq(id)).fetchOptional(r -> new Conversation(r.value1(), r.value2(), r.value3()));
    }

    Optional<UUID> between(UUID a, UUID b) {
        UUID low = lower(a, b);
        UUID high = low == a ? b : a;
        return db.select(CONVERSATIONS.ID).from(CONVERSATIONS)
                .where(CONVERSATIONS.USER_LOW.eq(low).and(CONVERSATIONS.USER_HIGH.eq(high))).fetchOptional(CONVERSATIONS.ID);
    }

    /** PostgreSQL's order of uuids (bytes, unsigned), which is the order of their text; not {@link UUID#compareTo}'s. */
    static UUID lower(UUID a, UUID b) {
        return a.toString().compareTo(b.toString()) < 0 ? a : b;
    }

    /** The pair's conversation, made now (with both inbox rows) unless a racing send made it first. */
    Opened open(UUID startedBy, UUID other) {
        UUID low = lower(startedBy, other);
        UUID high = low == startedBy ? other : startedBy;
        UUID id = db.insertInto(CONVERSATIONS).set(CONVERSATIONS.USER_LOW, low).set(CONVERSATIONS.USER_HIGH, high)
                .set(CONVERSATIONS.STARTED_BY, startedBy)
                .onConflictDoNothing().returning(CONVERSATIONS.ID).fetchOptional(CONVERSATIONS.ID).orElse(null);
        if (id == null) return new Opened(between(low, high).orElseThrow(), false);
        db.insertInto(CONVERSATION_MEMBERS, CONVERSATION_MEMBERS.CONVERSATION_ID, CONVERSATION_MEMBERS.USER_ID,
                        CONVERSATION_MEMBERS.OTHER_ID)
                .values(id, low, high).values(id, high, low).execute();
        return new Opened(id, true);
    }

    /** Locks the conversation until commit (sends, reads and unsends of one conversation take turns); its last number. */
    long lock(UUID conversationId) {
        return db.select(CONVERSATIONS.LAST_SEQ).from(CONVERSATIONS).where(CONVERSATIONS.ID.eq(conversationId))
                .forUpdate().fetchOne(CONVERSATIONS.LAST_SEQ);
    }

    long nextSeq(UUID conversationId) {
        return db.update(CONVERSATIONS).set(CONVERSATIONS.LAST_SEQ, CONVERSATIONS.LAST_SEQ.plus(1L))
                .where(CONVERSATIONS.ID.eq(conversationId)).returning(CONVERSATIONS.LAST_SEQ).fetchOne(CONVERSATIONS.LAST_SEQ);
    }

    /** A new message moves the conversation up both inboxes and counts as unread for the recipient. */
    void delivered(UUID conversationId, UUID recipientId, OffsetDateTime at) {
        db.update(CONVERSATION_MEMBERS).set(CONVERSATION_MEMBERS.UPDATED_AT, at)
                .set(CONVERSATION_MEMBERS.UNREAD, org.jooq.impl.DSL.when(CONVERSATION_MEMBERS.USER_ID.eq(recipientId),
                        CONVERSATION_MEMBERS.UNREAD.plus(1)).otherwise(CONVERSATION_MEMBERS.UNREAD))
                .where(CONVERSATION_MEMBERS.CONVERSATION_ID.eq(conversationId)).execute();
    }

    void notifyOpened(UUID recipientId, UUID senderId, OffsetDateTime at) {
        db.insertInto(NOTIFICATIONS).set(NOTIFICATIONS.USER_ID, recipientId).set(NOTIFICATIONS.TYPE, "new_message")
                .set(NOTIFICATIONS.ACTOR_ID, senderId).set(NOTIFICATIONS.CREATED_AT, at).execute();
    }

    // ------------------------------------------------------------------ uploads

    UUID storeUpload(UUID ownerId, Files files) {
        return db.insertInto(MESSAGE_UPLOADS).set(MESSAGE_UPLOADS.OWNER_ID, ownerId).set(MESSAGE_UPLOADS.MEDIA_KEY, files.mediaKey())
                .set(MESSAGE_UPLOADS.THUMB_KEY, files.thumbKey()).set(MESSAGE_UPLOADS.BLUR_KEY, files.blurKey())
                .returning(MESSAGE_UPLOADS.ID).fetchOne(MESSAGE_UPLOADS.ID);
    }

    /** Takes the owner's unused upload for a message (rolled back with the send if that fails). */
    Optional<Files> claimUpload(UUID ownerId, UUID uploadId) {
        return db.update(MESSAGE_UPLOADS).set(MESSAGE_UPLOADS.USED_AT, OffsetDateTime.now())
                .where(MESSAGE_UPLOADS.ID.eq(uploadId).and(MESSAGE_UPLOADS.OWNER_ID.eq(ownerId)).and(MESSAGE_UPLOADS.USED_AT.isNull()))
                .returning(MESSAGE_UPLOADS.MEDIA_KEY, MESSAGE_UPLOADS.THUMB_KEY, MESSAGE_UPLOADS.BLUR_KEY)
                .fetchOptional(r -> new Files(r.getMediaKey(), r.getThumbKey(), r.getBlurKey()));
    }

    // ------------------------------------------------------------------ messages

    record NewMessage(UUID id, UUID conversationId, long seq, UUID senderId, String text, Files files, Integer priceTokens,
                      Integer chargedTokens, UUID transactionId, MessageAuthor author, UUID replyTo) {
        /** A person's own message. */
        NewMessage(UUID id, UUID conversationId, long seq, UUID senderId, String text, Files files, Integer priceTokens,
                   Integer chargedTokens, UUID transactionId) {
            this(id, conversationId, seq, senderId, text, files, priceTokens, chargedTokens, transactionId, MessageAuthor.human, null);
        }
    }

    OffsetDateTime insert(NewMessage m) {
        return db.insertInto(MESSAGES).set(MESSAGES.ID, m.id()).set(MESSAGES.CONVERSATION_ID, m.conversationId())
                .set(MESSAGES.SEQ, m.seq()).set(MESSAGES.SENDER_ID, m.senderId()).set(MESSAGES.AUTHOR_KIND, m.author())
                .set(MESSAGES.AI_GENERATED, m.author() != MessageAuthor.human).set(MESSAGES.REPLY_TO, m.replyTo())
                .set(MESSAGES.TEXT, m.text())
                .set(MESSAGES.MEDIA_KEY, m.files() == null ? null : m.files().mediaKey())
                .set(MESSAGES.THUMB_KEY, m.files() == null ? null : m.files().thumbKey())
                .set(MESSAGES.BLUR_KEY, m.files() == null ? null : m.files().blurKey())
                .set(MESSAGES.PRICE_TOKENS, m.priceTokens())
                .set(MESSAGES.CHARGED_TOKENS, m.chargedTokens()).set(MESSAGES.TRANSACTION_ID, m.transactionId())
                .returning(MESSAGES.CREATED_AT).fetchOne(MESSAGES.CREATED_AT);
    }

    private static Condition boughtBy(Messages m, UUID readerId) {
        return exists(selectOne().from(MESSAGE_UNLOCKS).where(MESSAGE_UNLOCKS.MESSAGE_ID.eq(m.ID).and(MESSAGE_UNLOCKS.USER_ID.eq(readerId))));
    }

    /** What a reader still sees: not unsent, or unsent after she bought it. */
    private static Condition visibleTo(Messages m, UUID readerId) {
        return m.REMOVED_AT.isNull().or(boughtBy(m, readerId));
    }

    private List<Field<?>> messageFields(Messages m, UUID readerId) {
        return List.of(m.ID, m.CONVERSATION_ID, m.SEQ, m.SENDER_ID, USERS.USERNAME, USERS.DISPLAY_NAME, m.AUTHOR_KIND,
                m.AI_GENERATED, m.TEXT, m.MEDIA_KEY, m.THUMB_KEY, m.BLUR_KEY, m.PRICE_TOKENS, m.CREATED_AT, m.REMOVED_AT,
                field(boughtBy(m, readerId)));
    }

    private static MessageRow messageRow(org.jooq.Record r) {
        return new MessageRow(r.get(0, UUID.class), r.get(1, UUID.class), r.get(2, Long.class), r.get(3, UUID.class),
                r.get(4, String.class), r.get(5, String.class), ((MessageAuthor) r.get(6)).getLiteral(),
                r.get(7, Boolean.class), r.get(8, String.class), r.get(9, String.class), r.get(10, String.class),
                r.get(11, String.class), r.get(12, Integer.class), r.get(13, OffsetDateTime.class),
                r.get(14, OffsetDateTime.class), Boolean.TRUE.equals(r.get(15, Boolean.class)));
    }

    Optional<MessageRow> message(UUID id, UUID readerId) {
        Messages m = MESSAGES;
        return db.select(messageFields(m, readerId)).from(m).join(USERS).on(USERS.ID.eq(m.SENDER_ID))
                .where(m.ID.eq(id)).fetchOptional(MessageRepository::messageRow);
    }

    /** Newest first, before number {@code beforeSeq} (null: from the newest), as the reader sees them. */
    List<MessageRow> page(UUID conversationId, UUID readerId, Long beforeSeq, int limit) {
        Messages m = MESSAGES;
        Condition c = m.CONVERSATION_ID.eq(conversationId).and(visibleTo(m, readerId));
        if (beforeSeq != null) c = c.and(m.SEQ.lt(beforeSeq));
        return db.select(messageFields(m, readerId)).from(m).join(USERS).on(USERS.ID.eq(m.SENDER_ID))
                .where(c).orderBy(m.SEQ.desc()).limit(limit).fetch(MessageRepository::messageRow);
    }

    Optional<Long> seqOf(UUID conversationId, UUID messageId) {
        return db.select(MESSAGES.SEQ).from(MESSAGES)
                .where(MESSAGES.ID.eq(messageId).and(MESSAGES.CONVERSATION_ID.eq(conversationId))).fetchOptional(MESSAGES.SEQ);
    }

    Optional<UUID> idAt(UUID conversationId, long seq) {
        return db.select(MESSAGES.ID).from(MESSAGES)
                .where(MESSAGES.CONVERSATION_ID.eq(conversationId).and(MESSAGES.SEQ.eq(seq))).fetchOptional(MESSAGES.ID);
    }

    /** The member's unread messages as the rows say: the other's, after her marker, that she still sees. */
    private Field<Integer> unreadRows(UUID conversationId, UUID userId, Field<Long> marker) {
        Messages m = MESSAGES;
        return field(selectCount().from(m).where(m.CONVERSATION_ID.eq(conversationId).and(m.SENDER_ID.ne(userId))
                .and(m.SEQ.gt(marker)).and(visibleTo(m, userId))));
    }

    /** Moves the marker forward only and recounts from the rows (the caller holds the conversation's lock). */
    Marker markRead(UUID conversationId, UUID userId, long upToSeq) {
        var cm = CONVERSATION_MEMBERS;
        long before = db.select(cm.LAST_READ_SEQ).from(cm).where(cm.CONVERSATION_ID.eq(conversationId).and(cm.USER_ID.eq(userId)))
                .fetchOne(cm.LAST_READ_SEQ);
        long after = Math.max(before, upToSeq);
        int unread = db.update(cm).set(cm.LAST_READ_SEQ, val(after)).set(cm.UNREAD, unreadRows(conversationId, userId, val(after)))
                .where(cm.CONVERSATION_ID.eq(conversationId).and(cm.USER_ID.eq(userId)))
                .returning(cm.UNREAD).fetchOne(cm.UNREAD);
        return new Marker(after, unread, after > before);
    }

    void recountUnread(UUID conversationId, UUID userId) {
        var cm = CONVERSATION_MEMBERS;
        db.update(cm).set(cm.UNREAD, unreadRows(conversationId, userId, cm.LAST_READ_SEQ))
                .where(cm.CONVERSATION_ID.eq(conversationId).and(cm.USER_ID.eq(userId))).execute();
    }

    /** Unsends a message; false when it was already unsent. */
    boolean remove(UUID messageId) {
        return db.update(MESSAGES).set(MESSAGES.REMOVED_AT, OffsetDateTime.now())
                .where(MESSAGES.ID.eq(messageId).and(MESSAGES.REMOVED_AT.isNull())).execute() == 1;
    }

    boolean unlocked(UUID userId, UUID messageId) {
        return db.fetchExists(MESSAGE_UNLOCKS, MESSAGE_UNLOCKS.USER_ID.eq(userId).and(MESSAGE_UNLOCKS.MESSAGE_ID.eq(messageId)));
    }

    void grant(UUID userId, UUID messageId, int price, UUID transactionId) {
        db.insertInto(MESSAGE_UNLOCKS).set(MESSAGE_UNLOCKS.USER_ID, userId).set(MESSAGE_UNLOCKS.MESSAGE_ID, messageId)
                .set(MESSAGE_UNLOCKS.PRICE_TOKENS, price).set(MESSAGE_UNLOCKS.TRANSACTION_ID, transactionId).execute();
    }

    // ------------------------------------------------------------------ inbox

    List<InboxRow> inbox(UUID userId, OffsetDateTime beforeAt, UUID beforeId, int limit) {
        var cm = CONVERSATION_MEMBERS;
        Messages m = MESSAGES.as("m");
        var bought = field(boughtBy(m, userId)).as("bought");
        var last = lateral(select(m.ID, m.TEXT, m.AUTHOR_KIND, m.CREATED_AT, m.PRICE_TOKENS, m.SENDER_ID, bought)
                .from(m).where(m.CONVERSATION_ID.eq(cm.CONVERSATION_ID).and(visibleTo(m, userId)))
                .orderBy(m.SEQ.desc()).limit(1)).as("last");
        Condition c = cm.USER_ID.eq(userId);
        if (beforeAt != null) c = c.and(row(cm.UPDATED_AT, cm.CONVERSATION_ID).lt(beforeAt, beforeId));
        return db.select(cm.CONVERSATION_ID, USERS.ID, USERS.USERNAME, USERS.DISPLAY_NAME, USERS.AVATAR_KEY, USERS.ROLE,
                        cm.UNREAD, cm.UPDATED_AT, last.field(m.ID), last.field(m.TEXT), last.field(m.AUTHOR_KIND),
                        last.field(m.CREATED_AT), last.field(m.PRICE_TOKENS), last.field(m.SENDER_ID), last.field(bought))
                .from(cm).join(USERS).on(USERS.ID.eq(cm.OTHER_ID))
                .leftJoin(last).on(noCondition())
                .where(c).orderBy(cm.UPDATED_AT.desc(), cm.CONVERSATION_ID.desc()).limit(limit)
                .fetch(r -> new InboxRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Role.fromKey(r.value6().getLiteral()), r.value7(), r.value8(), r.value9(), r.value10(),
                        r.value11() == null ? null : r.value11().getLiteral(), r.value12(), r.value13(), r.value14(),
                        Boolean.TRUE.equals(r.value15())));
    }

    record Line(UUID id, UUID senderId, String authorKind, String text, OffsetDateTime createdAt, boolean removed) {
    }

    /** The last {@code n} messages still shown in the conversation, newest first (text only, for Teezer's context). */
    List<Line> lastLines(UUID conversationId, int n) {
        return db.select(MESSAGES.ID, MESSAGES.SENDER_ID, MESSAGES.AUTHOR_KIND, MESSAGES.TEXT, MESSAGES.CREATED_AT, MESSAGES.REMOVED_AT)
                .from(MESSAGES).where(MESSAGES.CONVERSATION_ID.eq(conversationId).and(MESSAGES.REMOVED_AT.isNull()))
                .orderBy(MESSAGES.SEQ.desc()).limit(n)
                .fetch(r -> new Line(r.value1(), r.value2(), r.value3().getLiteral(), r.value4(), r.value5(), r.value6() != null));
    }

    Optional<Line> line(UUID messageId) {
        return db.select(MESSAGES.ID, MESSAGES.SENDER_ID, MESSAGES.AUTHOR_KIND, MESSAGES.TEXT, MESSAGES.CREATED_AT, MESSAGES.REMOVED_AT)
                .from(MESSAGES).where(MESSAGES.ID.eq(messageId))
                .fetchOptional(r -> new Line(r.value1(), r.value2(), r.value3().getLiteral(), r.value4(), r.value5(), r.value6() != null));
    }

    int totalUnread(UUID userId) {
        var cm = CONVERSATION_MEMBERS;
        return db.select(coalesce(sum(cm.UNREAD), java.math.BigDecimal.ZERO)).from(cm).where(cm.USER_ID.eq(userId))
                .fetchOne(0, Integer.class);
    }

    int unread(UUID conversationId, UUID userId) {
        var cm = CONVERSATION_MEMBERS;
        return db.select(cm.UNREAD).from(cm).where(cm.CONVERSATION_ID.eq(conversationId).and(cm.USER_ID.eq(userId)))
                .fetchOne(cm.UNREAD);
    }
}
