package com.teezu.profiles.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Consent levels in order: a viewer's preference must be at least a fantasy profile's level. */
public enum Consent {
    NONE, SUGGESTIVE, EXPLICIT;

    public boolean atLeast(Consent other) {
        return compareTo(other) >= 0;
    }

    @JsonValue
    public String key() {
        return name().toLowerCase();
    }

    /** From its key (none, suggestive, explicit); anything else is an IllegalArgumentException. */
    @JsonCreator
    public static Consent fromKey(String key) {
        for (Consent c : values()) if (c.key().equals(key)) return c;
        throw new IllegalArgumentException("unknown consent level");
    }
}
