package com.teezu.profiles.teezer;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.Role;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.auth.Viewers;
import com.teezu.profiles.messages.MessageEvents;
import com.teezu.profiles.messages.MessageService;
import com.teezu.profiles.users.UserDirectory;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Teezer answering fans' messages while a creator's effective status is {@code teezer}.
 *
 * <p>Exactly once: a fan message to her is queued as a job in the send's own transaction (a retried
 * send is answered from the idempotency store and queues nothing); the node that took the send answers
 * it at once after commit; a job no node finished (a node died) is taken by any node's sweep. Ending
 * the job, writing the reply and the audit row are one transaction under the conversation's lock, and
 * the database allows one Teezer reply per fan message.
 *
 * <p>Within the deadline: the embedded responder takes milliseconds; an LLM gets what remains of the
 * deadline less a reserve, and on timeout or error the embedded answer goes instead. No text of any
 * message is logged.
 */
@Service
public class TeezerReplies {

    private static final Logger log = LoggerFactory.getLogger(TeezerReplies.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final int MAX_ATTEMPTS = 5;

    static final String NOTICE = "Replies here come from {creator}'s AI clone (Teezer), not from {creator} in person. "
            + "{creator} can read this conversation and may take over at any time.";

    private final ReplyRepository repo;
    private final TeezerRepository teezers;
    private final StoredSchedules schedules;
    private final MessageService messages;
    private final AuthService auth;
    private final Embeddings embeddings;
    private final LlmResponder llm;
    private final TeezerSettings settings;
    private final Responder responder;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("teezer-reply-", 0).factory());

