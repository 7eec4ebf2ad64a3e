package com.teezu.profiles.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Session tokens: 256 random bits for the client, only their SHA-256 for the database. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    static byte[] hash(String token) {
        return sha256(token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The CSRF token of a cookie session: derived from the secret session token, so it needs no storage. */
    static String csrfFor(String token) {
        return B64.encodeToString(sha256(("csrf:" + token).getBytes(StandardCharsets.US_ASCII)));
    }

    static boolean looksLikeToken(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c ->
                Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    private static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
