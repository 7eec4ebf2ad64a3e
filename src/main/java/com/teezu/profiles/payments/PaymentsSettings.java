package com.teezu.profiles.payments;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Buying tokens ({@code teezu.payments.*}).
 *
 * @param provider   who takes new checkouts: {@code verotel} or {@code test}; empty = Verotel when it is
 *                   configured, else the test provider when it is enabled, else none (purchases answer 503)
 * @param publicUrl  the app's public origin for the links back from a checkout (empty: the request's own)
 * @param test       the built-in test provider
 * @param verotel    Verotel FlexPay
 */
@ConfigurationProperties("teezu.payments")
public record PaymentsSettings(@Nullable String provider, @Nullable String publicUrl, @DefaultValue Test test,
                               @DefaultValue Verotel verotel) {

    /**
     * @param enabled  null = only with the embedded database
     * @param secret   its signature key (empty: a random one per start)
     * @param maxAge   how old a callback's timestamp may be
     * @param callbackDelay how long after the buyer's choice its callback is sent
     */
    public record Test(@Nullable Boolean enabled, @Nullable String secret, @DefaultValue("PT5M") Duration maxAge,
                       @DefaultValue("PT1S") Duration callbackDelay) {
    }

    /**
     * @param shopId       the FlexPay shop id (Control Center)
     * @param signatureKey the shop's FlexPay signature key
     * @param url          the FlexPay host ({@code https://secure.verotel.com}; other brands have their own)
     * @param description  what the checkout shows the buyer
     * @param maxAge       how long after the checkout started a sale may still be reported
     */
    public record Verotel(@Nullable String shopId, @Nullable String signatureKey,
                          @DefaultValue("https://secure.verotel.com") String url,
                          @DefaultValue("TeezU tokens") String description, @DefaultValue("P7D") Duration maxAge) {
        boolean configured() {
            return shopId != null && !shopId.isBlank() && signatureKey != null && !signatureKey.isBlank();
        }
    }
}
