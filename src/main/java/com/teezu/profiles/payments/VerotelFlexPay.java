package com.teezu.profiles.payments;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Verotel FlexPay (protocol version 4), as its documentation and reference clients describe it: the
 * buyer is sent to {@code <url>/startorder} with the purchase's parameters and their signature; FlexPay
 * then calls the shop's postback URL (set in its Control Center) with signed parameters and expects the
 * plain-text answer {@code OK}, else it retries. A sale carries {@code saleID}, {@code referenceID} (our
 * purchase), {@code priceAmount} and {@code priceCurrency}; a refund arrives as {@code event=credit}, a
 * chargeback as {@code event=chargeback}. FlexPay's postbacks carry no timestamp: a replay is caught by
 * the event already being recorded, and a sale is only accepted within {@code maxAge} of the checkout.
 */
@Component
class VerotelFlexPay implements PaymentProvider {

    static final String NAME = "verotel";
    static final String VERSION = "4";

    private final PaymentsSettings.Verotel settings;

    VerotelFlexPay(PaymentsSettings settings) {
        this.settings = settings.verotel();
    }

    boolean configured() {
        return settings.configured();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URI checkoutUrl(Checkout c) {
        var params = new TreeMap<String, String>();
        params.put("version", VERSION);
        params.put("type", "purchase");
        params.put("shopID", settings.shopId());
        params.put("priceAmount", c.amount().toPlainString());
        params.put("priceCurrency", c.currency());
        params.put("description", settings.description() + ": " + c.tokens());
        params.put("referenceID", c.purchaseId().toString());
        params.put("successURL", c.successUrl());
        params.put("declineURL", c.declineUrl());
        params.put("signature", FlexPaySignature.sign(settings.signatureKey(), params));
        return URI.create(settings.url().replaceAll("/+$", "") + "/startorder?" + query(params));
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Override
    public Callback read(Map<String, String> params, Instant now) {
        if (!FlexPaySignature.valid(settings.signatureKey(), params)) {
            throw new Refused(403, "bad-signature", "The postback's signature does not match");
        }
        if (!settings.shopId().equals(params.get("shopID"))) throw new Refused(400, "wrong-shop", "The postback is for another shop");
        String event = params.getOrDefault("event", "initial");
        Event e = switch (event) {
            case "initial", "purchase" -> Event.sale;
            case "credit" -> Event.refund;
            case "chargeback" -> Event.chargeback;
            default -> throw new Refused(400, "unsupported-event", "FlexPay event '" + event + "' is not handled here");
        };
        return flexPayCallback(e, params);
    }

    /** The fields both FlexPay-style adapters read the same way. */
    static Callback flexPayCallback(Event e, Map<String, String> params) {
        UUID purchase;
        try {
            purchase = UUID.fromString(required(params, "referenceID"));
        } catch (IllegalArgumentException ex) {
            throw new Refused(404, "unknown-purchase", "referenceID names no purchase");
        }
        String saleId = required(params, "saleID");
        if (saleId.length() > 64) throw new Refused(400, "malformed", "saleID is too long");
        BigDecimal amount = null;
        String amountText = params.get("priceAmount");
        if (amountText != null) {
            try {
                amount = new BigDecimal(amountText);
            } catch (NumberFormatException ex) {
                throw new Refused(400, "malformed", "priceAmount is not an amount");
            }
        }
        if (e == Event.sale && (amount == null || params.get("priceCurrency") == null)) {
            throw new Refused(400, "malformed", "a sale names priceAmount and priceCurrency");
        }
        return new Callback(e, e.name() + ":" + saleId, purchase, saleId, amount, params.get("priceCurrency"));
    }

    static String required(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || v.isBlank()) throw new Refused(400, "malformed", name + " is missing");
        return v;
    }

    @Override
    public boolean acknowledgesDuplicates() {
        return true;
    }

    @Override
    public Duration saleWindow() {
        return settings.maxAge();
    }
}
