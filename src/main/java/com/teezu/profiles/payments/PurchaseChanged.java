package com.teezu.profiles.payments;

import java.util.UUID;

/** A purchase was paid, declined, refunded or charged back; {@code balance}: the buyer's tokens after it. */
public record PurchaseChanged(UUID userId, UUID purchaseId, String state, long balance) {
}
