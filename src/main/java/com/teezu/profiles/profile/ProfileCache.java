package com.teezu.profiles.profile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What the profile read keeps between requests on this node: the public, viewer-independent heavy parts
 * (gift vault, grid) of a profile while its stats version stays the same — the statement then skips
 * them (PostgreSQL evaluates a CASE branch's sub-select only when reached) — and the id behind a
 * username, so a read by name can offer its cached version. Nothing private or per viewer is kept.
 */
@Component
class ProfileCache {

    record Heavy(long version, List<ProfileView.Gift> gifts, List<ProfileRepository.GridRow> grid) {
    }

    private final Cache<UUID, Heavy> heavy = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Cache<String, UUID> idByUsername = Caffeine.newBuilder().maximumSize(100_000).build();

    Heavy heavy(UUID userId) {
        return heavy.getIfPresent(userId);
    }

    /** Keeps the newer of what is there and {@code fresh}; returns {@code fresh}. */
    Heavy keep(UUID userId, Heavy fresh) {
        heavy.asMap().merge(userId, fresh, (old, f) -> f.version() >= old.version() ? f : old);
        return fresh;
    }

    UUID idOf(String lowerCaseUsername) {
        return idByUsername.getIfPresent(lowerCaseUsername);
    }

    void rememberUsername(String username, UUID userId) {
        idByUsername.put(username.toLowerCase(), userId);
    }
}
