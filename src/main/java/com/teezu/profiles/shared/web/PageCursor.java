package com.teezu.profiles.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * The opaque cursor of every newest-first list: the last row's time and its id, base64url-encoded.
 * A cursor the API did not give out is a 400 on field {@code cursor}.
 */
public record PageCursor(OffsetDateTime at, String id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for no cursor (the first page). */
    public static PageCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) return null;
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            return new PageCursor(OffsetDateTime.parse(parts[0]), parts[1]);
        } catch (RuntimeException e) {
            throw ApiProblem.invalid("cursor", "is not a cursor this API gave out");
        }
    }

    /** 1–100, 20 when not given. */
    public static int limit(Integer limit) {
        if (limit == null) return 20;
        if (limit < 1 || limit > 100) throw ApiProblem.invalid("limit", "must be 1–100");
        return limit;
    }

    public java.util.UUID uuid() {
        try {
            return java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", "is not a cursor this API gave out");
        }
    }

    public long number() {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("cursor", "is not a cursor this API gave out");
        }
    }
}
