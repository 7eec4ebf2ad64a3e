package com.teezu.profiles.auth;

import java.util.UUID;

/** The authenticated caller as the session says: who, and through which session and channel. */
public record AuthUser(UUID id, UUID sessionId, boolean viaCookie) {
}
