package com.teezu.profiles.gifts;

import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

@Service
public class GiftService {

    public record GiftType(String key, String emoji, String label, int priceTokens) {
    }

    public record VaultEntry(String type, String emoji, String label, int count) {
    }

    private final GiftRepository gifts;

    GiftService(GiftRepository gifts) {
        this.gifts = gifts;
    }

    public List<GiftType> types() {
        return gifts.types();
    }

    /** The public vault: at most 10 gift types, most received first. */
    public List<VaultEntry> vault(UUID userId) {
        return gifts.vault(userId);
    }
}
