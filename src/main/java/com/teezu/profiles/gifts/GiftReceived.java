package com.teezu.profiles.gifts;

import java.util.UUID;

/** A creator received a gift; {@code count} is her vault's new count for that gift type. */
public record GiftReceived(UUID recipientId, String type, String emoji, String label, int count) {
}
