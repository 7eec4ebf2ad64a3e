package com.teezu.profiles.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fixed catalogues (moods, kinks, intents, availability); the UI takes every emoji, label and colour from here. */
public final class Catalog {

    public record Mood(String key, String emoji, String label, String color) {
    }

    public record Tag(String key, String emoji, String label) {
    }

    public static final List<Mood> MOODS = List.of(
            new Mood("spicy", "😈", "spicy", "#f97316"),
            new Mood("flirty", "😘", "flirty", "#ec4899"),
            new Mood("playful", "😜", "playful", "#eab308"),
            new Mood("chill", "😌", "chill", "#06b6d4"),
            new Mood("romantic", "💕", "romantic", "#f43f5e"),
            new Mood("mysterious", "🌙", "mysterious", "#7c3aed"),
            new Mood("sleepy", "😴", "sleepy", "#64748b"));

    public static final List<Tag> KINKS = List.of(
            new Tag("bdsm_light", "🔥", "BDSM-light"),
            new Tag("sexting", "📸", "Sexting"),
            new Tag("role_play", "🎭", "Role-play"),
            new Tag("livestream", "🎥", "Livestream"),
            new Tag("teasing", "💋", "Teasing"),
            new Tag("lingerie", "👙", "Lingerie"),
            new Tag("cosplay", "🦄", "Cosplay"),
            new Tag("asmr", "🎧", "ASMR"),
            new Tag("dirty_talk", "🗣️", "Dirty talk"),
            new Tag("voyeurism", "👀", "Voyeurism"),
            new Tag("dominance", "⛓️", "Dominance"),
            new Tag("sensual", "🕯️", "Sensual"));

    public static final List<Tag> INTENTS = List.of(
            new Tag("entertainment", "🎯", "Entertainment"),
            new Tag("fantasy", "✨", "Fantasy"),
            new Tag("connection", "💞", "Connection"),
            new Tag("content", "📸", "Content"),
            new Tag("chat", "💬", "Chat"));

    public static final List<Tag> AVAILABILITY = List.of(
            new Tag("dm", "💬", "DM"),
            new Tag("livestream", "🎥", "Livestream"),
            new Tag("custom", "🎨", "Custom"));

    public static final List<String> CONSENT_LEVELS = List.of("suggestive", "explicit");

    public static final List<String> DNA_DIMENSIONS = List.of("dominant", "exhibitionist", "voyeur", "romantic", "kinky");

    private Catalog() {
    }

    public static Optional<Mood> mood(String key) {
        return MOODS.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public static Optional<Tag> kink(String key) {
        return KINKS.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    static boolean has(List<Tag> tags, String key) {
        return tags.stream().anyMatch(t -> t.key().equals(key));
    }

    static List<String> keys(List<Tag> tags) {
        return tags.stream().map(Tag::key).toList();
    }

    static List<String> list(String[] array) {
        return array == null ? List.of() : Arrays.asList(array);
    }
}
