package com.teezu.profiles.shared;

import java.util.Optional;
import java.util.UUID;

public final class Ids {

    private Ids() {
    }

    /** A canonical 36-character UUID, or empty. */
    public static Optional<UUID> parseUuid(String id) {
        if (id == null || id.length() != 36) return Optional.empty();
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
