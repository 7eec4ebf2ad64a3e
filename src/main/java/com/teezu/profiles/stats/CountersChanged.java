package com.teezu.profiles.stats;

import java.util.Set;
import java.util.UUID;

/** Public counters of these users changed (followers, likes, stream hours, posts). */
public record CountersChanged(Set<UUID> userIds) {
    public static CountersChanged of(UUID... ids) {
        return new CountersChanged(Set.of(ids));
    }
}
