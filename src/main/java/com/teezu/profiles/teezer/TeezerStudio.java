package com.teezu.profiles.teezer;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.messages.MessageService;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.web.PageCursor;
import com.teezu.profiles.users.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The creator's side of Teezer: her persona card, her reply bank (embedded as it is saved), the
 * "what would Teezer answer?" box, Teezer's state per conversation and the audit of its turns.
 */
@Service
public class TeezerStudio {

    public record Persona(String tone, String boundaries, List<String> bannedTopics) {
    }

    public record Entry(UUID id, String kind, String prompt, String answer, boolean explicit, OffsetDateTime createdAt,
                        OffsetDateTime updatedAt) {
    }

    public record Entries(List<Entry> items, int max) {
    }

    public record Tried(String answer, @Nullable UUID entryId, @Nullable Double score, @Nullable String handover, String responder,
                        boolean lowConfidence) {
    }

    public record Fan(UUID id, String username, String displayName) {
    }

    public record TurnView(UUID id, UUID conversationId, Fan fan, String outcome, @Nullable String responder, @Nullable String model,
                           @Nullable UUID entryId, @Nullable Double score, int latencyMs, @Nullable String fallback,
                           @Nullable String handover, @Nullable String skipped, OffsetDateTime createdAt) {
    }

    public record Summary(int turns, int threads, int answered, Map<String, Integer> handovers) {
    }

    public record Activity(Summary summary, List<TurnView> items, @Nullable String nextCursor) {
    }

    public record ThreadState(UUID conversationId, boolean enabled, @Nullable OffsetDateTime pausedUntil, @Nullable String handover,
                              @Nullable OffsetDateTime handedOverAt) {
    }

