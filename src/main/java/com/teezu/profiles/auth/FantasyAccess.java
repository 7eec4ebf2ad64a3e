package com.teezu.profiles.auth;

/** Why a viewer may or may not see a fantasy profile (API: {@code fantasyAccess}). */
public enum FantasyAccess {
    GRANTED("granted"),
    LOGIN_REQUIRED("login_required"),
    AGE_VERIFICATION_REQUIRED("age_verification_required"),
    CONSENT_REQUIRED("consent_required");

    private final String key;

    FantasyAccess(String key) {
        this.key = key;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String key() {
        return key;
    }
}
