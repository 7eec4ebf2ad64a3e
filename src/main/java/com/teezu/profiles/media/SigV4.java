package com.teezu.profiles.media;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * AWS Signature Version 4 for S3-compatible stores, header variant: the canonical request, the string
 * to sign and the derived signing key exactly as AWS documents them. Only what our requests need:
 * the path must already be URI-encoded (S3 does not encode it twice), headers are signed as given.
 */
final class SigV4 {

    static final String EMPTY_PAYLOAD = hex(sha256(new byte[0]));
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String region;
    private final String service;
    private final String accessKey;
    private final byte[] secret;

    SigV4(String region, String service, String accessKey, String secretKey) {
        this.region = region;
        this.service = service;
        this.accessKey = accessKey;
        this.secret = ("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8);
    }

    static String amzDate(Instant at) {
        return AMZ_DATE.format(at);
    }

    /**
     * The Authorization header for a request. {@code headers} must hold every header to be signed
     * (at least host, x-amz-date and x-amz-content-sha256), names in any case.
     */
    String authorization(String method, URI uri, Map<String, String> headers, String payloadHash) {
        TreeMap<String, String> canonical = new TreeMap<>();
        headers.forEach((name, value) -> canonical.put(name.toLowerCase(java.util.Locale.ROOT), value.trim().replaceAll(" +", " ")));
        String amzDate = canonical.get("x-amz-date");
        if (amzDate == null || !canonical.containsKey("host")) throw new IllegalArgumentException("host and x-amz-date must be signed");
        String signedHeaders = String.join(";", canonical.keySet());
        String request = method + "\n"
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath()) + "\n"
                + canonicalQuery(uri.getRawQuery()) + "\n"
                + canonical.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "\n").collect(Collectors.joining()) + "\n"
                + signedHeaders + "\n"
                + payloadHash;
        String date = amzDate.substring(0, 8);
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(request.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(hmac(hmac(hmac(secret, date), region), service), "aws4_request");
        return "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + hex(hmac(key, toSign));
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return "";
        return Arrays.stream(rawQuery.split("&"))
                .map(p -> p.contains("=") ? p : p + "=")
                .sorted()
                .collect(Collectors.joining("&"));
    }

    /** One path segment, encoded as SigV4 wants it: unreserved characters as they are, the rest %XX. */
    static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
