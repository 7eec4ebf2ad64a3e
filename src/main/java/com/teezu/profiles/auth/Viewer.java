package com.teezu.profiles.auth;

import java.util.Objects;
import java.util.UUID;

/**
 * Who looks, as the access policy needs to know. Made only by {@link Viewers} (from the database, fresh
 * for each decision, so a staff decision on age or a changed consent setting counts at once) or
 * {@link #ANONYMOUS}; never half-filled: a viewer with an id always has a role and a consent setting.
 */
public record Viewer(UUID id, Role role, boolean ageVerified, Consent consent) {

    public static final Viewer ANONYMOUS = new Viewer(null, null, false, Consent.NONE);

    public Viewer {
        if (id != null) {
            Objects.requireNonNull(role, "an authenticated viewer has a role");
            Objects.requireNonNull(consent, "an authenticated viewer has a consent setting");
        } else if (role != null || ageVerified || consent != Consent.NONE) {
            throw new IllegalArgumentException("an anonymous viewer has no role, age check or consent");
        }
    }

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
