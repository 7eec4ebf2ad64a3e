package com.teezu.profiles.auth;

/** Consent levels in order: a viewer's preference must be at least a fantasy profile's level. */
public enum Consent {
    NONE, SUGGESTIVE, EXPLICIT;

    public boolean atLeast(Consent other) {
        return compareTo(other) >= 0;
    }

    public String key() {
        return name().toLowerCase();
    }

    public static Consent fromKey(String key) {
        return valueOf(key.toUpperCase());
    }
}
