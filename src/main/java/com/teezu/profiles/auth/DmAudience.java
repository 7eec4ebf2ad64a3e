package com.teezu.profiles.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who may write first to a creator (her DM policy): every age-verified member, her followers, or her subscribers. */
public enum DmAudience {
    EVERYONE, FOLLOWERS, SUBSCRIBERS;

    @JsonValue
    public String key() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static DmAudience fromKey(String key) {
        for (DmAudience a : values()) if (a.key().equals(key)) return a;
        throw new IllegalArgumentException("must be everyone, followers or subscribers");
    }
}
