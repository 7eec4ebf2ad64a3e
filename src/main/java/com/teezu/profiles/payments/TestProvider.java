package com.teezu.profiles.payments;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The built-in test provider: its checkout is a page of this app ({@code /checkout/test/<purchase>},
 * labelled TEST MODE) where the buyer approves or declines, and later refunds or charges back. It
 * signs its callbacks as FlexPay does, and adds a {@code timestamp} (epoch seconds, signed too) that
 * may be at most {@code maxAge} old. On by default only with the embedded database.
 */
@Component
class TestProvider implements PaymentProvider {

    static final String NAME = "test";
    static final String SHOP = "teezu-test";

    private final boolean enabled;
    private final String secret;
    private final Duration maxAge;

    TestProvider(PaymentsSettings settings, Environment env) {
        boolean embedded = !env.containsProperty("spring.datasource.url") && !env.containsProperty("DATABASE_URL");
        this.enabled = settings.test().enabled() != null ? settings.test().enabled() : embedded;
        String configured = settings.test().secret();
        this.secret = configured != null && !configured.isBlank() ? configured : randomSecret();
        this.maxAge = settings.test().maxAge();
    }

    private static String randomSecret() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    boolean enabled() {
        return enabled;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URI checkoutUrl(Checkout c) {
        return URI.create(c.appUrl() + "/checkout/test/" + c.purchaseId());
    }

    /** The callback this provider sends for an event of a purchase, signed. */
    Map<String, String> callback(Event event, UUID purchaseId, String saleId, String amount, String currency, Instant at) {
        var params = new TreeMap<String, String>();
        params.put("shopID", SHOP);
        params.put("type", "purchase");
        params.put("event", event.name());
        params.put("referenceID", purchaseId.toString());
        params.put("saleID", saleId);
        params.put("transactionID", UUID.randomUUID().toString());
        params.put("priceAmount", amount);
        params.put("priceCurrency", currency);
        params.put("timestamp", String.valueOf(at.getEpochSecond()));
        params.put("signature", FlexPaySignature.sign(secret, params));
        return params;
    }

    @Override
    public Callback read(Map<String, String> params, Instant now) {
        if (!FlexPaySignature.valid(secret, params)) throw new Refused(403, "bad-signature", "The callback's signature does not match");
        if (!SHOP.equals(params.get("shopID"))) throw new Refused(400, "wrong-shop", "The callback is for another shop");
        long at;
        try {
            at = Long.parseLong(VerotelFlexPay.required(params, "timestamp"));
        } catch (NumberFormatException e) {
            throw new Refused(400, "malformed", "timestamp is not a number");
        }
        if (Math.abs(now.getEpochSecond() - at) > maxAge.toSeconds()) {
            throw new Refused(400, "stale-timestamp", "The callback's timestamp is more than " + maxAge.toMinutes() + " minutes off");
        }
        Event e;
        try {
            e = Event.valueOf(VerotelFlexPay.required(params, "event"));
        } catch (IllegalArgumentException ex) {
            throw new Refused(400, "unsupported-event", "Unknown event");
        }
        return VerotelFlexPay.flexPayCallback(e, params);
    }

    @Override
    public boolean acknowledgesDuplicates() {
        return false;
    }

    @Override
    public Duration saleWindow() {
        return Duration.ofDays(1);
    }
}
