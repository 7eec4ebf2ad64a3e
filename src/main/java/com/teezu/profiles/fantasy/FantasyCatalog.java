package com.teezu.profiles.fantasy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fantasy profile's fixed catalogues (DNA dimensions, kinks, intents, availability, consent levels). */
public final class FantasyCatalog {

    public record Tag(String key, String emoji, String label) {
    }

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

    private FantasyCatalog() {
    }

    public static Optional<Tag> kink(String key) {
        return KINKS.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    public static boolean has(List<Tag> tags, String key) {
        return tags.stream().anyMatch(t -> t.key().equals(key));
    }

    public static List<String> keys(List<Tag> tags) {
        return tags.stream().map(Tag::key).toList();
    }

    public static List<String> list(String[] array) {
        return array == null ? List.of() : Arrays.asList(array);
    }
}
