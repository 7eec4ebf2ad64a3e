package com.teezu.profiles.auth;

import java.util.UUID;

/**
 * Who looks, as the access policy needs to know: null fields mean anonymous.
 * Built fresh from the database for each decision (never from a cache), so a staff decision
 * on age or a changed consent setting counts at once.
 */
public record Viewer(UUID id, Role role, boolean ageVerified, Consent consent) {

    public static final Viewer ANONYMOUS = new Viewer(null, null, false, Consent.NONE);

    public boolean authenticated() {
        return id != null;
    }

    public boolean is(UUID userId) {
        return id != null && id.equals(userId);
    }

    public boolean has(Permission permission) {
        return role != null && role.has(permission);
    }
}
