package com.teezu.profiles.notifications;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A notification was stored for {@code userId}; carries the actor's public card for the live delivery. */
public record NotificationStored(UUID userId, UUID notificationId, String type, Instant at, UUID actorId, String actorUsername,
                                 String actorDisplayName, @Nullable String actorAvatarKey) {
}
