package com.teezu.profiles.follow;

import java.time.Instant;
import java.util.UUID;

/** A follow was created; {@code notifies} is false when the same follower already notified within the last ten minutes. */
public record Followed(UUID followerId, UUID followeeId, boolean notifies, UUID notificationId, Instant at,
                       Follower follower) {

    /** The follower's public card, as the notification shows it (null when nothing is notified). */
    public record Follower(String username, String displayName, String avatarKey) {
    }
}
