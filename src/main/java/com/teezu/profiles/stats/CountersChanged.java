package com.teezu.profiles.stats;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Public counters of these users changed (followers, likes, stream hours, posts). A writer that read
 * the new counters in the statement that changed them passes them along ({@code known}, with the row's
 * {@code user_stats.version}), so nobody has to read them again; for the others they are read once per
 * flush.
 */
public record CountersChanged(Set<UUID> userIds, Map<UUID, Snapshot> known) {

    /** Counters as of one version of the user's stats row: a higher version is a later state. */
    public record Snapshot(long version, PublicCounters counters) {
    }

    public static CountersChanged of(UUID... ids) {
        return new CountersChanged(Set.of(ids), Map.of());
    }

    public static CountersChanged known(Snapshot... snapshots) {
        var map = new java.util.HashMap<UUID, Snapshot>();
        for (Snapshot s : snapshots) map.put(s.counters().userId(), s);
        return new CountersChanged(Set.copyOf(map.keySet()), Map.copyOf(map));
    }
}
