package com.teezu.profiles.teezer;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Teezer stopped answering in a conversation and asks the creator to take it ({@code reason}: {@link Safety.Handover#key()}). */
public record TeezerHandedOver(UUID creatorId, UUID fanId, UUID conversationId, String reason, String fanUsername,
                               String fanDisplayName, String fanAvatarKey, OffsetDateTime at) {
}