    TeezerReplies(ReplyRepository repo, TeezerRepository teezers, StoredSchedules schedules, MessageService messages, AuthService auth,
                  Embeddings embeddings, LlmResponder llm, TeezerSettings settings, TransactionTemplate tx,
                  ApplicationEventPublisher events, Clock clock) {
        this.repo = repo;
        this.teezers = teezers;
        this.schedules = schedules;
        this.messages = messages;
        this.auth = auth;
        this.embeddings = embeddings;
        this.llm = llm;
        this.settings = settings;
        this.responder = new Responder(settings.minScore());
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ in the send's transaction

    /**
     * A person's message: the creator writing herself pauses Teezer there; a fan writing to a creator
     * whose status is {@code teezer} queues an answer. Runs inside the send's transaction.
     */
    @EventListener
    void on(MessageEvents.MessageSent e) {
        if (!"human".equals(e.forSender().authorKind())) return;
        if (e.senderRole() == Role.CREATOR && AccessPolicy.isFan(e.recipientRole())) {
            repo.humanWrote(e.conversationId(), e.senderId(), e.recipientId(), e.at());
            return;
        }
        if (!AccessPolicy.teezerMayAnswer(e.senderRole(), e.recipientRole())) return;
        if (status(e.recipientId()) != TeezerStatus.Status.TEEZER) return;
        UUID messageId = e.forSender().id();
        repo.enqueue(messageId, e.conversationId(), e.recipientId(), e.senderId());
        long received = System.nanoTime();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    workers.execute(() -> process(messageId, received));
                }
            });
        } else {
            workers.execute(() -> process(messageId, received));
        }
    }

    private TeezerStatus.Status status(UUID creatorId) {
        return teezers.find(creatorId).map(row -> TeezerStatus.effective(row.live(), row.active(),
                schedules.read(row.days() == null ? null : row.days().data()), ZoneId.of(row.timeZone()), clock.instant()))
                .orElse(TeezerStatus.Status.OFFLINE);
    }

    private TeezerStatus.Status status(ReplyRepository.Creator c) {
        return TeezerStatus.effective(c.live(), c.active(), schedules.read(c.days() == null ? null : c.days().data()),
                ZoneId.of(c.timeZone()), clock.instant());
    }

    /** A creator's persona and reply bank as last read, and the stamp they were read at. */
    record Bank(ReplyRepository.Stamp stamp, Responder.Persona persona, List<Responder.Entry> entries) {
    }

    /**
     * Her persona and bank: read again only when the stamp (one cheap query) says they changed, on any
     * node. Reading a 32-entry bank's vectors (~50,000 floats as PostgreSQL arrays) for every message was
     * the biggest part of a turn.
     */
    private final com.github.benmanes.caffeine.cache.Cache<UUID, Bank> banks =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2_000).build();

    Bank bank(UUID creatorId) {
        var stamp = repo.stamp(creatorId);
        Bank cached = banks.getIfPresent(creatorId);
        if (cached != null && cached.stamp().equals(stamp)) return cached;
        Bank fresh = new Bank(stamp, repo.persona(creatorId).orElse(Responder.Persona.EMPTY), entries(creatorId));
        banks.put(creatorId, fresh);
        return fresh;
    }

    // ------------------------------------------------------------------ answering

    /** Messages no node answered (a node stopped mid-answer, or the database was away): answered late, embedded only. */
    @Scheduled(fixedDelayString = "${teezu.teezer.sweep-every:2s}", initialDelayString = "${teezu.teezer.sweep-every:2s}")
    void sweep() {
        try {
            for (UUID id : repo.waiting(settings.deadline(), 20)) process(id, -1);
        } catch (RuntimeException ex) {
            log.warn("Teezer's sweep failed: {}", ex.getClass().getSimpleName());
        }
    }

    /** @param receivedNanos when this node took the fan's message ({@link System#nanoTime}); -1 for the sweep's */
    void process(UUID messageId, long receivedNanos) {
        var job = repo.claim(messageId, LEASE);
        if (job.isEmpty()) return;
        try {
            answer(job.get(), receivedNanos);
        } catch (RuntimeException ex) {
            log.warn("Teezer could not answer a message (attempt {}): {}", job.get().attempts(), ex.getClass().getSimpleName());
            if (job.get().attempts() >= MAX_ATTEMPTS) {
                tx.executeWithoutResult(s -> repo.finishAt(messageId).ifPresent(at -> skipped(job.get(), "failed", at)));
            }
        }
    }

    private void skipped(ReplyRepository.Job job, String why, OffsetDateTime at) {
        repo.record(new ReplyRepository.NewTurn(job.creatorId(), job.conversationId(), job.fanId(), job.messageId(), null, "skipped",
                null, null, null, null, millisBetween(job.receivedAt(), at), null, null, why));
    }

    private void skip(ReplyRepository.Job job, String why) {
        tx.executeWithoutResult(s -> {
            messages.holdConversation(job.conversationId());
            repo.finishAt(job.messageId()).ifPresent(at -> skipped(job, why, at));
        });
    }

    /** Why Teezer stays out of this conversation now (null: it answers). */
    private @Nullable String staysOut(ReplyRepository.Creator creator, ReplyRepository.Thread thread, OffsetDateTime now) {
        if (!thread.enabled()) return "switched_off";
        if (thread.handedOverAt() != null) return "handed_over";
        if (thread.humanAt() != null && thread.humanAt().plus(settings.humanPause()).isAfter(now)) return "creator_active";
        if (status(creator) != TeezerStatus.Status.TEEZER) return "not_teezer";
        return null;
    }

    private void answer(ReplyRepository.Job job, long receivedNanos) {
        long start = receivedNanos > 0 ? receivedNanos : System.nanoTime();
        var line = messages.line(job.messageId());
        if (line.isEmpty() || line.get().removed()) {
            skip(job, "unsent");
            return;
        }
        var creator = repo.creator(job.creatorId()).orElse(null);
        var fanAccount = auth.account(job.fanId());
        Viewer fan = Viewers.fromRow(fanAccount.id(), fanAccount.role().key(), fanAccount.ageVerified(), fanAccount.consent().key());
        if (creator == null || !AccessPolicy.teezerAnswers(fan, creator.role())) {
            skip(job, "age_unverified");
            return;
        }
        OffsetDateTime now = job.receivedAt().plusNanos(System.nanoTime() - start);
        if (receivedNanos <= 0) {
            now = repo.databaseNow();
            if (job.receivedAt().plus(settings.maxAge()).isBefore(now)) {
                skip(job, "expired");
                return;
            }
        }
        var thread = repo.thread(job.conversationId()).orElse(ReplyRepository.Thread.fresh(job.conversationId()));
        String out = staysOut(creator, thread, now);
        if (out != null) {
            skip(job, out);
            return;
        }
        var local = clock.instant().atZone(ZoneId.of(creator.timeZone()));
        var schedule = schedules.read(creator.days() == null ? null : creator.days().data());
        var who = new Responder.Situation(fanAccount.displayName(), creator.displayName(), AccessPolicy.teezerMayBeExplicit(fan),
                Map.of("fan", fanAccount.displayName(), "creator", creator.displayName(), "timeOfDay", Slots.timeOfDay(local),
                        "nextLive", Slots.nextLive(schedule, local)));
        var bank = bank(job.creatorId());
        var persona = bank.persona();
        String fanText = line.get().text();
        var plan = responder.plan(fanText, embeddings.embed(fanText), bank.entries(), persona, who, thread.lowConfidence());

        String text = plan.answer();
        String responderName = plan.responder();
        String model = plan.responder().equals("embedded") ? Embeddings.MODEL : null;
        String fallback = null;
        boolean low = plan.lowConfidence();
        if (plan.mayAskLlm() && llm.configured()) {
            if (receivedNanos <= 0) {
                fallback = "no_time";
            } else {
                Duration left = settings.deadline().minus(settings.reserve()).minusNanos(System.nanoTime() - start);
                var prompt = LlmResponder.prompt(persona, who, plan.best(), messages.lastLines(job.conversationId(), settings.contextMessages()),
                        job.creatorId());
                var outcome = llm.answer(prompt, left, persona.bannedTopics(), creator.displayName());
                if (outcome.answer() != null) {
                    text = outcome.answer();
                    responderName = "llm";
                    model = llm.modelName();
                    low = false;
                } else {
                    fallback = outcome.fallback();
                }
            }
        }
        final String answer = text;
        final String responderUsed = responderName;
        final String modelUsed = model;
        final String fallbackReason = fallback;
        final boolean lowConfidence = low;
        var fanRef = new UserDirectory.UserRef(fanAccount.id(), fanAccount.username(), fanAccount.displayName(), fanAccount.role(),
                fanAccount.avatarKey());
        tx.executeWithoutResult(s -> {
            messages.holdConversation(job.conversationId());
            var ended = repo.finishAt(job.messageId());
            if (ended.isEmpty()) return; // another node answered it meanwhile
            OffsetDateTime at = ended.get();
            // what changed while it was being worked out: she wrote, switched it off, went live
            var current = repo.thread(job.conversationId()).orElse(ReplyRepository.Thread.fresh(job.conversationId()));
            var creatorNow = repo.creator(job.creatorId()).orElseThrow();
            String late = staysOut(creatorNow, current, at);
            if (late != null) {
                skipped(job, late, at);
                return;
            }
            List<MessageService.AiWrite> writes = new ArrayList<>();
            boolean notice = current.noticeAt() == null || current.noticeAt().plus(settings.noticeEvery()).isBefore(at);
            if (notice) writes.add(MessageService.AiWrite.notice(Slots.fill(NOTICE, who.slots())));
            writes.add(MessageService.AiWrite.reply(answer, job.messageId()));
            var sender = new UserDirectory.UserRef(creatorNow.id(), creatorNow.username(), creatorNow.displayName(), creatorNow.role(),
                    creatorNow.avatarKey());
            var written = messages.writeAsTeezer(job.conversationId(), sender, fanRef, writes);
            String handover = plan.handover() == null ? null : plan.handover().key();
            repo.afterTurn(job.conversationId(), job.creatorId(), job.fanId(), notice ? at : null,
                    lowConfidence ? current.lowConfidence() + 1 : 0, handover, at);
            repo.record(new ReplyRepository.NewTurn(job.creatorId(), job.conversationId(), job.fanId(), job.messageId(),
                    written.getLast().id(), handover == null ? "answered" : "handed_over", responderUsed, modelUsed, plan.entryId(),
                    plan.score(), millisBetween(job.receivedAt(), at), fallbackReason, handover, null));
            if (handover != null) {
                repo.notifyHandover(job.creatorId(), job.fanId(), at);
                events.publishEvent(new TeezerHandedOver(job.creatorId(), job.fanId(), job.conversationId(), handover,
                        fanAccount.username(), fanAccount.displayName(), fanAccount.avatarKey(), at));
            }
        });
    }

    private static int millisBetween(OffsetDateTime from, OffsetDateTime to) {
        return (int) Math.max(0, Duration.between(from, to).toMillis());
    }

    List<Responder.Entry> entries(UUID creatorId) {
        return repo.entries(creatorId).stream()
                .map(r -> new Responder.Entry(r.id(), Responder.Kind.fromKey(r.kind()), r.prompt(), r.answer(), r.explicit(), r.vectors(),
                        r.dims()))
                .filter(e -> e.dims() == Embeddings.DIMS)
                .toList();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
