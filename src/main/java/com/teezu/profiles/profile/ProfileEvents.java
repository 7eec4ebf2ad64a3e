package com.teezu.profiles.profile;

import java.util.UUID;

/** What happened to a profile; published inside the transaction, delivered to listeners after commit. */
public final class ProfileEvents {

    private ProfileEvents() {
    }

    public record MoodChanged(UUID userId, Mood mood) {
    }

    public record LiveChanged(UUID userId, boolean live) {
    }

    /** Any other public part of the profile changed (name, bio, location, fantasy, verification …). */
    public record ProfileChanged(UUID userId) {
    }
}
