package com.teezu.profiles.messages;

import com.teezu.profiles.auth.Role;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What happened in a conversation, for its two participants' sockets (published in the transaction, sent after commit). */
public final class MessageEvents {

    private MessageEvents() {
    }

    /** The sender's and the recipient's view of a new message; {@code opened}: it is the first of a new conversation. */
    public record MessageSent(UUID conversationId, UUID senderId, UUID recipientId, Role senderRole, Role recipientRole, MessageView forSender,
                              MessageView forRecipient, boolean opened, String senderUsername, String senderDisplayName,
                              String senderAvatarKey, OffsetDateTime at) {
    }

    /** {@code readerId}'s marker moved forward to message {@code upTo}. */
    public record MessagesRead(UUID conversationId, UUID readerId, UUID otherId, UUID upTo) {
    }

    /** A message was unsent; {@code tell}: those for whom it disappears (not those who bought it). */
    public record MessageRemoved(UUID conversationId, UUID messageId, List<UUID> tell) {
    }
}