    private final ReplyRepository repo;
    private final TeezerRepository teezers;
    private final StoredSchedules schedules;
    private final TeezerReplies replies;
    private final Embeddings embeddings;
    private final AuthService auth;
    private final UserDirectory users;
    private final MessageService messages;
    private final TeezerSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    TeezerStudio(ReplyRepository repo, TeezerRepository teezers, StoredSchedules schedules, TeezerReplies replies, Embeddings embeddings,
                 AuthService auth, UserDirectory users, MessageService messages, TeezerSettings settings, TransactionTemplate tx,
                 Clock clock) {
        this.repo = repo;
        this.teezers = teezers;
        this.schedules = schedules;
        this.replies = replies;
        this.embeddings = embeddings;
        this.auth = auth;
        this.users = users;
        this.messages = messages;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    private Viewer creator(AuthUser caller) {
        if (caller == null) throw ApiProblem.unauthorized();
        Viewer viewer = auth.viewer(caller);
        if (!AccessPolicy.canEditTeezer(viewer)) throw ApiProblem.forbidden("Only creators have a Teezer");
        return viewer;
    }

    // ------------------------------------------------------------------ persona

    public Persona persona(AuthUser caller) {
        var p = repo.persona(creator(caller).id()).orElse(Responder.Persona.EMPTY);
        return new Persona(p.tone(), p.boundaries(), p.bannedTopics());
    }

    public Persona savePersona(AuthUser caller, Persona persona) {
        Viewer viewer = creator(caller);
        List<String> banned = persona.bannedTopics().stream().map(String::strip).distinct().toList();
        var p = new Responder.Persona(persona.tone().strip(), persona.boundaries().strip(), banned);
        repo.savePersona(viewer.id(), p);
        return new Persona(p.tone(), p.boundaries(), p.bannedTopics());
    }

    /** Seeds a creator's persona card (the demo data). */
    public void seedPersona(UUID creatorId, Persona persona) {
        repo.savePersona(creatorId, new Responder.Persona(persona.tone(), persona.boundaries(), persona.bannedTopics()));
    }

    // ------------------------------------------------------------------ reply bank

    public Entries entries(AuthUser caller) {
        Viewer viewer = creator(caller);
        return new Entries(repo.entries(viewer.id()).stream().map(TeezerStudio::view).toList(), settings.maxEntries());
    }

    private static Entry view(ReplyRepository.EntryRow r) {
        return new Entry(r.id(), r.kind(), r.prompt(), r.answer(), r.explicit(), r.createdAt(), r.updatedAt());
    }

    /** The prompt's lines (the ways fans ask it), each embedded. */
    private float[] vectors(String prompt, String answer) {
        List<String> lines = lines(prompt);
        if (lines.isEmpty()) lines = List.of(answer);
        float[] all = new float[lines.size() * Embeddings.DIMS];
        for (int i = 0; i < lines.size(); i++) System.arraycopy(embeddings.embed(lines.get(i)), 0, all, i * Embeddings.DIMS, Embeddings.DIMS);
        return all;
    }

    static List<String> lines(String prompt) {
        return prompt.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private void check(UUID creatorId, Responder.Kind kind, String prompt, String answer) {
        if (kind != Responder.Kind.AWAY && lines(prompt).isEmpty()) throw ApiProblem.invalid("prompt", "must not be empty");
        if (lines(prompt).size() > 10) throw ApiProblem.invalid("prompt", "at most 10 lines (one way of asking per line)");
        var unknown = Slots.unknownIn(answer);
        if (unknown.isPresent()) {
            throw ApiProblem.invalid("answer", "unknown slot {" + unknown.get() + "}; use {fan}, {creator}, {timeOfDay} or {nextLive}");
        }
        if (Safety.forbidden(answer) || Safety.forbidden(prompt)) {
            throw ApiProblem.invalid("answer", "touches a subject Teezer always refuses (minors, age play, non-consent)");
        }
        var banned = Safety.bannedTopicIn(answer, repo.persona(creatorId).orElse(Responder.Persona.EMPTY).bannedTopics());
        if (banned.isPresent()) throw ApiProblem.invalid("answer", "mentions \"" + banned.get() + "\", one of your banned topics");
    }

    public Entry add(AuthUser caller, Responder.Kind kind, String prompt, String answer, boolean explicit) {
        Viewer viewer = creator(caller);
        return view(insert(viewer.id(), kind, prompt.strip(), answer.strip(), explicit));
    }

    private ReplyRepository.EntryRow insert(UUID creatorId, Responder.Kind kind, String prompt, String answer, boolean explicit) {
        check(creatorId, kind, prompt, answer);
        float[] v = vectors(prompt, answer);
        return tx.execute(s -> {
            repo.lockBank(creatorId);
            if (repo.countEntries(creatorId) >= settings.maxEntries()) {
                throw new ApiProblem(HttpStatus.CONFLICT, "reply-bank-full", "Reply bank full",
                        "At most " + settings.maxEntries() + " entries; edit or delete one first");
            }
            return repo.insertEntry(creatorId, kind, prompt, answer, explicit, v, Embeddings.DIMS, Embeddings.MODEL);
        });
    }

    /** Seeds a creator's reply bank (the demo data); kind by its key. */
    public void seedEntry(UUID creatorId, String kind, String prompt, String answer, boolean explicit) {
        insert(creatorId, Responder.Kind.fromKey(kind), prompt, answer, explicit);
    }

    public Entry update(AuthUser caller, String id, Responder.Kind kind, String prompt, String answer, boolean explicit) {
        Viewer viewer = creator(caller);
        UUID entryId = com.teezu.profiles.shared.Ids.parseUuid(id).orElseThrow(() -> ApiProblem.notFound("Entry"));
        repo.entry(viewer.id(), entryId).orElseThrow(() -> ApiProblem.notFound("Entry"));
        check(viewer.id(), kind, prompt.strip(), answer.strip());
        float[] v = vectors(prompt.strip(), answer.strip());
        return repo.updateEntry(viewer.id(), entryId, kind, prompt.strip(), answer.strip(), explicit, v, Embeddings.DIMS, Embeddings.MODEL)
                .map(TeezerStudio::view).orElseThrow(() -> ApiProblem.notFound("Entry"));
    }

    public void delete(AuthUser caller, String id) {
        Viewer viewer = creator(caller);
        UUID entryId = com.teezu.profiles.shared.Ids.parseUuid(id).orElseThrow(() -> ApiProblem.notFound("Entry"));
        if (!repo.deleteEntry(viewer.id(), entryId)) throw ApiProblem.notFound("Entry");
    }

    // ------------------------------------------------------------------ try it

    /** What Teezer's embedded responder would answer a fan ("a fan", explicit allowed as she chooses) right now. */
    public Tried tryIt(AuthUser caller, String text, boolean asExplicitFan) {
        Viewer viewer = creator(caller);
        var account = auth.account(viewer.id());
        var row = teezers.find(viewer.id()).orElseThrow();
        var local = clock.instant().atZone(ZoneId.of(row.timeZone()));
        var schedule = schedules.read(row.days() == null ? null : row.days().data());
        var who = new Responder.Situation("Fan", account.displayName(), asExplicitFan,
                Map.of("fan", "Fan", "creator", account.displayName(), "timeOfDay", Slots.timeOfDay(local),
                        "nextLive", Slots.nextLive(schedule, local)));
        var bank = replies.bank(viewer.id());
        var plan = new Responder(settings.minScore()).plan(text, embeddings.embed(text), bank.entries(), bank.persona(), who, 0);
        return new Tried(plan.answer(), plan.entryId(), plan.score(), plan.handover() == null ? null : plan.handover().key(),
                plan.responder(), plan.lowConfidence());
    }

    // ------------------------------------------------------------------ audit

    /** Teezer's turns for a creator: hers to read, and staff's; nobody else learns they exist. */
    public Activity activity(AuthUser caller, String creator, @Nullable String cursor, @Nullable Integer limit) {
        if (caller == null) throw ApiProblem.unauthorized();
        Viewer viewer = auth.viewer(caller);
        var target = users.require(creator, viewer.id());
        if (!AccessPolicy.canReadTeezerAudit(viewer, target.id())) throw ApiProblem.forbidden("Only the creator and staff read Teezer's activity");
        int n = limit == null ? 30 : limit;
        if (n < 1 || n > 100) throw ApiProblem.invalid("limit", "must be 1–100");
        var c = PageCursor.decode(cursor);
        var rows = repo.turns(target.id(), c == null ? null : c.at(), c == null ? null : c.uuid(), n + 1);
        var page = rows.subList(0, Math.min(n, rows.size()));
        String next = rows.size() > n ? new PageCursor(page.getLast().createdAt(), page.getLast().id().toString()).encode() : null;
        var s = repo.summary(target.id());
        List<TurnView> items = new ArrayList<>();
        for (var t : page) {
            items.add(new TurnView(t.id(), t.conversationId(), new Fan(t.fanId(), t.fanUsername(), t.fanDisplayName()), t.outcome(),
                    t.responder(), t.model(), t.entryId(), t.score(), t.latencyMs(), t.fallback(), t.handover(), t.skipped(), t.createdAt()));
        }
        return new Activity(new Summary(s.turns(), s.threads(), s.answered(), s.handovers()), items, next);
    }

    // ------------------------------------------------------------------ per conversation

    private UUID fanOf(Viewer viewer, String conversationId) {
        UUID id = com.teezu.profiles.shared.Ids.parseUuid(conversationId).orElseThrow(() -> ApiProblem.notFound("Conversation"));
        return messages.otherParticipant(viewer.id(), id).orElseThrow(() -> ApiProblem.notFound("Conversation"));
    }

    public ThreadState thread(AuthUser caller, String conversationId) {
        Viewer viewer = creator(caller);
        fanOf(viewer, conversationId);
        return state(UUID.fromString(conversationId));
    }

    private ThreadState state(UUID conversationId) {
        var t = repo.thread(conversationId).orElse(ReplyRepository.Thread.fresh(conversationId));
        OffsetDateTime pausedUntil = t.humanAt() == null ? null : t.humanAt().plus(settings.humanPause());
        if (pausedUntil != null && pausedUntil.isBefore(repo.databaseNow())) pausedUntil = null;
        return new ThreadState(conversationId, t.enabled(), pausedUntil, t.handoverReason(), t.handedOverAt());
    }

    /** The per-fan switch ({@code enabled}) and "let Teezer answer here again now" ({@code resume}). */
    public ThreadState setThread(AuthUser caller, String conversationId, @Nullable Boolean enabled, boolean resume) {
        Viewer viewer = creator(caller);
        UUID fan = fanOf(viewer, conversationId);
        UUID id = UUID.fromString(conversationId);
        tx.executeWithoutResult(s -> {
            messages.holdConversation(id);
            if (enabled != null) repo.setEnabled(id, viewer.id(), fan, enabled);
            if (resume) repo.resume(id, viewer.id(), fan);
        });
        return state(id);
    }
}
