package com.teezu.profiles.payments;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The port to a payment provider's hosted checkout: the signed link the buyer is sent to, and the
 * reading of the provider's signed server-to-server callbacks. Adapters: {@link VerotelFlexPay} and
 * {@link TestProvider}.
 */
interface PaymentProvider {

    enum Event { sale, decline, refund, chargeback }

    record Checkout(UUID purchaseId, int tokens, BigDecimal amount, String currency, String appUrl, String successUrl, String declineUrl) {
    }

    /**
     * A verified callback. {@code eventKey} is the same for every delivery of one provider event (so a
     * second one is a duplicate); {@code amount}/{@code currency} null when the event does not carry them.
     */
    record Callback(Event event, String eventKey, UUID purchaseId, String saleId, BigDecimal amount, String currency) {
    }

    /** Why a callback was refused: a 4xx problem and the outcome kept in the audit log. */
    class Refused extends RuntimeException {
        final int status;
        final String outcome;

        Refused(int status, String outcome, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.outcome = outcome;
        }
    }

    String name();

    URI checkoutUrl(Checkout checkout);

    /** Verifies the signature (and the timestamp, where the protocol has one); throws {@link Refused}. */
    Callback read(Map<String, String> params, Instant now);

    /** Whether a second delivery of an event is answered like the first (FlexPay retries until it reads "OK"). */
    boolean acknowledgesDuplicates();

    /** How long after the checkout started a sale may be reported. */
    java.time.Duration saleWindow();
}
