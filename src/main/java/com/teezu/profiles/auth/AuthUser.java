package com.teezu.profiles.auth;

import java.util.UUID;

/**
 * The authenticated caller as the session says: who, her role (roles are set by operators, never
 * through the API, so a session may carry it), and through which session and channel.
 */
public record AuthUser(UUID id, UUID sessionId, boolean viaCookie, Role role) {

    public AuthUser(UUID id, UUID sessionId, boolean viaCookie) {
        this(id, sessionId, viaCookie, null);
    }

    /** The caller's id, or null when anonymous (what shared lookups such as {@code me} take). */
    public static UUID idOf(AuthUser caller) {
        return caller == null ? null : caller.id();
    }
}
