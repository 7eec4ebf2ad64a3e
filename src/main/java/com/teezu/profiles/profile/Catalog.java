package com.teezu.profiles.profile;

import java.util.Arrays;
import java.util.List;

/** The moods as the UI draws them; the UI takes every emoji, label and colour from here. */
public final class Catalog {

    public record MoodView(String key, String emoji, String label, String color) {
    }

    public static final List<MoodView> MOODS = Arrays.stream(Mood.values()).map(Mood::view).toList();

    private Catalog() {
    }
}
