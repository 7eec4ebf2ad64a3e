package com.teezu.profiles.payments;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The payment provider's side of the FlexPay protocol, written here from its documentation (not from
 * the app's code): SHA-256 over {@code key:name=value:…} of the parameters sorted by name, lower-case
 * hex; query strings and forms encoded as PHP's {@code http_build_query} does.
 */
public final class ProviderSide {

    public static final String TEST_KEY = "test-provider-signature-key";

    public static final String VEROTEL_SHOP = "68849";
    public static final String VEROTEL_KEY = "zpXwe2D77g4P7ysGJcr3rY87TBYs6J";

    private ProviderSide() {
    }

    public static String signature(String key, Map<String, String> params) {
        var sorted = new TreeMap<>(params);
        sorted.remove("signature");
        String text = key + sorted.entrySet().stream().map(e -> ":" + e.getKey() + "=" + e.getValue()).collect(Collectors.joining());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> signed(String key, Map<String, String> params) {
        var out = new TreeMap<>(params);
        out.put("signature", signature(key, params));
        return out;
    }

    public static String encode(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    public static Map<String, String> decode(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) return out;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
