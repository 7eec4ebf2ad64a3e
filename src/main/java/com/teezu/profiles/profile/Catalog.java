package com.teezu.profiles.profile;

import java.util.List;
import java.util.Optional;

/** The moods a profile can show; the UI takes every emoji, label and colour from here. */
public final class Catalog {

    public record Mood(String key, String emoji, String label, String color) {
    }

    public static final List<Mood> MOODS = List.of(
            new Mood("spicy", "😈", "spicy", "#f97316"),
            new Mood("flirty", "😘", "flirty", "#ec4899"),
            new Mood("playful", "😜", "playful", "#eab308"),
            new Mood("chill", "😌", "chill", "#06b6d4"),
            new Mood("romantic", "💕", "romantic", "#f43f5e"),
            new Mood("mysterious", "🌙", "mysterious", "#7c3aed"),
            new Mood("sleepy", "😴", "sleepy", "#64748b"));

    private Catalog() {
    }

    public static Optional<Mood> mood(String key) {
        return MOODS.stream().filter(m -> m.key().equals(key)).findFirst();
    }
}
