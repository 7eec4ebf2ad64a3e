package com.teezu.profiles.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The moods a profile can show: the ring's colour and emoji; read and written as its key ({@code spicy}). */
public enum Mood {
    SPICY("😈", "#f97316"),
    FLIRTY("😘", "#ec4899"),
    PLAYFUL("😜", "#eab308"),
    CHILL("😌", "#06b6d4"),
    ROMANTIC("💕", "#f43f5e"),
    MYSTERIOUS("🌙", "#7c3aed"),
    SLEEPY("😴", "#64748b");

    private final Catalog.MoodView view;

    Mood(String emoji, String color) {
        this.view = new Catalog.MoodView(name().toLowerCase(), emoji, name().toLowerCase(), color);
    }

    @JsonValue
    public String key() {
        return name().toLowerCase();
    }

    /** What the UI shows for it. */
    public Catalog.MoodView view() {
        return view;
    }

    /** From its key; anything else is an IllegalArgumentException. */
    @JsonCreator
    public static Mood fromKey(String key) {
        for (Mood m : values()) if (m.key().equals(key)) return m;
        throw new IllegalArgumentException("unknown mood");
    }
}
