package com.teezu.profiles.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.teezu.profiles.auth.Permission.*;

/** The four roles, their badge (one source of truth for the UI) and what each may do. */
public enum Role {
    MEMBER("MEMBER", List.of("#64748b", "#94a3b8"), EnumSet.of(FOLLOW, LIKE, SEND_GIFT, UNLOCK_CONTENT, SUBSCRIBE, TAKE_DNA_QUIZ)),
    CREATOR("CREATOR", List.of("#db2777", "#9333ea"), EnumSet.of(FOLLOW, LIKE, SEND_GIFT, UNLOCK_CONTENT, SUBSCRIBE,
            TAKE_DNA_QUIZ, GO_LIVE, USE_TEEZER, PUBLISH_CONTENT, RECEIVE_GIFTS)),
    VIP("VIP", List.of("#d97706", "#facc15"), EnumSet.of(FOLLOW, LIKE, SEND_GIFT, UNLOCK_CONTENT, SUBSCRIBE, TAKE_DNA_QUIZ)),
    STAFF("STAFF", List.of("#0f766e", "#2563eb"), EnumSet.of(FOLLOW, LIKE, TAKE_DNA_QUIZ, SEE_ANY_PRIVATE_STATS,
            SEE_ANY_FANTASY_PROFILE, OPEN_ANY_CONTENT, VERIFY_USERS, RECOUNT_COUNTERS, TOP_UP_WALLETS));

    private final String badgeLabel;
    private final List<String> badgeColors;
    private final Set<Permission> permissions;

    Role(String badgeLabel, List<String> badgeColors, Set<Permission> permissions) {
        this.badgeLabel = badgeLabel;
        this.badgeColors = badgeColors;
        this.permissions = permissions;
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    @JsonValue
    public String key() {
        return name().toLowerCase();
    }

    public String badgeLabel() {
        return badgeLabel;
    }

    public List<String> badgeColors() {
        return badgeColors;
    }

    @JsonCreator
    public static Role fromKey(String key) {
        for (Role r : values()) if (r.key().equals(key)) return r;
        throw new IllegalArgumentException("unknown role");
    }
}
