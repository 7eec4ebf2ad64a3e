package com.teezu.profiles.payments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verotel FlexPay's signature: SHA-256 of the shared signature key and the parameters sorted by name
 * ({@code key:name1=value1:name2=value2…}), in lower-case hex. Checkout links sign the parameters
 * FlexPay knows; a postback is signed over every parameter it carries except {@code signature}.
 */
final class FlexPaySignature {

    private FlexPaySignature() {
    }

    static String sign(String secret, Map<String, String> params) {
        var sorted = new TreeMap<>(params);
        sorted.remove("signature");
        var text = new StringBuilder(secret);
        sorted.forEach((k, v) -> text.append(':').append(k).append('=').append(v));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time; a missing signature never matches. */
    static boolean valid(String secret, Map<String, String> params) {
        String given = params.get("signature");
        if (given == null || given.isEmpty()) return false;
        return MessageDigest.isEqual(sign(secret, params).getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
