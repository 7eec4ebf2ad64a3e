package com.teezu.profiles.teezer;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The embedded responder: no outside service, the same answer every time. Safety first (crisis,
 * always-refused subjects, the creator's banned topics), then the handover triggers, then the reply-bank
 * entry closest in meaning to the fan's message; below the threshold it does not improvise: her away
 * line, and the second time in a row a handover.
 */
final class Responder {

    enum Kind {
        ANSWER, GREETING, BOUNDARY, AWAY;

        @com.fasterxml.jackson.annotation.JsonValue
        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        static Kind fromKey(String key) {
            for (Kind k : values()) if (k.key().equals(key)) return k;
            throw new IllegalArgumentException("unknown kind");
        }
    }

    /** A reply-bank entry with its prompt lines' embeddings ({@code dims} floats each, concatenated). */
    record Entry(UUID id, Kind kind, String prompt, String answer, boolean explicit, float[] vectors, int dims) {
    }

    record Persona(String tone, String boundaries, List<String> bannedTopics) {
        static final Persona EMPTY = new Persona("", "", List.of());
    }

    /** Who is talking and when: the slots' values, and whether the fan's consent allows explicit entries. */
    record Situation(String fanName, String creatorName, boolean explicitAllowed, Map<String, String> slots) {
    }

    record Scored(Entry entry, double score) {
    }

    /**
     * What the embedded responder would send. {@code responder}: {@code embedded} (an entry or her away
     * line) or {@code fixed} (a line of Teezer's own: crisis, refusal, handover); {@code lowConfidence}:
     * no entry was close enough.
     */
    record Plan(String answer, @Nullable UUID entryId, @Nullable Double score, String responder,
                Safety.@Nullable Handover handover, boolean lowConfidence, boolean mayAskLlm, List<Scored> best) {
    }

    static final String CRISIS = "I'm {creator}'s AI clone, and I'm really glad you told me. You don't have to go through this alone. "
            + "Please talk to someone right now: in the Netherlands call 113 Zelfmoordpreventie on 0800-0113 (free, day and night) "
            + "or chat at 113.nl; elsewhere find a free helpline at findahelpline.com. If you are in danger, call 112 or your local "
            + "emergency number. I've let {creator} know you wrote.";
    static final String REFUSAL = "That's something I will never talk about or take part in. Everything here is between consenting adults.";
    static final String REALLY_YOU = "No, I'm {creator}'s AI clone, not {creator} in person. I've let {creator} know you'd like to hear "
            + "from them directly.";
    static final String PASSED_ON = "That's one for {creator} in person. I'm the AI clone and I don't handle requests, prices or "
            + "payments, so I've passed your message on.";
    static final String NO_MEETING = "I'm {creator}'s AI clone, so I can't make any plans to meet. I've passed your message on to {creator}.";
    static final String BANNED = "That's not something {creator} talks about here.";
    static final String AWAY = "{creator} isn't here right now, I'm the AI clone. {creator} will read your message when back.";

    private final double minScore;

    Responder(double minScore) {
        this.minScore = minScore;
    }

    /**
     * @param fanVector     the fan message's embedding (unit length)
     * @param lowInARow     answers in a row in this conversation that found no close entry
     */
    Plan plan(String fanText, float[] fanVector, List<Entry> entries, Persona persona, Situation who, int lowInARow) {
        var finding = Safety.inspect(fanText);
        if (finding.isPresent()) {
            return switch (finding.get()) {
                case Safety.Crisis c -> fixed(CRISIS, who, Safety.Handover.CRISIS);
                case Safety.Forbidden f -> fixed(REFUSAL, who, null);
                case Safety.HandOver h -> fixed(switch (h.reason()) {
                    case REALLY_YOU -> REALLY_YOU;
                    case MEETING -> NO_MEETING;
                    default -> PASSED_ON;
                }, who, h.reason());
            };
        }
        List<Scored> usable = rank(fanVector, entries, persona, who);
        if (Safety.bannedTopicIn(fanText, persona.bannedTopics()).isPresent()) {
            var boundary = usable.stream().filter(s -> s.entry().kind() == Kind.BOUNDARY && s.score() >= minScore).findFirst();
            if (boundary.isPresent()) return answer(boundary.get(), who, usable, false);
            return fixed(BANNED, who, null);
        }
        var best = usable.stream().filter(s -> s.entry().kind() != Kind.AWAY).findFirst();
        if (best.isPresent() && best.get().score() >= minScore) return answer(best.get(), who, usable, true);
        // not close enough: her away line, never an improvised answer; the second time in a row, her in person
        var away = entries.stream().filter(e -> e.kind() == Kind.AWAY && usableFor(e, persona, who)).findFirst();
        String text = Slots.fill(away.map(Entry::answer).orElse(AWAY), who.slots());
        Double score = best.map(Scored::score).orElse(null);
        Safety.Handover handover = lowInARow + 1 >= 2 ? Safety.Handover.LOW_CONFIDENCE : null;
        return new Plan(text, away.map(Entry::id).orElse(null), score, away.isPresent() ? "embedded" : "fixed", handover, true,
                handover == null, usable);
    }

    private Plan answer(Scored s, Situation who, List<Scored> usable, boolean mayAskLlm) {
        return new Plan(Slots.fill(s.entry().answer(), who.slots()), s.entry().id(), s.score(), "embedded", null, false, mayAskLlm, usable);
    }

    private static Plan fixed(String line, Situation who, Safety.@Nullable Handover handover) {
        return new Plan(Slots.fill(line, who.slots()), null, null, "fixed", handover, false, false, List.of());
    }

    /** Entries this fan may get, best first: explicit ones only with explicit consent, none touching a banned or refused subject. */
    List<Scored> rank(float[] fanVector, List<Entry> entries, Persona persona, Situation who) {
        List<Scored> out = new ArrayList<>();
        for (Entry e : entries) {
            if (!usableFor(e, persona, who)) continue;
            double best = -1;
            for (int off = 0; off + e.dims() <= e.vectors().length; off += e.dims()) {
                best = Math.max(best, Embeddings.cosine(fanVector, e.vectors(), off));
            }
            out.add(new Scored(e, best));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed());
        return out;
    }

    private static boolean usableFor(Entry e, Persona persona, Situation who) {
        if (e.explicit() && !who.explicitAllowed()) return false;
        if (Safety.forbidden(e.answer()) || Safety.forbidden(e.prompt())) return false;
        return Safety.bannedTopicIn(e.answer(), persona.bannedTopics()).isEmpty();
    }
}
