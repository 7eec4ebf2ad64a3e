package com.teezu.profiles.teezer;

import com.teezu.profiles.db.enums.TeezerEntryKind;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.row;

@Repository
class ReplyRepository {

    record EntryRow(UUID id, String kind, String prompt, String answer, boolean explicit, float[] vectors, int dims, String model,
                    OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record Thread(UUID conversationId, boolean enabled, @Nullable OffsetDateTime humanAt, @Nullable OffsetDateTime handedOverAt,
                  @Nullable String handoverReason, @Nullable OffsetDateTime noticeAt, int lowConfidence) {
        static Thread fresh(UUID conversationId) {
            return new Thread(conversationId, true, null, null, null, null, 0);
        }
    }

    record Job(UUID messageId, UUID conversationId, UUID creatorId, UUID fanId, OffsetDateTime receivedAt, int attempts) {
    }

    record Turn(UUID id, UUID conversationId, UUID fanId, String fanUsername, String fanDisplayName, UUID fanMessageId,
                @Nullable UUID replyId, String outcome, @Nullable String responder, @Nullable String model, @Nullable UUID entryId,
                @Nullable Double score, int latencyMs, @Nullable String fallback, @Nullable String handover, @Nullable String skipped,
                OffsetDateTime createdAt) {
    }

    /** What answering needs of the creator, in one read: who she is and what decides her status now. */
    record Creator(UUID id, String username, String displayName, com.teezu.profiles.auth.Role role, String avatarKey, boolean live,
                   boolean active, String timeZone, org.jooq.JSONB days) {
    }

    /** Changes whenever her persona or any entry of her bank does (count and last edit of each). */
    record Stamp(int entries, @Nullable OffsetDateTime lastEntryEdit, @Nullable OffsetDateTime personaEdit) {
    }

    private final DSLContext db;

    ReplyRepository(DSLContext db) {
        this.db = db;
    }

    OffsetDateTime databaseNow() {
        return db.select(field("clock_timestamp()", OffsetDateTime.class)).fetchOne().value1();
    }

    Optional<Creator> creator(UUID id) {
        return db.select(USERS.ID, USERS.USERNAME, USERS.DISPLAY_NAME, USERS.ROLE, USERS.AVATAR_KEY, USERS.IS_LIVE, USERS.TEEZER_ACTIVE,
                        USERS.TIME_ZONE, TEEZER_SCHEDULES.DAYS)
                .from(USERS).leftJoin(TEEZER_SCHEDULES).on(TEEZER_SCHEDULES.USER_ID.eq(USERS.ID)).where(USERS.ID.eq(id))
                .fetchOptional(r -> new Creator(r.value1(), r.value2(), r.value3(), com.teezu.profiles.auth.Role.fromKey(r.value4().getLiteral()),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    Stamp stamp(UUID creatorId) {
        var t = TEEZER_REPLIES;
        var r = db.select(org.jooq.impl.DSL.field(org.jooq.impl.DSL.selectCount().from(t).where(t.CREATOR_ID.eq(creatorId))),
                        org.jooq.impl.DSL.field(org.jooq.impl.DSL.select(org.jooq.impl.DSL.max(t.UPDATED_AT)).from(t).where(t.CREATOR_ID.eq(creatorId))),
                        org.jooq.impl.DSL.field(org.jooq.impl.DSL.select(TEEZER_PERSONAS.UPDATED_AT).from(TEEZER_PERSONAS)
                                .where(TEEZER_PERSONAS.CREATOR_ID.eq(creatorId))))
                .fetchOne();
        return new Stamp(r.value1(), r.value2(), r.value3());
    }

    // ------------------------------------------------------------------ persona

    Optional<Responder.Persona> persona(UUID creatorId) {
        var p = TEEZER_PERSONAS;
        return db.select(p.TONE, p.BOUNDARIES, p.BANNED_TOPICS).from(p).where(p.CREATOR_ID.eq(creatorId))
                .fetchOptional(r -> new Responder.Persona(r.value1(), r.value2(), List.of(r.value3())));
    }

    void savePersona(UUID creatorId, Responder.Persona persona) {
        var p = TEEZER_PERSONAS;
        String[] banned = persona.bannedTopics().toArray(String[]::new);
        db.insertInto(p).set(p.CREATOR_ID, creatorId).set(p.TONE, persona.tone()).set(p.BOUNDARIES, persona.boundaries())
                .set(p.BANNED_TOPICS, banned)
                .onConflict(p.CREATOR_ID).doUpdate()
                .set(p.TONE, persona.tone()).set(p.BOUNDARIES, persona.boundaries()).set(p.BANNED_TOPICS, banned)
                .set(p.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    // ------------------------------------------------------------------ reply bank

    private static EntryRow entry(Record r) {
        var t = TEEZER_REPLIES;
        Float[] boxed = r.get(t.VECTORS);
        float[] v = new float[boxed.length];
        for (int i = 0; i < v.length; i++) v[i] = boxed[i];
        return new EntryRow(r.get(t.ID), r.get(t.KIND).getLiteral(), r.get(t.PROMPT), r.get(t.ANSWER), r.get(t.EXPLICIT), v,
                r.get(t.DIMS), r.get(t.MODEL), r.get(t.CREATED_AT), r.get(t.UPDATED_AT));
    }

    List<EntryRow> entries(UUID creatorId) {
        var t = TEEZER_REPLIES;
        return db.selectFrom(t).where(t.CREATOR_ID.eq(creatorId)).orderBy(t.CREATED_AT, t.ID).fetch(ReplyRepository::entry);
    }

    Optional<EntryRow> entry(UUID creatorId, UUID id) {
        var t = TEEZER_REPLIES;
        return db.selectFrom(t).where(t.CREATOR_ID.eq(creatorId).and(t.ID.eq(id))).fetchOptional(ReplyRepository::entry);
    }

    int countEntries(UUID creatorId) {
        return db.fetchCount(TEEZER_REPLIES, TEEZER_REPLIES.CREATOR_ID.eq(creatorId));
    }

    /** Serialises one creator's reply-bank edits (the cap on entries is then exact). */
    void lockBank(UUID creatorId) {
        db.select(field("pg_advisory_xact_lock(hashtextextended({0}, 16))", Object.class, inline("teezer-bank:" + creatorId))).fetch();
    }

    private static Float[] boxed(float[] v) {
        Float[] out = new Float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i];
        return out;
    }

    EntryRow insertEntry(UUID creatorId, Responder.Kind kind, String prompt, String answer, boolean explicit, float[] vectors,
                         int dims, String model) {
        var t = TEEZER_REPLIES;
        return db.insertInto(t).set(t.CREATOR_ID, creatorId).set(t.KIND, TeezerEntryKind.valueOf(kind.key())).set(t.PROMPT, prompt)
                .set(t.ANSWER, answer).set(t.EXPLICIT, explicit).set(t.VECTORS, boxed(vectors)).set(t.DIMS, dims).set(t.MODEL, model)
                .returning().fetchOne(ReplyRepository::entry);
    }

    Optional<EntryRow> updateEntry(UUID creatorId, UUID id, Responder.Kind kind, String prompt, String answer, boolean explicit,
                                   float[] vectors, int dims, String model) {
        var t = TEEZER_REPLIES;
        return db.update(t).set(t.KIND, TeezerEntryKind.valueOf(kind.key())).set(t.PROMPT, prompt).set(t.ANSWER, answer)
                .set(t.EXPLICIT, explicit).set(t.VECTORS, boxed(vectors)).set(t.DIMS, dims).set(t.MODEL, model)
                .set(t.UPDATED_AT, field("clock_timestamp()", OffsetDateTime.class))
                .where(t.CREATOR_ID.eq(creatorId).and(t.ID.eq(id))).returning().fetchOptional(ReplyRepository::entry);
    }

    boolean deleteEntry(UUID creatorId, UUID id) {
        return db.deleteFrom(TEEZER_REPLIES).where(TEEZER_REPLIES.CREATOR_ID.eq(creatorId).and(TEEZER_REPLIES.ID.eq(id))).execute() == 1;
    }

    // ------------------------------------------------------------------ threads

    Optional<Thread> thread(UUID conversationId) {
        var t = TEEZER_THREADS;
        return db.select(t.CONVERSATION_ID, t.ENABLED, t.HUMAN_AT, t.HANDED_OVER_AT, t.HANDOVER_REASON, t.NOTICE_AT, t.LOW_CONFIDENCE)
                .from(t).where(t.CONVERSATION_ID.eq(conversationId))
                .fetchOptional(r -> new Thread(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    private void ensureThread(UUID conversationId, UUID creatorId, UUID fanId) {
        var t = TEEZER_THREADS;
        db.insertInto(t).set(t.CONVERSATION_ID, conversationId).set(t.CREATOR_ID, creatorId).set(t.FAN_ID, fanId)
                .onConflictDoNothing().execute();
    }

    /** The creator wrote here herself: Teezer steps back (and a handover is over: she has taken it). */
    void humanWrote(UUID conversationId, UUID creatorId, UUID fanId, OffsetDateTime at) {
        ensureThread(conversationId, creatorId, fanId);
        var t = TEEZER_THREADS;
        db.update(t).set(t.HUMAN_AT, at).setNull(t.HANDED_OVER_AT).setNull(t.HANDOVER_REASON).set(t.LOW_CONFIDENCE, 0)
                .where(t.CONVERSATION_ID.eq(conversationId)).execute();
    }

    void setEnabled(UUID conversationId, UUID creatorId, UUID fanId, boolean enabled) {
        ensureThread(conversationId, creatorId, fanId);
        var t = TEEZER_THREADS;
        db.update(t).set(t.ENABLED, enabled).where(t.CONVERSATION_ID.eq(conversationId)).execute();
    }

    /** Teezer may answer here again at once: no pause for her last own message, no handover. */
    void resume(UUID conversationId, UUID creatorId, UUID fanId) {
        ensureThread(conversationId, creatorId, fanId);
        var t = TEEZER_THREADS;
        db.update(t).setNull(t.HUMAN_AT).setNull(t.HANDED_OVER_AT).setNull(t.HANDOVER_REASON).set(t.LOW_CONFIDENCE, 0)
                .where(t.CONVERSATION_ID.eq(conversationId)).execute();
    }

    void afterTurn(UUID conversationId, UUID creatorId, UUID fanId, @Nullable OffsetDateTime noticeAt, int lowConfidence,
                   @Nullable String handover, OffsetDateTime at) {
        var t = TEEZER_THREADS;
        var upsert = db.insertInto(t).set(t.CONVERSATION_ID, conversationId).set(t.CREATOR_ID, creatorId).set(t.FAN_ID, fanId)
                .set(t.LOW_CONFIDENCE, lowConfidence).set(t.NOTICE_AT, noticeAt)
                .set(t.HANDED_OVER_AT, handover == null ? null : at).set(t.HANDOVER_REASON, handover)
                .onConflict(t.CONVERSATION_ID).doUpdate().set(t.LOW_CONFIDENCE, lowConfidence);
        if (noticeAt != null) upsert = upsert.set(t.NOTICE_AT, noticeAt);
        if (handover != null) upsert = upsert.set(t.HANDED_OVER_AT, at).set(t.HANDOVER_REASON, handover);
        upsert.execute();
    }

    // ------------------------------------------------------------------ jobs

    void enqueue(UUID messageId, UUID conversationId, UUID creatorId, UUID fanId) {
        var j = TEEZER_JOBS;
        db.insertInto(j).set(j.MESSAGE_ID, messageId).set(j.CONVERSATION_ID, conversationId).set(j.CREATOR_ID, creatorId)
                .set(j.FAN_ID, fanId).onConflictDoNothing().execute();
    }

    /** Takes the job for {@code lease} unless another node holds it; empty when it is done or taken. */
    Optional<Job> claim(UUID messageId, Duration lease) {
        var j = TEEZER_JOBS;
        var now = field("clock_timestamp()", OffsetDateTime.class);
        return db.update(j).set(j.CLAIMED_UNTIL, now.plus(field("{0}::interval", Object.class, inline(lease.toMillis() + " milliseconds"))))
                .set(j.ATTEMPTS, j.ATTEMPTS.plus(1))
                .where(j.MESSAGE_ID.eq(messageId).and(j.CLAIMED_UNTIL.isNull().or(j.CLAIMED_UNTIL.lt(now))))
                .returning(j.MESSAGE_ID, j.CONVERSATION_ID, j.CREATOR_ID, j.FAN_ID, j.RECEIVED_AT, j.ATTEMPTS)
                .fetchOptional(r -> new Job(r.getMessageId(), r.getConversationId(), r.getCreatorId(), r.getFanId(), r.getReceivedAt(),
                        r.getAttempts()));
    }

    /** Jobs no node holds that are older than {@code olderThan}: a node died or lost its database mid-answer. */
    List<UUID> waiting(Duration olderThan, int limit) {
        var j = TEEZER_JOBS;
        var now = field("clock_timestamp()", OffsetDateTime.class);
        return db.select(j.MESSAGE_ID).from(j)
                .where(j.CLAIMED_UNTIL.isNull().or(j.CLAIMED_UNTIL.lt(now)))
                .and(j.RECEIVED_AT.lt(now.minus(field("{0}::interval", Object.class, inline(olderThan.toMillis() + " milliseconds")))))
                .orderBy(j.RECEIVED_AT).limit(limit).fetch(j.MESSAGE_ID);
    }

    /** Ends the job in the answer's transaction, answering the database's time then (empty: another node ended it). */
    Optional<OffsetDateTime> finishAt(UUID messageId) {
        return db.deleteFrom(TEEZER_JOBS).where(TEEZER_JOBS.MESSAGE_ID.eq(messageId))
                .returningResult(field("clock_timestamp()", OffsetDateTime.class)).fetchOptional(r -> r.value1());
    }

    // ------------------------------------------------------------------ audit

    record NewTurn(UUID creatorId, UUID conversationId, UUID fanId, UUID fanMessageId, @Nullable UUID replyId, String outcome,
                   @Nullable String responder, @Nullable String model, @Nullable UUID entryId, @Nullable Double score, int latencyMs,
                   @Nullable String fallback, @Nullable String handover, @Nullable String skipped) {
    }

    void record(NewTurn t) {
        var x = TEEZER_TURNS;
        db.insertInto(x).set(x.CREATOR_ID, t.creatorId()).set(x.CONVERSATION_ID, t.conversationId()).set(x.FAN_ID, t.fanId())
                .set(x.FAN_MESSAGE_ID, t.fanMessageId()).set(x.REPLY_ID, t.replyId()).set(x.OUTCOME, t.outcome())
                .set(x.RESPONDER, t.responder()).set(x.MODEL, t.model()).set(x.ENTRY_ID, t.entryId())
                .set(x.SCORE, t.score() == null ? null : t.score().floatValue()).set(x.LATENCY_MS, t.latencyMs())
                .set(x.FALLBACK, t.fallback()).set(x.HANDOVER, t.handover()).set(x.SKIPPED, t.skipped())
                .onConflict(x.FAN_MESSAGE_ID).doNothing()
                .execute();
    }

    List<Turn> turns(UUID creatorId, @Nullable OffsetDateTime beforeAt, @Nullable UUID beforeId, int limit) {
        var x = TEEZER_TURNS;
        var condition = x.CREATOR_ID.eq(creatorId);
        if (beforeAt != null) condition = condition.and(row(x.CREATED_AT, x.ID).lt(beforeAt, beforeId));
        return db.select(x.ID, x.CONVERSATION_ID, x.FAN_ID, USERS.USERNAME, USERS.DISPLAY_NAME, x.FAN_MESSAGE_ID, x.REPLY_ID, x.OUTCOME,
                        x.RESPONDER, x.MODEL, x.ENTRY_ID, x.SCORE, x.LATENCY_MS, x.FALLBACK, x.HANDOVER, x.SKIPPED, x.CREATED_AT)
                .from(x).join(USERS).on(USERS.ID.eq(x.FAN_ID))
                .where(condition).orderBy(x.CREATED_AT.desc(), x.ID.desc()).limit(limit)
                .fetch(r -> new Turn(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(),
                        r.value9(), r.value10(), r.value11(), r.value12() == null ? null : r.value12().doubleValue(), r.value13(),
                        r.value14(), r.value15(), r.value16(), r.value17()));
    }

    record Summary(int turns, int threads, int answered, java.util.Map<String, Integer> handovers) {
    }

    Summary summary(UUID creatorId) {
        var x = TEEZER_TURNS;
        var totals = db.select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.countDistinct(x.CONVERSATION_ID),
                        org.jooq.impl.DSL.count().filterWhere(x.REPLY_ID.isNotNull()))
                .from(x).where(x.CREATOR_ID.eq(creatorId)).fetchOne();
        var handovers = new java.util.TreeMap<String, Integer>();
        db.select(x.HANDOVER, org.jooq.impl.DSL.count()).from(x).where(x.CREATOR_ID.eq(creatorId).and(x.HANDOVER.isNotNull()))
                .groupBy(x.HANDOVER).fetch().forEach(r -> handovers.put(r.value1(), r.value2()));
        return new Summary(totals.value1(), totals.value2(), totals.value3(), handovers);
    }

    void notifyHandover(UUID creatorId, UUID fanId, OffsetDateTime at) {
        db.insertInto(NOTIFICATIONS).set(NOTIFICATIONS.USER_ID, creatorId).set(NOTIFICATIONS.TYPE, "teezer_handover")
                .set(NOTIFICATIONS.ACTOR_ID, fanId).set(NOTIFICATIONS.CREATED_AT, at).execute();
    }
}
