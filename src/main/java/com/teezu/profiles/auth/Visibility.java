package com.teezu.profiles.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who may open a content item: everyone, active subscribers, or those who unlocked it; read and written by its key. */
public enum Visibility {
    PUBLIC, PREMIUM, LOCKED;

    @JsonValue
    public String key() {
        return name().toLowerCase();
    }

    /** From its key; anything else is an IllegalArgumentException. */
    @JsonCreator
    public static Visibility fromKey(String key) {
        for (Visibility v : values()) if (v.key().equals(key)) return v;
        throw new IllegalArgumentException("must be public, premium or locked");
    }
}
