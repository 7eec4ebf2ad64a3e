package com.teezu.profiles.subscriptions;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscription was not renewed because the subscriber's tokens did not cover the next month: access
 * has ended and the subscriber was notified ({@code notificationId}). Carries the creator's public card.
 */
public record SubscriptionLapsed(UUID subscriberId, UUID creatorId, UUID notificationId, Instant at, String creatorUsername,
                                 String creatorDisplayName, String creatorAvatarKey) {
}
