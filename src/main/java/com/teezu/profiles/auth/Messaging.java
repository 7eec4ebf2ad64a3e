package com.teezu.profiles.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Whether a viewer may write to someone, why not, and what each message costs her (API:
 * {@code viewer.messaging}); {@code reason} only when not allowed, {@code priceTokens} only when she pays.
 */
public record Messaging(boolean allowed,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Reason reason,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer priceTokens) {

    public enum Reason {
        LOGIN_REQUIRED, AGE_VERIFICATION_REQUIRED, FOLLOWERS_ONLY, SUBSCRIBERS_ONLY, BLOCKED, SELF,
        /** Only creators can be written to first; anyone may answer in a conversation she is in. */
        CREATORS_ONLY;

        @JsonValue
        public String key() {
            return name().toLowerCase();
        }
    }

    public static Messaging allowedFree() {
        return new Messaging(true, null, null);
    }

    public static Messaging allowedFor(Integer priceTokens) {
        return new Messaging(true, null, priceTokens == null || priceTokens <= 0 ? null : priceTokens);
    }

    public static Messaging denied(Reason reason) {
        return new Messaging(false, reason, null);
    }
}
