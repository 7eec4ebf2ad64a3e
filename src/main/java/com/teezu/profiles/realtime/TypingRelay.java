package com.teezu.profiles.realtime;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.teezu.profiles.messages.MessageService;
import com.teezu.profiles.messages.MessagesSettings;
import com.teezu.profiles.shared.Ids;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Client → server {@code typing {conversationId}}: accepted only from a participant, at most once per
 * {@code teezu.messages.typing-every} per sender and conversation, and passed on to both participants'
 * rooms on every node as {@code typing {conversationId, userId, expiresAt}} (the UI drops it by itself
 * after a few seconds). Nothing is stored.
 */
@Component
class TypingRelay {

    record Typing(String conversationId, String userId, Instant expiresAt) {
    }

    static final java.time.Duration SHOWN_FOR = java.time.Duration.ofSeconds(5);

    private final RealtimeBus bus;
    private final MessageService messages;
    private final Cache<String, Boolean> recent;

    TypingRelay(RealtimeServer server, RealtimeBus bus, MessageService messages, MessagesSettings settings) {
        this.bus = bus;
        this.messages = messages;
        this.recent = Caffeine.newBuilder().expireAfterWrite(settings.typingEvery()).maximumSize(100_000).build();
        server.onUserEvent("typing", this::typing);
    }

    void typing(UUID userId, Map<?, ?> data) {
        var conversationId = data.get("conversationId") instanceof String s ? Ids.parseUuid(s) : java.util.Optional.<UUID>empty();
        if (conversationId.isEmpty()) return;
        if (recent.asMap().putIfAbsent(userId + " " + conversationId.get(), Boolean.TRUE) != null) return;
        messages.otherParticipant(userId, conversationId.get()).ifPresent(other -> {
            var payload = new Typing(conversationId.get().toString(), userId.toString(), Instant.now().plus(SHOWN_FOR));
            bus.publish(RealtimeServer.userRoom(userId), "typing", payload);
            bus.publish(RealtimeServer.userRoom(other), "typing", payload);
        });
    }
}
