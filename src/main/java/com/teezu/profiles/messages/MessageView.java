package com.teezu.profiles.messages;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A message as one reader may see it (API.md "Direct messages"). A paid message carries its price and
 * {@code locked}; while locked only its blurred {@code thumbnailUrl}, never a {@code mediaUrl}.
 */
public record MessageView(UUID id, UUID conversationId, Sender sender, String authorKind, boolean aiGenerated, String text,
                          OffsetDateTime createdAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean locked,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer priceTokens,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String thumbnailUrl,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String mediaUrl) {

    public record Sender(UUID id, String username, String displayName) {
    }
}
