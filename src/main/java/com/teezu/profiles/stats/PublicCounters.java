package com.teezu.profiles.stats;

import java.math.BigDecimal;
import java.util.UUID;

/** The counters anyone may see (never tips, subscribers or earnings). */
public record PublicCounters(UUID userId, int followers, int following, long likes, BigDecimal streamHours, int posts) {
}
