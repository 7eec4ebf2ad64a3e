package com.teezu.profiles.notifications;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Stores a notification for a creator about what a fan did (a gift, an unlock, a new subscription),
 * in the caller's transaction, and announces it ({@link NotificationStored}) for the realtime layer to
 * deliver to the creator's own room after the commit.
 */
@Service
public class Notifications {

    public static final String GIFT_RECEIVED = "gift_received";
    public static final String CONTENT_UNLOCKED = "content_unlocked";
    public static final String NEW_SUBSCRIBER = "new_subscriber";

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(NotificationRepository notifications, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public void notify(UUID userId, String type, UUID actorId) {
        OffsetDateTime at = OffsetDateTime.now(clock);
        var stored = notifications.insert(userId, type, actorId, at);
        events.publishEvent(new NotificationStored(userId, stored.id(), type, at.toInstant(), actorId, stored.actorUsername(),
                stored.actorDisplayName(), stored.actorAvatarKey()));
    }
}
