package com.teezu.profiles.payments;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FlexPay's signature as built here matches Verotel's reference client: its test suite's parameters,
 * shop and key give the SHA-1 signature it lists (which the reference still accepts), so the string
 * signed (key first, parameters sorted by name, {@code name=value} joined by {@code :}) is the same,
 * and the app signs that string with SHA-256 as protocol version 4 asks.
 */
class FlexPaySignatureTest {

    static final String KEY = "zpXwe2D77g4P7ysGJcr3rY87TBYs6J";

    static Map<String, String> referenceParams() {
        var p = new TreeMap<String, String>();
        p.put("saleID", "433456");
        p.put("priceAmount", "0.00");
        p.put("referenceID", "reference1234");
        p.put("priceCurrency", "USD");
        p.put("custom1", "My");
        p.put("description", "My Dščřčřřěřě&?=blah123");
        p.put("subscriptionType", "RECURRING");
        p.put("period", "P1M");
        p.put("name", "My name");
        p.put("trialAmount", "0.01");
        p.put("trialPeriod", "P3D");
        p.put("successURL", "http://backURL.test");
        p.put("declineURL", "http://declineURL.test");
        p.put("cancelDiscountPercentage", "30");
        p.put("blah", "something");
        p.put("shopID", "68849");
        return p;
    }

    static String signed(String algorithm, Map<String, String> params) throws Exception {
        String text = KEY + new TreeMap<>(params).entrySet().stream().map(e -> ":" + e.getKey() + "=" + e.getValue()).collect(Collectors.joining());
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSignedStringIsTheReferenceClients() throws Exception {
        assertThat(signed("SHA-1", referenceParams())).isEqualTo("fc63f38e2722d2e5bc4f2044ad3ffb2051e89643");
        assertThat(FlexPaySignature.sign(KEY, referenceParams())).isEqualTo(signed("SHA-256", referenceParams()));
    }

    @Test
    void aPostbackIsCheckedOverEveryParameterButItsSignature() {
        var params = new TreeMap<>(referenceParams());
        params.put("signature", FlexPaySignature.sign(KEY, params).toUpperCase());
        assertThat(FlexPaySignature.valid(KEY, params)).isTrue(); // hex compared without regard to case
        params.put("custom2", "added later");
        assertThat(FlexPaySignature.valid(KEY, params)).isFalse();
        params.remove("custom2");
        assertThat(FlexPaySignature.valid("another-key", params)).isFalse();
        params.remove("signature");
        assertThat(FlexPaySignature.valid(KEY, params)).isFalse();
    }
}
