package com.teezu.profiles.payments;

import com.teezu.profiles.shared.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The providers switched on, and the one that takes new checkouts ({@code teezu.payments.provider}). */
@Component
class Providers {

    private static final Logger log = LoggerFactory.getLogger(Providers.class);

    private final Map<String, PaymentProvider> enabled = new LinkedHashMap<>();
    private final PaymentProvider forCheckout;

    Providers(PaymentsSettings settings, VerotelFlexPay verotel, TestProvider test) {
        if (verotel.configured()) enabled.put(verotel.name(), verotel);
        if (test.enabled()) enabled.put(test.name(), test);
        String chosen = settings.provider() == null || settings.provider().isBlank() ? null : settings.provider().trim();
        if (chosen != null && !enabled.containsKey(chosen)) {
            throw new IllegalStateException("teezu.payments.provider=" + chosen + " is not configured (enabled: " + enabled.keySet() + ")");
        }
        this.forCheckout = chosen != null ? enabled.get(chosen) : enabled.values().stream().findFirst().orElse(null);
        if (forCheckout == null) log.info("No payment provider is configured: buying tokens is off");
        else log.info("Token checkouts go to the '{}' payment provider{}", forCheckout.name(),
                forCheckout == test ? " (TEST MODE: nothing is charged)" : "");
    }

    PaymentProvider forCheckout() {
        if (forCheckout == null) throw ApiProblem.unavailable("payments-unavailable", "Buying tokens is not available right now");
        return forCheckout;
    }

    Optional<PaymentProvider> named(String name) {
        return Optional.ofNullable(enabled.get(name));
    }

    Optional<TestProvider> test() {
        return named(TestProvider.NAME).map(TestProvider.class::cast);
    }
}
